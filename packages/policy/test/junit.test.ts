import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatJunit } from "../src/formats/junit.js";

describe("JUnit output", () => {
  it("stays well-formed XML 1.0 whatever characters a message carries", () => {
    const hostile =
      "NUL\u0000 ESC\u001b[31m BEL\u0007 FFFE\uFFFE lone\uD800 tab\tnl\n <&>'\" emoji😀";
    const xml = formatJunit(
      [
        {
          file: `p\u0001.yaml`,
          model: hostile,
          verdict: "fail",
          findings: [
            {
              file: "p.yaml",
              line: 1,
              column: 1,
              ruleId: "r",
              severity: "error",
              path: [],
              message: hostile,
            },
            {
              file: "p.yaml",
              line: 2,
              column: 1,
              ruleId: "w",
              severity: "warning",
              path: [],
              message: hostile,
            },
          ],
        },
      ] as never,
      { policyName: "p", policySource: "p", version: "0", root: "/" },
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for forbidden characters.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uD800]/);
    expect(xml).toContain("emoji😀");
    expect(xml).toContain("tab&#9;nl&#10;");
    // Python's expat parser rejects what XML 1.0 forbids.
    const parsed = execFileSync(
      "python3",
      [
        "-c",
        "import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.buffer.read()); print(d.getElementsByTagName('failure')[0].getAttribute('message'))",
      ],
      { input: xml, encoding: "utf8" },
    );
    expect(parsed).toContain("ESC[31m BEL FFFE lone tab\tnl\n <&>'\" emoji😀");
  });
});
