import { peakFlopsPerSecond } from "../catalog/accelerators.js";
import { BYTES_PER_PARAMETER } from "../catalog/precision.js";
import type { EstimateContext } from "../inputs.js";
import { product, quotient, type Value } from "../values.js";
import { type FigureDefinition, perContext } from "./definition.js";

/** Sequences decoded together on one model replica; an assumption stated in docs/methodology.md. */
export const INFERENCE_BATCH = 64;
/** Share of the roofline bound a serving stack reaches; an assumption stated in docs/methodology.md. */
export const INFERENCE_EFFICIENCY = 0.5;

// Shared layers are stored once but run at every depth: compute per token scales up, weight bytes do not.
const computeRatio = perContext((context: EstimateContext) =>
  context.count && context.transformer?.distinctLayers !== undefined
    ? context.count.computeActive / context.count.active
    : 1,
);

const inferencePeak = perContext((context: EstimateContext) =>
  context.inferenceAccelerator
    ? peakFlopsPerSecond(context.inferenceAccelerator, context.inferencePrecision)?.flopsPerSecond
    : undefined,
);

/**
 * Accelerator-seconds to generate one token: the slower of compute (2 FLOPs per active parameter)
 * and weight reads (active weights once per decoding step, shared by the batch), over efficiency.
 * Pope et al. (2022) show decoding is bound by one or the other.
 */
export function acceleratorSecondsPerToken(
  activeParameters: Value,
  context: EstimateContext,
): Value | undefined {
  const accelerator = context.inferenceAccelerator;
  const peak = inferencePeak(context);
  if (!accelerator || !peak) return undefined;
  const computeSecondsPerParameter = (2 * computeRatio(context)) / peak;
  const bytesPerParameter = BYTES_PER_PARAMETER[context.inferencePrecision] ?? 2;
  const memorySecondsPerParameter =
    bytesPerParameter / (INFERENCE_BATCH * accelerator.memoryBandwidthGBps * 1e9);
  // Both bounds grow with the parameter count, so the slower one is the same at every sample.
  const secondsPerParameter = Math.max(computeSecondsPerParameter, memorySecondsPerParameter);
  return quotient(product(activeParameters, secondsPerParameter) as Value, INFERENCE_EFFICIENCY);
}

const roofline = (c: EstimateContext) =>
  `max(2 x parameters.active / ${c.inferencePrecision} peak, active weight bytes / (${INFERENCE_BATCH} x bandwidth)) / ${INFERENCE_EFFICIENCY}`;

/** Serving footprint figures. */
export const INFERENCE_FIGURES: FigureDefinition[] = [
  {
    key: "inference.energyPerMillionTokensKWh",
    unit: "kWh",
    needs: "the inference section with an accelerator of known power, and a parameter count",
    compute: (p, _f, c) => {
      if (p.parametersActive === undefined) return undefined;
      const seconds = acceleratorSecondsPerToken(p.parametersActive, c);
      const kWh = product(seconds, p.inferencePowerWatts, p.pue);
      return kWh === undefined
        ? undefined
        : quotient(quotient(product(kWh, 1e6) as Value, 3600), 1000);
    },
    explain: (c) => ({
      formula: `1e6 tokens x ${roofline(c)} s x power W x pue / 3.6e6`,
      uses: ["parametersActive", "inferencePowerWatts", "pue"],
      sources: ["pope2022", ...(c.inferenceAccelerator ? [c.inferenceAccelerator.source] : [])],
    }),
  },
  {
    key: "inference.costPerMillionTokensUsd",
    unit: "USD",
    needs: "the inference section, a parameter count and a price for the inference accelerator",
    compute: (p, _f, c) => {
      if (p.parametersActive === undefined) return undefined;
      const seconds = acceleratorSecondsPerToken(p.parametersActive, c);
      const usd = product(seconds, p.inferenceHourUsd);
      return usd === undefined ? undefined : quotient(product(usd, 1e6) as Value, 3600);
    },
    explain: (c) => ({
      formula: `1e6 tokens x ${roofline(c)} s / 3600 x accelerator-hour price`,
      uses: ["parametersActive", "inferenceHourUsd"],
      sources: ["pope2022", ...(c.inputs.inferenceHourUsd?.sources ?? [])],
    }),
  },
  {
    key: "inference.annualTCO2e",
    unit: "tCO2e",
    needs: "inference.tokensPerDay and the energy per million tokens",
    compute: (p, f) => {
      const kg = product(
        f["inference.energyPerMillionTokensKWh"],
        p.tokensPerDay,
        365,
        p.carbonIntensity,
      );
      return kg === undefined ? undefined : quotient(quotient(kg, 1e6), 1000);
    },
    explain: (c) => ({
      formula:
        "inference.energyPerMillionTokensKWh x tokensPerDay / 1e6 x 365 x carbonIntensity / 1000",
      uses: ["inference.energyPerMillionTokensKWh", "tokensPerDay", "carbonIntensity"],
      sources: c.inputs.carbonIntensity?.sources ?? [],
    }),
  },
  {
    key: "inference.lifetimeTCO2e",
    unit: "tCO2e",
    needs: "inference.tokensPerDay",
    compute: (p, f) => product(f["inference.annualTCO2e"], p.inferenceYears),
    explain: () => ({
      formula: "inference.annualTCO2e x inference.years",
      uses: ["inference.annualTCO2e", "inferenceYears"],
      sources: [],
    }),
  },
];
