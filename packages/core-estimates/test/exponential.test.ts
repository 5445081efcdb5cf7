import { describe, expect, it } from "vitest";
import { exponential } from "../src/exponential.js";
import { seededRandom } from "../src/random.js";

describe("exponential", () => {
  it("is within 1.5 units in the last place of Math.exp over the whole range", () => {
    const random = seededRandom(3);
    let worst = 0;
    const check = (x: number) => {
      const expected = Math.exp(x);
      worst = Math.max(worst, Math.abs(exponential(x) - expected) / expected);
    };
    // Every x whose e^x is a normal double, densely near 0 where the Monte Carlo takes most.
    for (let i = 0; i < 200_000; i++) check(-708 + random() * 1417);
    for (let i = 0; i < 200_000; i++) check((random() - 0.5) * 4);
    for (let x = -708; x <= 709; x += 0.01) check(x);
    // One unit in the last place is 2^-52 of the leading power of two: 1.5 of them, relatively.
    expect(worst).toBeLessThan(1.5 * 2 ** -52);
  });

  it("is exact where e^x is, and gives Math.exp's answer at the edges", () => {
    expect(exponential(0)).toBe(1);
    expect(exponential(-0)).toBe(1);
    for (const x of [Number.NaN, Infinity, -Infinity, 700, -700, 709.78, 710, -745, -746, 1e300])
      expect(exponential(x)).toBe(Math.exp(x));
  });
});
