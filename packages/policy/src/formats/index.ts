import type { Judgement } from "../judgement.js";
import type { CheckContext } from "./context.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

/** The output formats of a check. */
export const CHECK_FORMATS = ["text", "markdown", "json", "github", "sarif", "junit"] as const;

/** One of {@link CHECK_FORMATS}. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Renders a check's judgements in one of the output formats. */
export function formatCheck(
  format: CheckFormat,
  judgements: readonly Judgement[],
  context: CheckContext,
): string {
  if (format === "github") return formatGithub(judgements);
  const render = {
    text: formatText,
    markdown: formatMarkdown,
    json: formatJson,
    sarif: formatSarif,
    junit: formatJunit,
  }[format];
  return render(judgements, context);
}
