import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Spread, spreadOf } from "../src/percentiles.js";
import { drawTriangular, quantile, sampleTriangular, seededRandom } from "../src/random.js";

// + 0 turns -0 into 0: the two are the same number, whichever of them a method happens to return.
const asSpread = ([p5, p50, p95]: number[]) => ({
  p5: (p5 as number) + 0,
  p50: (p50 as number) + 0,
  p95: (p95 as number) + 0,
});
const plain = (spread: Spread | undefined) =>
  spread && asSpread([spread.p5, spread.p50, spread.p95]);

describe("percentiles without sorting", () => {
  // fast-check keeps most arrays short, which a sort answers; these are Monte Carlo sized, so they
  // go through the buckets, one after another of different lengths and shapes, as in an estimate.
  it("equal the sorted quantiles over columns of Monte Carlo size, called in turn", () => {
    const random = seededRandom(7);
    const shapes: ((u: number) => number)[] = [
      (u) => u,
      (u) => Math.floor(u * 11),
      (u) => Math.exp(12 * u),
      (u) => (u < 0.9 ? 1 + u * 1e-12 : 1e6 * u),
      (u) => -1 / (u + 1e-9),
    ];
    for (const length of [10_000, 257, 9_999, 3_001, 10_000, 258, 20_001]) {
      for (const shape of shapes) {
        const xs = Float64Array.from({ length }, () => shape(random()));
        const sorted = xs.slice().sort();
        const expected = asSpread([0.05, 0.5, 0.95].map((q) => quantile(sorted, q)));
        expect(plain(spreadOf(xs)), `${length} values, ${shape}`).toEqual(expected);
      }
    }
  });

  it("equal the interpolated quantiles of the sorted samples, duplicates included", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -5, max: 5 }).map((x) => x / 2),
          { minLength: 1, maxLength: 2000 },
        ),
        (xs) => {
          const sorted = Float64Array.from(xs).sort();
          const expected = asSpread([0.05, 0.5, 0.95].map((q) => quantile(sorted, q)));
          expect(plain(spreadOf(Float64Array.from(xs)))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stay exact over any finite doubles, outliers and clusters of near-equal values included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          minLength: 65,
          maxLength: 3000,
        }),
        fc.array(fc.double({ min: 1, max: 1 + 1e-12, noNaN: true }), { maxLength: 3000 }),
        (spread, cluster) => {
          const xs = Float64Array.from([...spread, ...cluster]);
          const sorted = xs.slice().sort();
          const expected = asSpread([0.05, 0.5, 0.95].map((q) => quantile(sorted, q)));
          const before = xs.slice();
          expect(plain(spreadOf(xs))).toEqual(expected);
          expect(xs).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  // The counting pass checks finiteness without a branch (order-statistics.ts); these columns are
  // long enough to reach it, and the bad value sits where the range probe does not look too.
  it("are undefined for a Monte Carlo sized column with one value not finite", () => {
    const random = seededRandom(11);
    for (const length of [257, 1_000, 10_000, 10_001]) {
      const column = Float64Array.from({ length }, () => 1 + random());
      for (const at of [0, 1, 2, length - 2, length - 1, Math.floor(length / 2) + 3]) {
        for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
          const xs = column.slice();
          xs[at] = bad;
          expect(spreadOf(xs), `${bad} at ${at} of ${length}`).toBeUndefined();
        }
      }
      expect(spreadOf(column)).toBeDefined();
    }
  });

  it("are undefined when any one value is not finite, wherever it lies", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 1,
          maxLength: 3000,
        }),
        fc.nat(),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
        (finite, at, bad) => {
          const xs = Float64Array.from(finite);
          xs[at % xs.length] = bad;
          expect(spreadOf(xs)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("drawing a triangular column", () => {
  it("gives the seeded stream's numbers through the inverted CDF, for any seed", () => {
    const range = { low: 0.2, likely: 0.35, high: 0.9 };
    // Seeds whose state passes 2^31 at once, and the largest: the stream is the same either way.
    for (const seed of [1, 0x7fffffff, 0x80000000, 0xffffffff, -5]) {
      const column = new Float64Array(1000);
      drawTriangular(range, column, seed);
      const random = seededRandom(seed);
      const expected = Float64Array.from({ length: 1000 }, () => sampleTriangular(range, random()));
      expect(column).toEqual(expected);
    }
  });

  it("keeps the generator's sequence", () => {
    // The first outputs for seed 0 as 32-bit integers, recorded from the division-by-2^32 version
    // that every earlier estimate was drawn with.
    const random = seededRandom(0);
    expect(Array.from({ length: 3 }, () => random() * 2 ** 32)).toEqual([
      1144304738, 1416247, 958946056,
    ]);
  });

  it("fills a range of no width with its value", () => {
    const column = new Float64Array(4);
    drawTriangular({ low: 3, likely: 3, high: 3 }, column, 1);
    expect([...column]).toEqual([3, 3, 3, 3]);
  });
});
