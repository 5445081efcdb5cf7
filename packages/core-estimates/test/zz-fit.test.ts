import { it } from "vitest";
import { runBacktest } from "../src/backtest/backtest.js";

it("bt", () => {
  const rows = runBacktest().filter(
    (r) => r.tier === "forecast" && r.figure === "time.acceleratorHours",
  );
  for (const r of rows)
    console.log(
      r.run.padEnd(16),
      r.published.toExponential(2),
      r.estimated.toExponential(2),
      (r.relativeError * 100).toFixed(0).padStart(5),
      r.p5 <= r.published && r.published <= r.p95 ? "in" : "OUT",
      ((r.naive! / r.published - 1) * 100).toFixed(0),
    );
  const abs = rows.map((r) => Math.abs(r.relativeError)).sort((a, b) => a - b);
  console.log(
    "median",
    abs[Math.floor(abs.length / 2)],
    "w25",
    abs.filter((x) => x <= 0.25).length,
    "/",
    abs.length,
    "cov",
    rows.filter((r) => r.p5 <= r.published && r.published <= r.p95).length,
  );
});
