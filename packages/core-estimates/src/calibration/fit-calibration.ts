import type { ActualFigure } from "../actuals/actual-figures.js";
import { median } from "../percentiles.js";
import type { Figure } from "../types.js";
import { applyCalibration, type Calibration, type CalibrationFactor } from "./apply-calibration.js";

/** One finished run: the built-in model's figures for its proposal and what it measured. */
export interface CalibrationRun {
  name: string;
  /** Figures of the built-in model (no calibration applied). */
  figures: Record<string, Figure>;
  actuals: Record<string, ActualFigure>;
}

const HOURS = "time.acceleratorHours";
const ENERGY = "energy.trainingMWh";

/** ln(actual / forecast) of accelerator-hours, for runs whose hours were predicted from compute. */
function hoursLogRatio(run: CalibrationRun): number | undefined {
  const forecast = run.figures[HOURS];
  const actual = run.actuals[HOURS]?.value;
  if (!forecast?.inputs.includes("compute.trainingFlops") || !actual || forecast.value <= 0)
    return undefined;
  return Math.log(actual / forecast.value);
}

/** ln of actual over forecast energy per accelerator-hour (each side uses its own hours). */
function energyLogRatio(run: CalibrationRun): number | undefined {
  const hours = run.figures[HOURS]?.value;
  const energy = run.figures[ENERGY]?.value;
  const actualHours = run.actuals[HOURS]?.value;
  const actualEnergy = run.actuals[ENERGY]?.value;
  if (!hours || !energy || !actualHours || !actualEnergy) return undefined;
  return Math.log(actualEnergy / actualHours / (energy / hours));
}

function fitFactor(logRatios: number[]): CalibrationFactor | undefined {
  const n = logRatios.length;
  if (n === 0) return undefined;
  const centre = median(logRatios);
  // Sample spread around the fitted centre, widened for predicting a new run.
  const variance = n > 1 ? logRatios.reduce((s, r) => s + (r - centre) ** 2, 0) / (n - 1) : 0;
  return { factor: Math.exp(centre), sigmaLog: Math.sqrt(variance * (1 + 1 / n)), runs: n };
}

/**
 * Fits an organisation's corrections on top of the built-in model: the median log-ratio of actual
 * to forecast accelerator-hours (utilisation and restarts together), and of energy per
 * accelerator-hour (draw, server overhead, PUE). Median, as the built-in MFU default is. Pure.
 */
export function fitCalibration(runs: readonly CalibrationRun[]): Calibration {
  const hours = fitFactor(runs.flatMap((r) => hoursLogRatio(r) ?? []));
  const energy = fitFactor(runs.flatMap((r) => energyLogRatio(r) ?? []));
  return {
    ...(hours ? { acceleratorHours: hours } : {}),
    ...(energy ? { energyPerAcceleratorHour: energy } : {}),
  };
}

/** Leave-one-out accuracy of one figure, before (built-in) and after (calibrated on the others). */
export interface LeaveOneOutFigure {
  figure: string;
  runs: number;
  /** Median |forecast - actual| / actual. */
  medianAbsoluteError: { before: number; after: number };
  /** Share of runs whose actual lies inside the forecast's p5-p95. */
  coverage: { before: number; after: number };
}

/**
 * Leave-one-out: each run is forecast with a calibration fitted on the other runs and compared
 * with its actual, beside the built-in model's forecast. Pure.
 */
export function leaveOneOut(runs: readonly CalibrationRun[]): LeaveOneOutFigure[] {
  return [HOURS, ENERGY].flatMap((key) => {
    const before: { error: number; inside: boolean }[] = [];
    const after: { error: number; inside: boolean }[] = [];
    runs.forEach((run, index) => {
      const actual = run.actuals[key]?.value;
      const forecast = run.figures[key];
      if (!actual || !forecast) return;
      const others = runs.filter((_, i) => i !== index);
      const calibrated = applyCalibration(run.figures, fitCalibration(others))[key] as Figure;
      for (const [list, f] of [
        [before, forecast],
        [after, calibrated],
      ] as const) {
        list.push({
          error: Math.abs(f.value - actual) / actual,
          inside: actual >= f.p5 && actual <= f.p95,
        });
      }
    });
    if (before.length === 0) return [];
    const share = (list: { inside: boolean }[]) =>
      list.filter((x) => x.inside).length / list.length;
    return [
      {
        figure: key,
        runs: before.length,
        medianAbsoluteError: {
          before: median(before.map((x) => x.error)),
          after: median(after.map((x) => x.error)),
        },
        coverage: { before: share(before), after: share(after) },
      },
    ];
  });
}
