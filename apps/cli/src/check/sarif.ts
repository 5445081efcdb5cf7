import type { Judgement } from "./judge.js";

/**
 * A SARIF 2.1.0 log for code-scanning upload: one run, one rule per rule id, one result per
 * finding located on the proposal file's line and column.
 */
export function formatSarif(judgements: Judgement[], version: string): string {
  const findings = judgements.flatMap((j) => j.findings);
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Forecard",
            version,
            informationUri: "https://github.com/forecard/forecard",
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: `Forecard policy rule ${id}` },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIds.indexOf(f.ruleId),
          level: f.severity === "error" ? "error" : "warning",
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.replace(/\\/g, "/") },
                region: { startLine: f.line, startColumn: f.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
