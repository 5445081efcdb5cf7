import { describe, expect, it } from "vitest";
import { formatDiffMarkdown, type ProposalDiff } from "../src/index.js";

const diff = (fields: Partial<ProposalDiff>): ProposalDiff => ({
  base: "main:p.yaml",
  head: "p.yaml",
  newProposal: false,
  model: "M",
  inputs: [],
  figures: [],
  checklists: [],
  newFindings: [],
  resolvedFindings: [],
  verdict: null,
  actuals: null,
  ...fields,
});

describe("formatDiffMarkdown", () => {
  it('says "new proposal" when the base has no such file', () => {
    const text = formatDiffMarkdown(diff({ newProposal: true, base: "abc:p.yaml" }));
    expect(text).toContain("New proposal: `p.yaml` has no version at `abc:p.yaml`.");
  });

  it("shows input values as code spans that keep their table cell", () => {
    const text = formatDiffMarkdown(
      diff({
        model: "[x](https://evil.example)",
        inputs: [
          { path: "model.name", before: "a | b", after: "![i](https://evil.example/i.png)" },
        ],
      }),
    );
    expect(text).toContain("what this change does to `[x](https://evil.example)`");
    expect(text).toContain("| `model.name` | `a \\| b` | `![i](https://evil.example/i.png)` |");
  });

  it("nests under a caller's heading without the marker", () => {
    const text = formatDiffMarkdown(diff({}), { marker: false, level: 3 });
    expect(text.startsWith("### Forecard: what this change does to `M`")).toBe(true);
    expect(text).toContain("#### Figures");
  });
});
