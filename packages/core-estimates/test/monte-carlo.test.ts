import type { Proposal } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { estimateProposal, estimateWithScenarios, scenarioProposal } from "../src/estimate.js";
import { evaluate } from "../src/evaluate.js";
import { lossOver } from "../src/figures/scale.js";
import { likelyPoint, resolveInputs } from "../src/inputs.js";
import { monteCarlo, rangedInputs } from "../src/monte-carlo.js";
import { columnSpread, type Spread, spreadOf } from "../src/percentiles.js";
import { quantile, sampleTriangular, seededRandom } from "../src/random.js";
import { inputRandom, sampleColumn } from "../src/sampling.js";
import { BESIROGLU_2024, HOFFMANN_2022 } from "../src/scaling-law.js";
import { power, product, quotient, sum } from "../src/values.js";
import { example } from "./helpers.js";

const EXAMPLES = ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"];

const QUANTILES = [
  ["p5", 0.05],
  ["p50", 0.5],
  ["p95", 0.95],
] as const;

/**
 * The former engine's way: one point object per sample, every figure evaluated at it, columns
 * sorted. `draw(i, k)` is the uniform of sample i for the k-th ranged input.
 */
function perSample(proposal: Proposal, samples: number, draw: (i: number, k: number) => number) {
  const context = resolveInputs(proposal);
  const base = likelyPoint(context);
  const ranged = rangedInputs(context);
  const columns = new Map<string, Float64Array>();
  for (let i = 0; i < samples; i++) {
    const point = { ...base };
    ranged.forEach(([key, range], k) => {
      point[key] = sampleTriangular(range, draw(i, k));
    });
    for (const [key, value] of Object.entries(evaluate(point, context))) {
      if (value === undefined) continue;
      if (!columns.has(key)) columns.set(key, new Float64Array(samples));
      (columns.get(key) as Float64Array)[i] = value;
    }
  }
  for (const column of columns.values()) column.sort();
  return { columns, context, base };
}

describe("vectorised Monte Carlo", () => {
  it.each(EXAMPLES)(
    "agrees with a per-sample evaluation of the same draws within 1%% (%s)",
    (file) => {
      const proposal = example(file);
      const keys = rangedInputs(resolveInputs(proposal)).map(([key]) => key);
      const draws = keys.map((key) => {
        const random = inputRandom(key, 1);
        return Float64Array.from({ length: 10_000 }, () => random());
      });
      const { columns, context, base } = perSample(
        proposal,
        10_000,
        (i, k) => (draws[k] as Float64Array)[i] as number,
      );
      const vector = monteCarlo(context, base, { samples: 10_000, seed: 1 });
      const varying = [...columns].filter(([, c]) => c[0] !== c[c.length - 1]).map(([key]) => key);
      expect(varying.length).toBeGreaterThan(2);
      for (const [key, column] of columns) {
        for (const [q, p] of QUANTILES) {
          const expected = quantile(column, p);
          expect(
            Math.abs((vector[key]?.[q] as number) - expected),
            `${key} ${q}`,
          ).toBeLessThanOrEqual(Math.abs(expected) * 0.01);
        }
      }
    },
  );

  it.each(EXAMPLES)(
    "stays within Monte Carlo error of the former single-stream draws (%s)",
    (file) => {
      const proposal = example(file);
      const n = 10_000;
      const inputs = rangedInputs(resolveInputs(proposal)).length;
      const random = seededRandom(1);
      const stream = Float64Array.from({ length: n * inputs }, () => random());
      const { columns, context, base } = perSample(
        proposal,
        n,
        (i, k) => stream[i * inputs + k] as number,
      );
      const vector = monteCarlo(context, base, { samples: n, seed: 1 });
      for (const [key, sorted] of columns) {
        for (const [q, p] of QUANTILES) {
          // Two estimates of a quantile from n draws each differ by a few standard errors,
          // sqrt(2 n p (1 - p)) ranks: the new value must lie within 4 of them of the former's rank.
          const rank = (n - 1) * p;
          const ranks = 4 * Math.sqrt(2 * n * p * (1 - p));
          const low = sorted[Math.max(0, Math.floor(rank - ranks))] as number;
          const high = sorted[Math.min(n - 1, Math.ceil(rank + ranks))] as number;
          const got = vector[key]?.[q] as number;
          const slack = Math.abs(got) * 1e-9;
          expect(got, `${key} ${q}`).toBeGreaterThanOrEqual(low - slack);
          expect(got, `${key} ${q}`).toBeLessThanOrEqual(high + slack);
        }
      }
    },
  );

  it("computes the loss over two columns in one pass with the same numbers as its operations", () => {
    const random = seededRandom(5);
    const parameters = Float64Array.from({ length: 5_000 }, () => 1e9 * 10 ** (5 * random()));
    const tokens = Float64Array.from({ length: 5_000 }, () => 1e10 * 10 ** (5 * random()));
    for (const law of [HOFFMANN_2022, BESIROGLU_2024]) {
      const operations = sum(
        law.E,
        quotient(law.A, power(parameters, law.alpha)),
        quotient(law.B, power(tokens, law.beta)),
      );
      expect(lossOver(parameters, tokens, law)).toEqual(operations);
      expect(lossOver(7e10, tokens, law)).toEqual(
        sum(law.E, law.A / 7e10 ** law.alpha, quotient(law.B, power(tokens, law.beta))),
      );
    }
  });

  it("gives byte-identical estimates run to run, and others for another seed", () => {
    const proposal = example("atlas-100t-dense.yaml");
    const a = JSON.stringify(estimateWithScenarios(proposal, { samples: 10_000, seed: 3 }));
    const b = JSON.stringify(estimateWithScenarios(proposal, { samples: 10_000, seed: 3 }));
    expect(b).toBe(a);
    const c = JSON.stringify(estimateWithScenarios(proposal, { samples: 10_000, seed: 4 }));
    expect(c).not.toBe(a);
  });

  it("shares the base's random numbers with scenarios, so scenario deltas carry less noise", () => {
    const proposal = example("atlas-100t-dense.yaml");
    const scenario = proposal.scenarios?.[0];
    if (!scenario) throw new Error("the dense example has scenarios");
    const alone = scenarioProposal(proposal, scenario);
    const figure = "energy.trainingMWh";
    const p50 = (figures: Record<string, { p50: number }>) => figures[figure]?.p50 as number;
    const shared: number[] = [];
    const independent: number[] = [];
    for (let seed = 1; seed <= 16; seed++) {
      const { base, scenarios } = estimateWithScenarios(proposal, { samples: 2_000, seed });
      const other = estimateProposal(alone, { samples: 2_000, seed: seed + 1000 });
      // Deltas are shown as percentages of the base.
      shared.push(p50(scenarios[0]?.figures ?? {}) / p50(base.figures) - 1);
      independent.push(p50(other.figures) / p50(base.figures) - 1);
    }
    const sd = (xs: number[]) => {
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      return Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    };
    expect(sd(independent)).toBeGreaterThan(0);
    expect(sd(shared)).toBeLessThan(sd(independent) / 3);
  });
});

describe("percentiles by selection", () => {
  it("equal sorting and interpolating, duplicates and tiny samples included", () => {
    const random = seededRandom(5);
    for (const n of [1, 2, 3, 7, 20, 101, 5000]) {
      for (const kind of ["spread", "ties"] as const) {
        const values = Float64Array.from({ length: n }, () =>
          kind === "ties" ? Math.floor(random() * 4) : random() ** 3 * 1e6,
        );
        const sorted = values.slice().sort();
        const expected = {
          p5: quantile(sorted, 0.05),
          p50: quantile(sorted, 0.5),
          p95: quantile(sorted, 0.95),
        };
        const before = values.slice();
        expect(spreadOf(values)).toEqual(expected);
        expect(values).toEqual(before);
      }
    }
  });

  it("scales a constant multiple's percentiles, swapping p5 and p95 for a negative factor", () => {
    const column = sampleColumn("mfu", { low: 0.2, likely: 0.3, high: 0.5 }, 5000, 9);
    for (const made of [
      product(column, 3.5, 2) as Float64Array,
      quotient(column, -4) as Float64Array,
      product(quotient(column, 2) as Float64Array, 1e6) as Float64Array,
    ]) {
      const direct = spreadOf(made) as Spread;
      const scaled = columnSpread(made);
      for (const q of ["p5", "p50", "p95"] as const) expect(scaled?.[q]).toBeCloseTo(direct[q], 9);
    }
  });

  it("has no spread for a column with a sample that is not finite, nor for its multiples", () => {
    const column = sampleColumn("mfu", { low: 0.2, likely: 0.3, high: 0.5 }, 5000, 9).slice();
    column[17] = Number.NaN;
    expect(columnSpread(column)).toBeUndefined();
    expect(columnSpread(product(column, 2) as Float64Array)).toBeUndefined();
    const finite = sampleColumn("mfu", { low: 0.2, likely: 0.3, high: 0.5 }, 5000, 9);
    expect(columnSpread(quotient(finite, 0) as Float64Array)).toBeUndefined();
  });
});

describe("scenarios reusing the base's figures", () => {
  it.each(EXAMPLES)(
    "give exactly the estimate each scenario gets alone, with the same seed (%s)",
    (file) => {
      const proposal = example(file);
      const { scenarios } = estimateWithScenarios(proposal, { samples: 2_000, seed: 7 });
      expect(scenarios.length).toBe(proposal.scenarios?.length ?? 0);
      (proposal.scenarios ?? []).forEach((scenario, i) => {
        const { sensitivity: _sensitivity, ...alone } = estimateProposal(
          scenarioProposal(proposal, scenario),
          { samples: 2_000, seed: 7 },
        );
        const { name: _name, description: _description, ...shared } = scenarios[i] ?? {};
        expect(JSON.stringify(shared), scenario.name).toBe(JSON.stringify(alone));
      });
    },
  );
});
