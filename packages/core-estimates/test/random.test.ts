import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantile, quantilesBySelection } from "../src/random.js";

describe("quantiles by selection", () => {
  it("equals the interpolated quantiles of the sorted samples, duplicates included", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -5, max: 5 }).map((x) => x / 2),
          { minLength: 1, maxLength: 300 },
        ),
        (xs) => {
          const sorted = Float64Array.from(xs).sort();
          const expected = [0.05, 0.5, 0.95].map((q) => quantile(sorted, q));
          expect(quantilesBySelection(Float64Array.from(xs), [0.05, 0.5, 0.95])).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
