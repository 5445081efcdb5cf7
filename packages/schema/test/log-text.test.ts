import { describe, expect, it } from "vitest";
import {
  CONTROL_CHARACTER,
  escapeControlCharacters,
  workflowCommandData,
  workflowCommandProperty,
} from "../src/log-text.js";
import { errorLines } from "./helpers.js";

describe("escapeControlCharacters", () => {
  it("turns every character that could end or rewrite a log line into a visible escape", () => {
    const hostile = "a\nb\rc\u001b[31md\u0007e\u0000f\tg\u0085h\u2028i\u2029j\u007f";
    const safe = escapeControlCharacters(hostile);
    expect(safe).toBe("a\\nb\\rc\\u001b[31md\\u0007e\\u0000f\\tg\\u0085h\\u2028i\\u2029j\\u007f");
    expect(safe).not.toMatch(CONTROL_CHARACTER);
  });

  it("leaves ordinary text, including non-Latin scripts, alone", () => {
    expect(escapeControlCharacters("Modèle 大模型 — 100%")).toBe("Modèle 大模型 — 100%");
  });
});

describe("workflow commands", () => {
  it("percent-encodes data and properties so no second command can start", () => {
    expect(workflowCommandData("50%\n::stop-commands::x")).toBe("50%25\\n::stop-commands::x");
    expect(workflowCommandProperty("a,b:c%d\ne")).toBe("a%2Cb%3Ac%25d\\ne");
  });
});

describe("one-line errors", () => {
  it("keep a YAML key with a newline and an ESC on one line", () => {
    const lines = errorLines(
      'schemaVersion: 1\nmodel: { name: X }\n"x\\n::error::pwned\\e[2J": 1\n',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("x\\n::error::pwned\\u001b[2J");
    expect(lines[0]).not.toMatch(CONTROL_CHARACTER);
  });
});
