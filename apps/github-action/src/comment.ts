/** Marker at the start of the action's one pull-request comment. */
export const COMMENT_MARKER = "<!-- forecard:check -->";

/** GitHub refuses comment bodies longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

// Room left under the limit for the marker, the pointer and multi-unit characters.
const BUDGET = GITHUB_COMMENT_LIMIT - 2_000;

/**
 * The comment body: the full report when it fits under GitHub's limit, else the headline and as
 * many whole lines as fit, then a pointer to the job summary, which always has everything.
 * @param summaryUrl - the workflow run's page, whose summary holds the full report.
 */
export function commentBody(report: string, headline: string, summaryUrl: string): string {
  const full = `${COMMENT_MARKER}\n${report}`;
  if (full.length <= BUDGET) return full;
  const pointer = `\n\n---\n**The full report is longer than a pull-request comment may be (${GITHUB_COMMENT_LIMIT.toLocaleString("en-US")} characters).** It is in the [job summary](${summaryUrl}).\n`;
  const kept: string[] = [COMMENT_MARKER, `## Forecard: ${headline}`, ""];
  let size = kept.join("\n").length + pointer.length;
  for (const line of report.split("\n").slice(1)) {
    if (size + line.length + 1 > BUDGET) break;
    kept.push(line);
    size += line.length + 1;
  }
  // A table cut in the middle would swallow the pointer; end it with a blank line.
  return `${kept.join("\n")}\n${pointer}`;
}
