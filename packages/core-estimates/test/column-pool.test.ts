import { describe, expect, it } from "vitest";
import { newColumn, withColumnPool } from "../src/column-pool.js";
import { estimateProposal, estimateWithScenarios } from "../src/estimate.js";
import { example } from "./helpers.js";

describe("column pool", () => {
  it("gives a pool's memory to the next pool, as new column objects", () => {
    const first = withColumnPool(() => newColumn(1000));
    const second = withColumnPool(() => newColumn(1000));
    expect(second).not.toBe(first);
    expect(second.buffer).toBe(first.buffer);
    // Outside a pool every column is new memory.
    expect(newColumn(1000).buffer).not.toBe(first.buffer);
  });

  it("lends no memory twice while the outermost pool runs, nested pools included", () => {
    withColumnPool(() => {
      const inner = withColumnPool(() => newColumn(500));
      const after = newColumn(500);
      expect(after.buffer).not.toBe(inner.buffer);
    });
  });

  it("takes the memory back when the computation throws", () => {
    let lent: Float64Array | undefined;
    expect(() =>
      withColumnPool(() => {
        lent = newColumn(700);
        throw new Error("stop");
      }),
    ).toThrow("stop");
    expect(withColumnPool(() => newColumn(700)).buffer).toBe(lent?.buffer);
  });

  it("leaves no trace of one estimate in the next, which reuses its memory", () => {
    const moe = example("atlas-100t-moe.yaml");
    const dense = example("atlas-100t-dense.yaml");
    const fresh = JSON.stringify(estimateProposal(moe));
    // The dense estimate writes other numbers into the memory the next MoE estimate is given.
    estimateWithScenarios(dense);
    expect(JSON.stringify(estimateProposal(moe))).toBe(fresh);
  });
});
