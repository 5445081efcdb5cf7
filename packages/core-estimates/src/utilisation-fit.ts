import type { Range } from "@forecard/schema";
import { ACCELERATORS, peakFlopsPerSecond } from "./catalog/accelerators.js";
import {
  GENERATION_ANCHORS,
  GENERATION_IDS,
  GENERATION_OF,
  type GenerationId,
} from "./catalog/generations.js";
import { PUBLISHED_RUNS, type PublishedRun } from "./catalog/published-runs.js";
import { FP8_SPEEDUP, MOE_UTILISATION } from "./catalog/utilisation-factors.js";
import { LEAVE_ONE_OUT_RESIDUAL_SD } from "./catalog/utilisation-residual.js";
import { median } from "./percentiles.js";

/** One calibration run reduced to what the utilisation model sees. */
export interface CalibrationPoint {
  run: string;
  generation: GenerationId;
  /** Parameters each token passes through. */
  activeParameters: number;
  acceleratorCount?: number;
  /**
   * 6 · N_active · D (or the published compute when tokens are not published) / (accelerator-hours ·
   * 3600 · dense bf16 peak): MFU and every overhead together.
   */
  effectiveUtilisation: number;
  /** ln of the effective utilisation with the run's precision factor divided out. */
  normalisedLog: number;
  precision: "bf16" | "fp8";
  moe: boolean;
  /** For an MoE run: the dense run trained on the same cluster, to measure the MoE factor. */
  denseReference?: string;
}

/** The utilisation model fitted on calibration runs: every constant the forecast of hours uses. */
export interface UtilisationFit {
  /** ln effective utilisation of a large dense bf16 run, per generation. */
  logAnchors: Record<GenerationId, number>;
  /** Calibration runs behind each generation's anchor (0: the anchor is borrowed). */
  runsPerGeneration: Record<GenerationId, number>;
  /** ln of effective utilisation over published MFU, averaged over generations with both. */
  logGoodput: number;
  /** Slope of ln utilisation in ln active parameters below the knee, per generation. */
  sizeSlopes: Record<GenerationId, number>;
  /** Active parameters above which utilisation no longer depends on size. */
  sizeKneeParameters: number;
  /**
   * Utilisation of an MoE run over a dense run of the same active size on the same cluster: the
   * same-cluster pairs' ratios after the size term, as low (smallest), likely (geometric mean) and
   * high (largest); the published prior when no pair is left.
   */
  moeFactor: Range;
  /** Spread (ln) of calibrated anchors around their published-MFU prior: the error of a borrowed anchor. */
  generationSd: number;
  /** Largest active parameter count and cluster among the calibration runs. */
  largestParameters: number;
  largestCluster: number;
}

/** A fit with the leave-one-out spread of its residuals. */
export interface UtilisationModel {
  fit: UtilisationFit;
  /** Root-mean-square leave-one-out residual, ln units. */
  residualSd: number;
  points: CalibrationPoint[];
}

/** Candidate knees of the size term; the fit keeps the one with the smallest squared error. */
const KNEES = [20e9, 50e9, 100e9, 200e9, 400e9];
/**
 * Weight of the pooled slope in each generation's size slope, in units of squared ln-size spread:
 * a generation with few or similar-sized runs keeps close to the pooled slope.
 */
const SLOPE_PRIOR_WEIGHT = 1;
/** Weight of the published-MFU prior in a generation's anchor, in runs. */
const PRIOR_WEIGHT = 1;
/** Spread of a borrowed anchor when fewer than two generations allow measuring it, ln units. */
const FALLBACK_GENERATION_SD = 0.25;

/** Reduces published runs with tokens and hours to calibration points. */
export function calibrationPoints(
  runs: readonly PublishedRun[] = PUBLISHED_RUNS,
): CalibrationPoint[] {
  return runs.flatMap((run) => {
    const hours = run.published.acceleratorHours;
    const peak = peakFlopsPerSecond(ACCELERATORS[run.accelerator], "bf16")?.flopsPerSecond;
    const activeParameters = run.activeParameters ?? run.parameters;
    const flops = run.tokens ? 6 * activeParameters * run.tokens : run.flops;
    if (!flops || !hours || !peak) return [];
    const effectiveUtilisation = flops / (hours * 3600 * peak);
    const precision = run.precision ?? "bf16";
    const moe = activeParameters < run.parameters;
    const normalisedLog =
      Math.log(effectiveUtilisation) -
      (precision === "fp8" ? Math.log(FP8_SPEEDUP.value.likely) : 0);
    return [
      {
        run: run.name,
        generation: GENERATION_OF[run.accelerator],
        activeParameters,
        ...(run.acceleratorCount ? { acceleratorCount: run.acceleratorCount } : {}),
        effectiveUtilisation,
        normalisedLog,
        precision,
        moe,
        ...(run.denseReference ? { denseReference: run.denseReference } : {}),
      },
    ];
  });
}

const sizeX = (parameters: number, knee: number) => Math.min(0, Math.log(parameters / knee));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function fitAtKnee(points: CalibrationPoint[], knee: number): { fit: UtilisationFit; sse: number } {
  // Anchors and slopes come from dense runs; MoE runs only measure the MoE factor (or test it).
  const groups = new Map<GenerationId, CalibrationPoint[]>();
  for (const p of points.filter((q) => !q.moe))
    groups.set(p.generation, [...(groups.get(p.generation) ?? []), p]);
  // Slopes from within-generation variation only, so generations do not masquerade as size. Each
  // generation's slope is shrunk toward the pooled one: faster chips need larger matrices to fill.
  const moments = new Map<GenerationId, { sxy: number; sxx: number; mx: number; my: number }>();
  let sxyAll = 0;
  let sxxAll = 0;
  for (const [g, group] of groups) {
    const xs = group.map((p) => sizeX(p.activeParameters, knee));
    const ys = group.map((p) => p.normalisedLog);
    const mx = mean(xs);
    const my = mean(ys);
    let sxy = 0;
    let sxx = 0;
    xs.forEach((x, i) => {
      sxy += (x - mx) * ((ys[i] as number) - my);
      sxx += (x - mx) ** 2;
    });
    moments.set(g, { sxy, sxx, mx, my });
    sxyAll += sxy;
    sxxAll += sxx;
  }
  // Smaller models never run faster per FLOP than larger ones: a negative slope is noise.
  const pooled = sxxAll > 0 ? Math.max(0, sxyAll / sxxAll) : 0;
  const sizeSlopes = {} as Record<GenerationId, number>;
  for (const g of GENERATION_IDS) {
    const m = moments.get(g);
    sizeSlopes[g] = m
      ? Math.max(0, (m.sxy + SLOPE_PRIOR_WEIGHT * pooled) / (m.sxx + SLOPE_PRIOR_WEIGHT))
      : pooled;
  }
  const adjustedMean = (g: GenerationId) =>
    mean(
      (groups.get(g) ?? []).map(
        (p) => p.normalisedLog - sizeSlopes[g] * sizeX(p.activeParameters, knee),
      ),
    );

  const withPrior = GENERATION_IDS.filter(
    (g) => groups.has(g) && GENERATION_ANCHORS[g].publishedMfu !== undefined,
  );
  const gaps = withPrior.map(
    (g) => adjustedMean(g) - Math.log(GENERATION_ANCHORS[g].publishedMfu as number),
  );
  const logGoodput = gaps.length ? mean(gaps) : 0;
  const generationSd =
    gaps.length >= 2
      ? Math.sqrt(gaps.reduce((s, d) => s + (d - logGoodput) ** 2, 0) / (gaps.length - 1))
      : FALLBACK_GENERATION_SD;

  const logAnchors = {} as Record<GenerationId, number>;
  const runsPerGeneration = {} as Record<GenerationId, number>;
  const own = (g: GenerationId): number | undefined => {
    const published = GENERATION_ANCHORS[g].publishedMfu;
    const prior = published === undefined ? undefined : Math.log(published) + logGoodput;
    const group = groups.get(g);
    if (!group) return prior;
    const sum = group.length * adjustedMean(g);
    return prior === undefined
      ? sum / group.length
      : (sum + PRIOR_WEIGHT * prior) / (group.length + PRIOR_WEIGHT);
  };
  for (const g of GENERATION_IDS) {
    runsPerGeneration[g] = groups.get(g)?.length ?? 0;
    let value = own(g);
    const seen = new Set<GenerationId>([g]);
    let next = GENERATION_ANCHORS[g].nearest;
    while (value === undefined && next && !seen.has(next)) {
      seen.add(next);
      value = own(next);
      next = GENERATION_ANCHORS[next].nearest;
    }
    logAnchors[g] = value ?? mean([...groups.values()].flat().map((p) => p.normalisedLog));
  }
  const moeFactor = fitMoeFactor(points, sizeSlopes, knee);

  const fit: UtilisationFit = {
    logAnchors,
    runsPerGeneration,
    logGoodput,
    sizeSlopes,
    sizeKneeParameters: knee,
    moeFactor,
    generationSd,
    largestParameters: Math.max(...points.map((p) => p.activeParameters)),
    largestCluster: Math.max(...points.map((p) => p.acceleratorCount ?? 0)),
  };
  const sse = [...groups.values()]
    .flat()
    .reduce((s, p) => s + (p.normalisedLog - predictLogUtilisation(fit, p)) ** 2, 0);
  return { fit, sse };
}

/** The MoE factor from same-cluster MoE/dense pairs, after each side's size term. */
function fitMoeFactor(
  points: CalibrationPoint[],
  sizeSlopes: Record<GenerationId, number>,
  knee: number,
): Range {
  const logs = points.flatMap((p) => {
    const dense = points.find((q) => q.run === p.denseReference && q.generation === p.generation);
    if (!p.moe || !dense) return [];
    const slope = sizeSlopes[p.generation];
    const sizeGap = slope * (sizeX(p.activeParameters, knee) - sizeX(dense.activeParameters, knee));
    return [p.normalisedLog - dense.normalisedLog - sizeGap];
  });
  if (logs.length === 0) return MOE_UTILISATION.value;
  const round = (x: number) => Number(x.toFixed(3));
  return {
    low: round(Math.exp(Math.min(...logs))),
    likely: round(Math.exp(mean(logs))),
    high: round(Math.exp(Math.max(...logs))),
  };
}

/**
 * Fits the utilisation model on calibration points: per-generation anchors, size slope and knee,
 * then shifts every anchor so that the median residual over all points is zero. The headline of
 * a forecast is its median, so on its own calibration runs it is as often high as low, and an
 * organisation calibrating on these same runs learns no correction.
 */
export function fitUtilisation(points: CalibrationPoint[]): UtilisationFit {
  let best = fitAtKnee(points, KNEES[0] as number);
  for (const knee of KNEES.slice(1)) {
    const candidate = fitAtKnee(points, knee);
    if (candidate.sse < best.sse) best = candidate;
  }
  const fit = best.fit;
  const shift = median(points.map((p) => p.normalisedLog - predictLogUtilisation(fit, p)));
  const logAnchors = { ...fit.logAnchors };
  for (const g of GENERATION_IDS) logAnchors[g] += shift;
  return { ...fit, logAnchors };
}

/**
 * ln effective utilisation (of the dense bf16 peak) of a bf16 run: the generation's anchor plus
 * the size term, plus the likely MoE factor for an MoE run.
 */
export function predictLogUtilisation(
  fit: UtilisationFit,
  run: Pick<CalibrationPoint, "generation" | "activeParameters" | "moe">,
): number {
  return (
    fit.logAnchors[run.generation] +
    fit.sizeSlopes[run.generation] * sizeX(run.activeParameters, fit.sizeKneeParameters) +
    (run.moe ? Math.log(fit.moeFactor.likely) : 0)
  );
}

/** Residual of each point when the model is fitted without it (ln units). */
export function leaveOneOutResiduals(points: CalibrationPoint[]): number[] {
  return points.map((p, i) => {
    const fit = fitUtilisation(points.filter((_, j) => j !== i));
    return p.normalisedLog - predictLogUtilisation(fit, p);
  });
}

/** Fits the model and measures its leave-one-out spread. */
export function utilisationModel(points: CalibrationPoint[]): UtilisationModel {
  const residuals = leaveOneOutResiduals(points);
  const residualSd = Math.sqrt(mean(residuals.map((r) => r * r)));
  return { fit: fitUtilisation(points), residualSd, points };
}

const DEFAULT_POINTS = calibrationPoints();

/**
 * The model fitted on every bundled calibration run: what proposals are estimated with. Its
 * leave-one-out spread is the stored result of {@link utilisationModel} on the same runs.
 */
export const DEFAULT_UTILISATION_MODEL: UtilisationModel = {
  fit: fitUtilisation(DEFAULT_POINTS),
  residualSd: LEAVE_ONE_OUT_RESIDUAL_SD,
  points: DEFAULT_POINTS,
};
