export { type ActualFigure, actualFigures } from "./actuals/actual-figures.js";
export { type ForecastVersusActual, forecastVersusActual } from "./actuals/forecast-vs-actual.js";
export {
  accountingProposal,
  BACKTEST_SAMPLES,
  type BacktestRow,
  forecastProposal,
  NAIVE_UTILISATION,
  naiveHours,
  runBacktest,
} from "./backtest/backtest.js";
export {
  applyCalibration,
  type Calibration,
  type CalibrationFactor,
  calibrationAssumption,
} from "./calibration/apply-calibration.js";
export {
  type CalibrationRun,
  fitCalibration,
  type LeaveOneOutFigure,
  leaveOneOut,
} from "./calibration/fit-calibration.js";
export { ACCELERATORS, type Accelerator, peakFlopsPerSecond } from "./catalog/accelerators.js";
export { PUBLIC_TEXT_STOCK_TOKENS } from "./catalog/data-stock.js";
export {
  DEFAULT_PUE,
  DEFAULT_WUE_L_PER_KWH,
  OFFSITE_WATER_L_PER_KWH,
} from "./catalog/datacenter.js";
export {
  EMBODIED_KG_CO2E_PER_ACCELERATOR,
  SERVICE_LIFE_YEARS,
  SERVICE_UTILISATION,
} from "./catalog/embodied.js";
export {
  GENERATION_ANCHORS,
  GENERATION_IDS,
  GENERATION_OF,
  type GenerationId,
} from "./catalog/generations.js";
export {
  type GridIntensity,
  gridIntensity,
  LOCATION_IDS,
  WORLD_GRID_INTENSITY,
} from "./catalog/grid-intensity.js";
export { BYTES_PER_PARAMETER } from "./catalog/precision.js";
export { ACCELERATOR_PRICES } from "./catalog/prices.js";
export { PUBLISHED_RUNS, type PublishedRun } from "./catalog/published-runs.js";
export { MAX_PUBLISHED_MFU } from "./catalog/training-defaults.js";
export { FP8_SPEEDUP, MOE_UTILISATION } from "./catalog/utilisation-factors.js";
export {
  DEFAULT_SAMPLES,
  type Estimate,
  type EstimateOptions,
  type EstimateWithoutSensitivity,
  estimateProposal,
  estimateWithoutSensitivity,
  estimateWithScenarios,
  type FigureDelta,
  type Scenario,
  type ScenarioEstimate,
  scenarioDeltas,
  scenarioProposal,
} from "./estimate.js";
export { type EstimateDocument, estimateDocument } from "./estimate-document.js";
export { evaluate, FIGURE_DEFINITIONS } from "./evaluate.js";
export { type EstimateContext, resolveInputs } from "./inputs.js";
export { FIGURE_LABELS, FIGURE_SECTIONS, SCENARIO_HEADLINES } from "./labels.js";
export { NonFiniteFigureError } from "./non-finite.js";
export { countParameters, type ParameterCount, type Transformer } from "./parameters.js";
export { median } from "./percentiles.js";
export { quantile, sampleTriangular, seededRandom } from "./random.js";
export {
  COMPARISON_ENERGY_BOUNDARY,
  type ComparisonRow,
  compareWithReferences,
  DEFAULT_COMPARISON,
  type FacilityEnergy,
  facilityEnergy,
  MIN_TREND_R2,
  type Rank,
  TREND_CAVEATS,
  type TrendFit,
  trendExtrapolation,
} from "./reference/analysis.js";
export {
  type CatalogValue,
  type EnergyBoundary,
  type EnergyValue,
  REFERENCE_MODELS,
  type ReferenceModel,
  referenceModels,
  UnknownReferenceError,
} from "./reference/models.js";
export {
  firstYearReaching,
  fitPolynomial,
  type PolynomialFit,
  predict,
  t975,
} from "./reference/trend.js";
export {
  BESIROGLU_2024,
  chinchillaLoss,
  computeOptimal,
  DEFAULT_SCALING_LAW,
  FITTED_COMPUTE_MAX_FLOPS,
  HOFFMANN_2022,
  type LossLaw,
  optimalTokensForParameters,
  SCALING_LAW_NAMES,
} from "./scaling-law.js";
export { HEADLINE_FIGURES, type Swing } from "./sensitivity.js";
export { cite, SOURCES, type SourceId } from "./sources.js";
export type { Assumption, EstimateWarning, Figure } from "./types.js";
export {
  formatFigure,
  formatQuantity,
  formatSpread,
  groupDigits,
  NO_SPREAD,
  withSeparators,
  withSignificantDigits,
} from "./units.js";
export {
  type CalibrationPoint,
  calibrationPoints,
  DEFAULT_UTILISATION_MODEL,
  fitUtilisation,
  leaveOneOutResiduals,
  predictLogUtilisation,
  type UtilisationFit,
  type UtilisationModel,
  utilisationModel,
} from "./utilisation-fit.js";
