import { describe, expect, it } from "vitest";
import { naturalLog, power, product } from "../src/values.js";

describe("power over columns", () => {
  it("agrees with ** sample by sample, through multiples and powers of powers", () => {
    const base = Float64Array.from({ length: 200 }, (_, i) => 1e9 * (1 + i) ** 1.7);
    const scaled = product(base, 6e3) as Float64Array;
    for (const exponent of [0.3478, 0.28, -0.5, 2]) {
      const direct = power(base, exponent) as Float64Array;
      const viaMultiple = power(scaled, exponent) as Float64Array;
      const ofPower = power(direct, 0.51) as Float64Array;
      base.forEach((x, i) => {
        const expected = x ** exponent;
        expect(Math.abs((direct[i] as number) / expected - 1)).toBeLessThan(1e-12);
        expect(Math.abs((viaMultiple[i] as number) / (6e3 * x) ** exponent - 1)).toBeLessThan(
          1e-12,
        );
        expect(Math.abs((ofPower[i] as number) / expected ** 0.51 - 1)).toBeLessThan(1e-12);
      });
    }
  });

  it("raises negative samples and zero as ** does, and anything to the 0th power to 1", () => {
    const column = Float64Array.of(-2, 0, 3);
    expect([...(power(column, 2) as Float64Array)]).toEqual([4, 0, 9]);
    expect((power(column, 0.5) as Float64Array)[0]).toBeNaN();
    expect((power(column, -1) as Float64Array)[1]).toBe(Number.POSITIVE_INFINITY);
    expect(power(column, 0)).toBe(1);
  });
});

describe("natural logarithm over columns", () => {
  it("agrees with Math.log sample by sample, through multiples and powers", () => {
    const base = Float64Array.from({ length: 200 }, (_, i) => 1e9 * (1 + i) ** 1.7);
    const scaled = product(base, 6e3) as Float64Array;
    const raised = power(base, 0.28) as Float64Array;
    for (const column of [base, scaled, raised]) {
      const logs = naturalLog(column) as Float64Array;
      column.forEach((x, i) => {
        expect(Math.abs((logs[i] as number) - Math.log(x))).toBeLessThan(
          Math.abs(Math.log(x)) * 1e-14,
        );
      });
      // Found once per column.
      expect(naturalLog(column)).toBe(logs);
    }
    expect(naturalLog(1e3)).toBe(Math.log(1e3));
  });

  it("gives NaN for a negative sample, also through a positive multiple", () => {
    const column = Float64Array.of(-2, 1);
    const scaled = product(column, 3) as Float64Array;
    expect((naturalLog(scaled) as Float64Array)[0]).toBeNaN();
    expect((naturalLog(scaled) as Float64Array)[1]).toBeCloseTo(Math.log(3), 15);
  });
});
