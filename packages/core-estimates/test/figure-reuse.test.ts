import { describe, expect, it } from "vitest";
import { interned, reusable, watch } from "../src/figure-reuse.js";
import type { EstimateContext } from "../src/inputs.js";

const context = { law: { E: 1 }, count: { total: 5 } } as unknown as EstimateContext;

describe("figure reuse", () => {
  it("reuses a figure only when everything it read is the same or equal plain data", () => {
    const column = Float64Array.of(1, 2);
    const watched = watch({ tokens: column }, {}, context);
    const value = (watched.point.tokens as Float64Array)[0] as number;
    void (watched.context.count as { total: number }).total;
    const record = watched.record(value);
    expect(record.reads?.map((r) => r.key)).toEqual(["tokens", "count"]);
    const copy = { ...context, count: { total: 5 } } as EstimateContext;
    expect(reusable(record, { tokens: column }, {}, copy)).toEqual({ value: 1 });
    expect(reusable(record, { tokens: column.slice() }, {}, copy)).toBeUndefined();
    const other = { ...context, count: { total: 6 } } as EstimateContext;
    expect(reusable(record, { tokens: column }, {}, other)).toBeUndefined();
  });

  it("notes a property read many times once", () => {
    const watched = watch({ tokens: 3 }, {}, context);
    for (let i = 0; i < 1000; i++) void (watched.context.law as { E: number }).E;
    void watched.point.tokens;
    void watched.point.tokens;
    expect(watched.record(1).reads?.map((r) => `${r.from} ${String(r.key)}`)).toEqual([
      "context law",
      "point tokens",
    ]);
  });

  it("never reuses a figure that tested for a key or listed keys", () => {
    const watched = watch({ mfu: 0.4 }, {}, context);
    void ("mfu" in watched.point);
    expect(reusable(watched.record(1), { mfu: 0.4 }, {}, context)).toBeUndefined();
    const listing = watch({ mfu: 0.4 }, {}, context);
    void Object.keys(listing.figures);
    expect(reusable(listing.record(1), { mfu: 0.4 }, {}, context)).toBeUndefined();
  });

  it("hands back the base's column only for the very same bits", () => {
    const base = Float64Array.of(0, 1.5);
    expect(interned(Float64Array.of(0, 1.5), base)).toBe(base);
    const negativeZero = Float64Array.of(-0, 1.5);
    expect(interned(negativeZero, base)).toBe(negativeZero);
    expect(interned(3, base)).toBe(3);
  });
});
