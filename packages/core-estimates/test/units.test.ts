import { describe, expect, it } from "vitest";
import {
  formatFigure,
  formatQuantity,
  formatSpread,
  groupDigits,
  NO_SPREAD,
  withSeparators,
  withSignificantDigits,
} from "../src/units.js";

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
    [1.8, "nats/token", "1.80 nats/token"],
    [1.9249, "nats/token", "1.92 nats/token"],
    [0.003657, "nats/token", "0.00366 nats/token"],
  ])("formats %d %s as %s", (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });
});

describe("formatSpread", () => {
  it("gives p5 – p95 in human units, keeping the zeros of three digits", () => {
    expect(formatSpread({ p5: 1_100, p95: 1_600, unit: "MWh" })).toBe("1.10 GWh – 1.60 GWh");
  });
  it("says there is no spread when both ends print the same, rather than leaving a blank", () => {
    expect(formatSpread({ p5: 100e12, p95: 100e12, unit: "parameters" })).toBe(NO_SPREAD);
    expect(formatSpread({ p5: 1_000.1, p95: 1_000.2, unit: "MWh" })).toBe("no spread");
  });
});

describe("formatFigure", () => {
  it("writes a median beside its range with the same digits: 7.30 beside 6.28 – 8.71", () => {
    expect(formatFigure({ value: 7.3, p5: 6.28, p95: 8.71, unit: "ratio" })).toEqual({
      value: "7.30",
      range: "6.28 – 8.71",
      ranged: true,
    });
    expect(formatFigure({ value: 4.9e6, p5: 4.9e6, p95: 2.91e7, unit: "tCO2e" }).range).toBe(
      "4.90 MtCO2e – 29.1 MtCO2e",
    );
    expect(formatFigure({ value: 1.5e9, p5: 1.1e9, p95: 2e9, unit: "USD" }).value).toBe("$1.50B");
  });
  it("leaves an exact figure as it is: no zeros added, no spread", () => {
    expect(formatFigure({ value: 8_346, p5: 8_346, p95: 8_346, unit: "accelerators" })).toEqual({
      value: "8,350 accelerators",
      range: NO_SPREAD,
      ranged: false,
    });
    expect(formatFigure({ value: 0.3, p5: 0.3, p95: 0.3, unit: "ratio" }).value).toBe("0.3");
  });
});

describe("thousands separators without Intl", () => {
  it("prints what toLocaleString('en-US') prints, for integers, decimals, signs and extremes", () => {
    const values = [
      0,
      -0,
      1,
      12,
      999,
      1000,
      1234.5,
      -1234567.891,
      0.0125,
      0.1234,
      65_536,
      1e20,
      9.99e20,
      2e21,
      123456789.0004,
      -0.0004,
      Number.POSITIVE_INFINITY,
    ];
    for (const value of values) {
      const expected = value.toLocaleString("en-US").replace("∞", "Infinity").replace(/^-0$/, "0");
      if (Math.abs(value) >= 1e21) continue; // Intl spells these out; neither form is ever shown
      expect(withSeparators(value), String(value)).toBe(expected);
    }
    for (const [value, digits] of [
      [1234.5678, 6],
      [0.000123456789, 12],
    ] as const)
      expect(withSeparators(value, digits)).toBe(
        value.toLocaleString("en-US", { maximumFractionDigits: digits }),
      );
  });

  it("groups a numeral's whole part only and leaves other text alone", () => {
    expect(groupDigits("1234567.1234")).toBe("1,234,567.1234");
    expect(groupDigits("-1000")).toBe("-1,000");
    expect(groupDigits("1.5e+25")).toBe("1.5e+25");
  });
});

describe("withSignificantDigits", () => {
  it("keeps every digit the rounding kept, with separators", () => {
    expect(withSignificantDigits(0.040712, 3)).toBe("0.0407");
    expect(withSignificantDigits(1_234_567, 3)).toBe("1,230,000");
    expect(withSignificantDigits(78.123449, 6)).toBe("78.1234");
    expect(withSignificantDigits(-0.00012345, 2)).toBe("-0.00012");
    expect(withSignificantDigits(4.07e-7, 3)).toBe("4.07e-7");
    expect(withSignificantDigits(0, 3)).toBe("0");
  });
});
