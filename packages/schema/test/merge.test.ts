import { describe, expect, it } from "vitest";
import { mergeOverrides } from "../src/merge.js";

describe("mergeOverrides", () => {
  it("merges mappings key by key and replaces everything else", () => {
    const base = {
      training: { precision: "bf16", tokens: "2T" },
      model: { name: "A", tags: ["x"] },
    };
    const result = mergeOverrides(base, { training: { precision: "fp8" }, model: { tags: ["y"] } });
    expect(result).toEqual({
      ok: true,
      value: { training: { precision: "fp8", tokens: "2T" }, model: { name: "A", tags: ["y"] } },
    });
  });

  it("replaces a number with a range and a range with a number", () => {
    const base = { training: { mfu: { low: 0.3, high: 0.5 }, tokens: 5 } };
    const result = mergeOverrides(base, { training: { mfu: 0.4, tokens: { low: 1, high: 2 } } });
    expect(result.ok && result.value.training).toEqual({ mfu: 0.4, tokens: { low: 1, high: 2 } });
  });

  it("drops the base's scenarios and refuses to override schemaVersion", () => {
    expect(mergeOverrides({ scenarios: [], a: 1 }, {})).toEqual({ ok: true, value: { a: 1 } });
    expect(mergeOverrides({}, { schemaVersion: 2 })).toMatchObject({
      ok: false,
      path: ["schemaVersion"],
    });
  });

  it("does not mutate its inputs", () => {
    const base = { training: { precision: "bf16" } };
    const overrides = { training: { precision: "fp8" } };
    mergeOverrides(base, overrides);
    expect(base).toEqual({ training: { precision: "bf16" } });
    expect(overrides).toEqual({ training: { precision: "fp8" } });
  });
});

describe("actuals and scenarios", () => {
  it("drops the base's actuals and refuses a scenario that sets them", () => {
    expect(mergeOverrides({ actuals: { energyMWh: 1 }, a: 1 }, {})).toEqual({
      ok: true,
      value: { a: 1 },
    });
    expect(mergeOverrides({}, { actuals: {} })).toMatchObject({ ok: false, path: ["actuals"] });
  });
});
