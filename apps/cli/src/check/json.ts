import type { Judgement } from "./judge.js";

/** The machine-readable check result. */
export function formatJson(judgements: Judgement[], policyName: string, version: string): string {
  const verdict = judgements.every((j) => j.verdict === "pass") ? "pass" : "fail";
  return `${JSON.stringify({ forecard: version, policy: policyName, verdict, files: judgements }, null, 2)}\n`;
}
