import { type Judgement, overallVerdict } from "../judgement.js";
import type { CheckContext } from "./context.js";

/** The machine-readable check result: the overall verdict (pass, fail or invalid) and every file. */
export function formatJson(judgements: readonly Judgement[], context: CheckContext): string {
  const document = {
    forecard: context.version,
    policy: context.policyName,
    policySource: context.policySource,
    verdict: overallVerdict(judgements),
    files: judgements,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
