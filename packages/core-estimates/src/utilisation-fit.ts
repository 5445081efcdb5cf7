import { ACCELERATORS, peakFlopsPerSecond } from "./catalog/accelerators.js";
import {
  GENERATION_ANCHORS,
  GENERATION_IDS,
  GENERATION_OF,
  type GenerationId,
} from "./catalog/generations.js";
import { PUBLISHED_RUNS, type PublishedRun } from "./catalog/published-runs.js";
import { FP8_SPEEDUP, MOE_UTILISATION } from "./catalog/utilisation-factors.js";

/** One calibration run reduced to what the utilisation model sees. */
export interface CalibrationPoint {
  run: string;
  generation: GenerationId;
  /** Parameters each token passes through. */
  activeParameters: number;
  acceleratorCount?: number;
  /** 6 · N_active · D / (accelerator-hours · 3600 · dense bf16 peak): MFU and every overhead together. */
  effectiveUtilisation: number;
  /** ln of the effective utilisation with the run's precision and MoE factors divided out. */
  normalisedLog: number;
  precision: "bf16" | "fp8";
  moe: boolean;
}

/** The utilisation model fitted on calibration runs: every constant the forecast of hours uses. */
export interface UtilisationFit {
  /** ln effective utilisation of a large dense bf16 run, per generation. */
  logAnchors: Record<GenerationId, number>;
  /** Calibration runs behind each generation's anchor (0: the anchor is borrowed). */
  runsPerGeneration: Record<GenerationId, number>;
  /** ln of effective utilisation over published MFU, averaged over generations with both. */
  logGoodput: number;
  /** Slope of ln utilisation in ln active parameters below the knee. */
  sizeSlope: number;
  /** Active parameters above which utilisation no longer depends on size. */
  sizeKneeParameters: number;
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
const KNEES = [10e9, 20e9, 50e9, 100e9, 200e9];
/** Weight of the published-MFU prior in a generation's anchor, in runs. */
const PRIOR_WEIGHT = 1;
/** Spread of a borrowed anchor when fewer than two generations allow measuring it, ln units. */
const FALLBACK_GENERATION_SD = 0.25;

/** Reduces published runs with tokens and hours to calibration points. */
export function calibrationPoints(runs: readonly PublishedRun[] = PUBLISHED_RUNS): CalibrationPoint[] {
  return runs.flatMap((run) => {
    const hours = run.published.acceleratorHours;
    const peak = peakFlopsPerSecond(ACCELERATORS[run.accelerator], "bf16")?.flopsPerSecond;
    if (!run.tokens || !hours || !peak) return [];
    const activeParameters = run.activeParameters ?? run.parameters;
    const effectiveUtilisation = (6 * activeParameters * run.tokens) / (hours * 3600 * peak);
    const precision = run.precision ?? "bf16";
    const moe = activeParameters < run.parameters;
    const normalisedLog =
      Math.log(effectiveUtilisation) -
      (precision === "fp8" ? Math.log(FP8_SPEEDUP.value.likely) : 0) -
      (moe ? Math.log(MOE_UTILISATION.value.likely) : 0);
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
      },
    ];
  });
}

const sizeX = (parameters: number, knee: number) => Math.min(0, Math.log(parameters / knee));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function fitAtKnee(points: CalibrationPoint[], knee: number): { fit: UtilisationFit; sse: number } {
  const groups = new Map<GenerationId, CalibrationPoint[]>();
  for (const p of points) groups.set(p.generation, [...(groups.get(p.generation) ?? []), p]);
  // Slope from within-generation variation only, so generations do not masquerade as size.
  let numerator = 0;
  let denominator = 0;
  for (const group of groups.values()) {
    const xs = group.map((p) => sizeX(p.activeParameters, knee));
    const ys = group.map((p) => p.normalisedLog);
    const mx = mean(xs);
    const my = mean(ys);
    xs.forEach((x, i) => {
      numerator += (x - mx) * ((ys[i] as number) - my);
      denominator += (x - mx) ** 2;
    });
  }
  // Smaller models never run faster per FLOP than larger ones: a negative slope is noise.
  const sizeSlope = denominator > 0 ? Math.max(0, numerator / denominator) : 0;
  const adjustedMean = (g: GenerationId) =>
    mean((groups.get(g) ?? []).map((p) => p.normalisedLog - sizeSlope * sizeX(p.activeParameters, knee)));

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
    logAnchors[g] = value ?? mean(points.map((p) => p.normalisedLog));
  }

  const fit: UtilisationFit = {
    logAnchors,
    runsPerGeneration,
    logGoodput,
    sizeSlope,
    sizeKneeParameters: knee,
    generationSd,
    largestParameters: Math.max(...points.map((p) => p.activeParameters)),
    largestCluster: Math.max(...points.map((p) => p.acceleratorCount ?? 0)),
  };
  const sse = points.reduce(
    (s, p) => s + (p.normalisedLog - predictLogUtilisation(fit, p.generation, p.activeParameters)) ** 2,
    0,
  );
  return { fit, sse };
}

/** Fits the utilisation model on calibration points: per-generation anchors, size slope and knee. */
export function fitUtilisation(points: CalibrationPoint[]): UtilisationFit {
  let best = fitAtKnee(points, KNEES[0] as number);
  for (const knee of KNEES.slice(1)) {
    const candidate = fitAtKnee(points, knee);
    if (candidate.sse < best.sse) best = candidate;
  }
  return best.fit;
}

/**
 * ln effective utilisation (of the dense bf16 peak) of a dense bf16 run, before the precision and
 * MoE factors: the generation's anchor plus the size term.
 */
export function predictLogUtilisation(
  fit: UtilisationFit,
  generation: GenerationId,
  activeParameters: number,
): number {
  return fit.logAnchors[generation] + fit.sizeSlope * sizeX(activeParameters, fit.sizeKneeParameters);
}

/** Residual of each point when the model is fitted without it (ln units). */
export function leaveOneOutResiduals(points: CalibrationPoint[]): number[] {
  return points.map((p, i) => {
    const fit = fitUtilisation(points.filter((_, j) => j !== i));
    return p.normalisedLog - predictLogUtilisation(fit, p.generation, p.activeParameters);
  });
}

/** Fits the model and measures its leave-one-out spread. */
export function utilisationModel(points: CalibrationPoint[]): UtilisationModel {
  const residuals = leaveOneOutResiduals(points);
  const residualSd = Math.sqrt(mean(residuals.map((r) => r * r)));
  return { fit: fitUtilisation(points), residualSd, points };
}

/** The model fitted on every bundled calibration run: what proposals are estimated with. */
export const DEFAULT_UTILISATION_MODEL: UtilisationModel = utilisationModel(calibrationPoints());
