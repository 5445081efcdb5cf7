import type { Checklist } from "@forecard/schema";

/**
 * A YAML skeleton of answers to paste as is on the line below `checklists:` in a proposal (it is
 * indented for that place): every item open, with its question as a comment.
 */
export function answerTemplate(checklist: Checklist): string {
  const lines = [
    `# Answers to ${checklist.title} (${checklist.id} ${checklist.version}).`,
    "# Paste as is below `checklists:` in the proposal; set status to done, open or not-applicable.",
    `${checklist.id}:`,
    `  version: "${checklist.version}"`,
    "  answers:",
  ];
  for (const section of checklist.sections) {
    lines.push(`    # ${section.title}`);
    for (const item of section.items) {
      lines.push(`    ${item.id}:`, `      # ${item.question}`);
      if (item.evidenceRequired) lines.push("      # Evidence required when done.");
      lines.push(
        "      status: open",
        "      # owner: who answers",
        "      # evidence: text, { url: ... } or { file: ..., sha256: ... }",
        "      # likelihood: 1-5",
        "      # severity: 1-5",
      );
    }
  }
  return `${lines.map((line) => `  ${line}`).join("\n")}\n`;
}
