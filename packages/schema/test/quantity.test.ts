import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { kinds, likely, parseSiNumber, quantity } from "../src/quantity.js";

describe("parseSiNumber", () => {
  it.each([
    ["100T", 100e12],
    ["2.5B", 2.5e9],
    ["30.84M", 30.84e6],
    ["1.5e12", 1.5e12],
    ["350k", 350e3],
    ["7", 7],
    [42, 42],
  ])("reads %j as %d", (input, expected) => {
    expect(parseSiNumber(input)).toBe(expected);
  });

  it.each(["100TT", "1,000", "ten", "", "1T2", "T", "0x10T"])("rejects %j", (input) => {
    expect(parseSiNumber(input)).toBeUndefined();
  });
});

function messageOf(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("quantity", () => {
  const count = quantity(kinds.accelerators);

  it("accepts numbers, SI strings and ranges", () => {
    expect(count.parse(5)).toBe(5);
    expect(count.parse("10k")).toBe(10_000);
    expect(count.parse({ low: "1k", likely: 2000, high: "3k" })).toEqual({
      low: 1000,
      likely: 2000,
      high: 3000,
    });
  });

  it("fills a missing likely with the midpoint", () => {
    expect(count.parse({ low: 10, high: 20 })).toEqual({ low: 10, likely: 15, high: 20 });
  });

  it.each([
    [-5, "expected a positive integer, got -5"],
    [0, "expected a positive integer, got 0"],
    [2.5, "expected a positive integer, got 2.5"],
    [Number.NaN, "expected a positive integer, got NaN"],
    [Number.POSITIVE_INFINITY, "expected a positive integer, got Infinity"],
    ["1e400", 'expected a positive integer, got "1e400"'],
    ["100TT", 'expected a positive integer (write e.g. 70, "70B", "1.5e12"), got "100TT"'],
    [1e30, "expected a positive integer up to 1e8, got 1e+30"],
    [true, "expected a positive integer, got true"],
    [[1, 2], "expected a positive integer, got a list"],
    [{ low: 5, high: 3 }, "expected low <= high, got low 5 > high 3"],
    [{ low: 1, likely: 9, high: 3 }, "expected low <= likely <= high, got 1, 9, 3"],
    [{ low: 1 }, "a range needs both low and high (likely is optional)"],
    [{ low: 1, high: 2, mode: 1 }, 'unknown field "mode" in a range; expected low, likely, high'],
    [{ low: -1, high: 2 }, "low: expected a positive integer, got -1"],
  ])("rejects %j with a message saying what was expected", (input, message) => {
    expect(messageOf(count, input)).toBe(message);
  });

  it("refuses ranges where a field takes an exact number", () => {
    expect(messageOf(quantity(kinds.shape), { low: 1, high: 2 })).toBe(
      "expected a positive integer (a range is not allowed here), got a mapping",
    );
  });

  it.each([
    [kinds.fraction, 1.2, "expected a fraction greater than 0 and at most 1, got 1.2"],
    [kinds.pue, 0.9, "expected a PUE from 1 to 3, got 0.9"],
    [kinds.share, -0.1, "expected a share from 0 to 1, got -0.1"],
    [kinds.rating, 7, "expected an integer from 1 to 5, got 7"],
  ])("bounds each kind (%#)", (kind, input, message) => {
    expect(messageOf(quantity(kind), input)).toBe(message);
  });

  it("accepts the inclusive bounds of a share", () => {
    expect(quantity(kinds.share).parse(0)).toBe(0);
    expect(quantity(kinds.share).parse(1)).toBe(1);
  });

  it("gives the likely value of numbers and ranges", () => {
    expect(likely(3)).toBe(3);
    expect(likely({ low: 1, likely: 2, high: 4 })).toBe(2);
  });
});
