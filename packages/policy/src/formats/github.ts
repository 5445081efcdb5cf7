import type { Judgement } from "../judgement.js";

// Workflow commands: data and property values are percent-escaped as GitHub's toolkit does.
const data = (text: string) =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations: one per finding and one per input error, on its line. */
export function formatGithub(judgements: readonly Judgement[]): string {
  const lines = judgements.flatMap((j) =>
    j.verdict === "invalid"
      ? j.errors.map(
          (e) =>
            `::error file=${property(e.file)},line=${e.line},col=${e.column},title=${property("forecard invalid input")}::${data(e.message)}`,
        )
      : j.findings.map(
          (f) =>
            `::${f.severity === "error" ? "error" : "warning"} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(`forecard ${f.ruleId}`)}::${data(f.message)}`,
        ),
  );
  return lines.length ? `${lines.join("\n")}\n` : "";
}
