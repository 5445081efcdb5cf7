import { describe, expect, it } from "vitest";
import { COMMENT_MARKER, commentBody, GITHUB_COMMENT_LIMIT } from "../src/comment.js";

const URL = "https://github.example/example/lab/actions/runs/42";

describe("commentBody", () => {
  it("is the whole report, under the marker, when it fits", () => {
    const report = "## Forecard policy check: ✅ pass\n\nNo findings.\n";
    expect(commentBody(report, "✅ pass", URL)).toBe(`${COMMENT_MARKER}\n${report}`);
  });

  it("stays under GitHub's limit for a long report and points at the job summary", () => {
    const row =
      "| ❌ | `energy-cap` | `energy-cap: energy.trainingMWh p95 = 9.84 TWh exceeds the budget` | 43 |";
    const report = `## Forecard policy check: ❌ fail (900 of 900 failed)\n\n${Array(2000).fill(row).join("\n")}\n`;
    expect(report.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const body = commentBody(report, "❌ fail (900 of 900 failed)", URL);
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith(`${COMMENT_MARKER}\n## Forecard: ❌ fail (900 of 900 failed)\n`)).toBe(
      true,
    );
    expect(body).toContain(`It is in the [job summary](${URL}).`);
    // Only whole lines are kept: no row is cut in the middle.
    const rows = body.split("\n").filter((l) => l.startsWith("| ❌"));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r === row)).toBe(true);
  });
});
