import type { Assumption, Figure } from "../types.js";

/** One fitted multiplicative correction: the factor and the log-spread of the runs around it. */
export interface CalibrationFactor {
  /** exp(median of ln(actual / forecast)) over the runs. */
  factor: number;
  /** Standard deviation of ln(actual / forecast), widened for a new run (x sqrt(1 + 1/n)). */
  sigmaLog: number;
  /** Runs the factor was fitted on. */
  runs: number;
}

/** An organisation's corrections on top of the built-in model (`forecard calibrate`). */
export interface Calibration {
  /** Multiplies accelerator-hours predicted from compute: folds the organisation's utilisation and restart overhead. */
  acceleratorHours?: CalibrationFactor;
  /** Multiplies energy per accelerator-hour: the organisation's real draw, server overhead and PUE. */
  energyPerAcceleratorHour?: CalibrationFactor;
}

/** z of the 95th percentile of a standard normal: p5-p95 is +-1.645 sigma. */
const Z95 = 1.6449;

/**
 * Scales a figure by a factor and widens its p5-p95 in log space by the factor's own spread
 * (added in quadrature, as independent log-normal errors add).
 */
function scaled(figure: Figure, factor: number, sigmaLog: number): Figure {
  const median = figure.p50 * factor;
  const widen = (logWidth: number) => Math.sqrt(logWidth ** 2 + (Z95 * sigmaLog) ** 2);
  const below = figure.p5 > 0 && figure.p50 > 0 ? Math.log(figure.p50 / figure.p5) : 0;
  const above = figure.p95 > 0 && figure.p50 > 0 ? Math.log(figure.p95 / figure.p50) : 0;
  return {
    ...figure,
    value: figure.value * factor,
    likely: figure.likely * factor,
    p50: median,
    p5: median * Math.exp(-widen(below)),
    p95: median * Math.exp(widen(above)),
    formula: `${figure.formula}; x calibration factor ${Number(factor.toPrecision(4))}`,
    inputs: [...figure.inputs, "calibration"],
  };
}

const combine = (a: CalibrationFactor | undefined, b: CalibrationFactor | undefined) => ({
  factor: (a?.factor ?? 1) * (b?.factor ?? 1),
  sigmaLog: Math.hypot(a?.sigmaLog ?? 0, b?.sigmaLog ?? 0),
});

// Figures proportional to accelerator-hours, and those proportional to energy as well.
const HOURS_ONLY = ["carbon.embodiedTCO2e", "cost.trainingUsd"];
const ENERGY = [
  "energy.trainingMWh",
  "carbon.trainingOperationalTCO2e",
  "carbon.trainingMarketBasedTCO2e",
  "water.trainingKL",
  "cost.electricityUsd",
];

/**
 * Applies an organisation's calibration to an estimate's figures. The hours factor applies only
 * when accelerator-hours were predicted from compute (not given by the proposal); the energy
 * factor applies to every energy-proportional figure. Pure.
 */
export function applyCalibration(
  figures: Record<string, Figure>,
  calibration: Calibration,
): Record<string, Figure> {
  const out = { ...figures };
  const hours = figures["time.acceleratorHours"];
  const predicted = hours?.inputs.includes("compute.trainingFlops") ?? false;
  const h = predicted ? calibration.acceleratorHours : undefined;
  const apply = (key: string, factor: { factor: number; sigmaLog: number }) => {
    const figure = out[key];
    if (figure && (factor.factor !== 1 || factor.sigmaLog !== 0))
      out[key] = scaled(figure, factor.factor, factor.sigmaLog);
  };
  apply("time.acceleratorHours", combine(h, undefined));
  if (figures["time.wallClockDays"]?.inputs.includes("time.acceleratorHours"))
    apply("time.wallClockDays", combine(h, undefined));
  for (const key of HOURS_ONLY) apply(key, combine(h, undefined));
  for (const key of ENERGY) apply(key, combine(h, calibration.energyPerAcceleratorHour));
  const operational = out["carbon.trainingOperationalTCO2e"];
  const total = figures["carbon.trainingTotalTCO2e"];
  if (operational && total) {
    const value = operational.value + (out["carbon.embodiedTCO2e"]?.value ?? 0);
    const ratio = total.value === 0 ? 1 : value / total.value;
    out["carbon.trainingTotalTCO2e"] = {
      ...total,
      value,
      likely: operational.likely + (out["carbon.embodiedTCO2e"]?.likely ?? 0),
      p5: total.p5 * ratio,
      p50: total.p50 * ratio,
      p95: total.p95 * ratio,
    };
  }
  return out;
}

/** The assumption an estimate made with a calibration lists, naming the file it came from. */
export function calibrationAssumption(calibration: Calibration, source: string): Assumption {
  const parts = [
    calibration.acceleratorHours
      ? `accelerator-hours predicted from compute x ${Number(calibration.acceleratorHours.factor.toPrecision(4))} (${calibration.acceleratorHours.runs} runs)`
      : undefined,
    calibration.energyPerAcceleratorHour
      ? `energy per accelerator-hour x ${Number(calibration.energyPerAcceleratorHour.factor.toPrecision(4))} (${calibration.energyPerAcceleratorHour.runs} runs)`
      : undefined,
  ].filter(Boolean);
  return {
    path: "calibration",
    value: {
      acceleratorHoursFactor: calibration.acceleratorHours?.factor ?? 1,
      energyPerAcceleratorHourFactor: calibration.energyPerAcceleratorHour?.factor ?? 1,
    },
    sources: [source],
    note: `organisation calibration on top of the built-in model: ${parts.join("; ") || "no factors"}; p5-p95 widened by the runs' spread`,
  };
}
