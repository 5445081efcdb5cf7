import { describe, expect, it } from "vitest";
import { formatQuantity } from "../src/units.js";

describe("formatQuantity", () => {
  it.each([
    [1_234_000, "MWh", "1.23 TWh"],
    [38_400, "tCO2e", "38.4 ktCO2e"],
    [0, "tCO2e", "0 tCO2e"],
    [1.5e9, "USD", "$1.5B"],
    [100e12, "parameters", "100T parameters"],
    [3.8e25, "FLOP", "3.80e+25 FLOP"],
    [1.6e15, "bytes", "1.6 PB"],
    [585.2, "d", "585 days"],
    [30_840_000, "h", "30.8M h"],
    [0.3, "ratio", "0.3"],
  ])("formats %d %s as %s", (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });
});
