import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateProposal } from "../src/estimate.js";
import { proposal } from "./helpers.js";

const ACCELERATORS = [
  "nvidia-a100-80gb",
  "nvidia-h100-sxm",
  "nvidia-b200",
  "amd-mi300x",
  "google-tpu-v4",
] as const;

const arbitraryProposal = fc.record({
  parameters: fc.double({ min: 1e6, max: 1e14, noNaN: true }),
  tokens: fc.double({ min: 1e9, max: 1e14, noNaN: true }),
  accelerator: fc.constantFrom(...ACCELERATORS),
  acceleratorCount: fc.integer({ min: 1, max: 1_000_000 }),
  mfu: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
  pue: fc.double({ min: 1, max: 2, noNaN: true }),
  carbonIntensity: fc.double({ min: 0, max: 1.2, noNaN: true }),
  location: fc.constantFrom("US", "SE", "IN", "aws:us-east-1", "gcp:europe-west4", undefined),
});

type Fields = typeof arbitraryProposal extends fc.Arbitrary<infer T> ? T : never;

function build(f: Fields) {
  return proposal({
    architecture: { parameters: f.parameters },
    training: {
      tokens: f.tokens,
      accelerator: f.accelerator,
      acceleratorCount: f.acceleratorCount,
      mfu: f.mfu,
    },
    datacenter: {
      pue: f.pue,
      carbonIntensity: f.carbonIntensity,
      ...(f.location ? { location: f.location } : {}),
    },
    cost: { acceleratorHourUsd: 2 },
    inference: { tokensPerDay: "1B" },
  });
}

const value = (f: Fields, key: string) =>
  estimateProposal(build(f), { samples: 1 }).figures[key]?.value ?? Number.NaN;

/** A proposal whose hours come from the utilisation model (no MFU given). */
const modelled = fc.record({
  parameters: fc.double({ min: 1e8, max: 1e14, noNaN: true }),
  activeShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
  tokens: fc.double({ min: 1e9, max: 1e14, noNaN: true }),
  accelerator: fc.constantFrom(...ACCELERATORS, "nvidia-v100", "google-tpu-v3", "nvidia-h800"),
  acceleratorCount: fc.integer({ min: 8, max: 1_000_000 }),
});

type Modelled = typeof modelled extends fc.Arbitrary<infer T> ? T : never;

function buildModelled(m: Modelled, extra: { precision?: "fp8" | "bf16"; dense?: boolean } = {}) {
  const active = m.parameters * m.activeShare;
  return proposal({
    architecture: extra.dense
      ? { parameters: active }
      : { parameters: m.parameters, activeParameters: active },
    training: {
      tokens: m.tokens,
      accelerator: m.accelerator,
      acceleratorCount: m.acceleratorCount,
      precision: extra.precision ?? "bf16",
    },
    datacenter: { location: "US" },
    inference: { tokensPerDay: "1B", accelerator: "nvidia-h100-sxm" },
  });
}

const hoursOf = (p: ReturnType<typeof proposal>) =>
  estimateProposal(p, { samples: 1 }).figures["time.acceleratorHours"]?.value ?? Number.NaN;

describe("properties of every valid proposal", () => {
  it("gives no NaN, infinite or negative figure", () => {
    fc.assert(
      fc.property(arbitraryProposal, (f) => {
        for (const [key, figure] of Object.entries(
          estimateProposal(build(f), { samples: 20 }).figures,
        )) {
          for (const n of [figure.value, figure.p5, figure.p50, figure.p95]) {
            expect(Number.isFinite(n), key).toBe(true);
            expect(n, key).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("keeps carbon equal to energy times intensity", () => {
    fc.assert(
      fc.property(arbitraryProposal, (f) => {
        const energy = value(f, "energy.trainingMWh");
        const carbon = value(f, "carbon.trainingOperationalTCO2e");
        expect(carbon).toBeCloseTo(energy * f.carbonIntensity, 6);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["parameters", "energy.trainingMWh"],
    ["tokens", "energy.trainingMWh"],
    ["pue", "energy.trainingMWh"],
    ["carbonIntensity", "carbon.trainingTotalTCO2e"],
    ["parameters", "memory.trainingStateBytes"],
  ] as const)("is monotonic: more %s never lowers %s", (field, figure) => {
    fc.assert(
      fc.property(arbitraryProposal, fc.double({ min: 1, max: 2, noNaN: true }), (f, factor) => {
        const ceiling: Record<string, number> = { pue: 3, carbonIntensity: 2 };
        const raised = {
          ...f,
          [field]: Math.min(f[field] * factor, ceiling[field] ?? Number.MAX_VALUE),
        };
        expect(value(raised, figure)).toBeGreaterThanOrEqual(value(f, figure) * (1 - 1e-12));
      }),
      { numRuns: 60 },
    );
  });

  it.each([["tokens"], ["parameters"]] as const)(
    "is monotonic in modelled hours: more %s never lowers accelerator-hours",
    (field) => {
      fc.assert(
        fc.property(modelled, fc.double({ min: 1, max: 3, noNaN: true }), (m, factor) => {
          const raised = { ...m, [field]: m[field] * factor };
          // Raising total parameters at a fixed active share raises the active count too.
          expect(hoursOf(buildModelled(raised))).toBeGreaterThanOrEqual(
            hoursOf(buildModelled(m)) * (1 - 1e-12),
          );
        }),
        { numRuns: 60 },
      );
    },
  );

  it("never makes fp8 more than twice as fast as bf16, at any percentile", () => {
    fc.assert(
      fc.property(modelled, (m) => {
        const bf16 = estimateProposal(buildModelled(m), { samples: 200 }).figures[
          "time.acceleratorHours"
        ];
        const fp8 = estimateProposal(buildModelled(m, { precision: "fp8" }), { samples: 200 })
          .figures["time.acceleratorHours"];
        for (const key of ["value", "p5", "p95"] as const) {
          expect((bf16?.[key] ?? 0) / (fp8?.[key] ?? 1)).toBeLessThanOrEqual(2);
          expect((bf16?.[key] ?? 0) / (fp8?.[key] ?? 1)).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("never serves an MoE per token more cheaply than its active-parameter dense equivalent", () => {
    fc.assert(
      fc.property(modelled, (m) => {
        const moe = estimateProposal(buildModelled(m), { samples: 1 }).figures;
        const dense = estimateProposal(buildModelled(m, { dense: true }), { samples: 1 }).figures;
        for (const key of [
          "inference.energyPerMillionTokensKWh",
          "inference.costPerMillionTokensUsd",
        ]) {
          expect(moe[key]?.value ?? 0).toBeGreaterThanOrEqual(
            (dense[key]?.value ?? 0) * (1 - 1e-12),
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
