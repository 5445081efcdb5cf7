import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forecardAsync } from "./run-cli.js";

const EXAMPLES = [
  "examples/atlas-100t-dense.yaml",
  "examples/atlas-100t-moe.yaml",
  "examples/llama-2-70b.yaml",
];

describe("determinism", () => {
  it("gives byte-identical HTML, Markdown, JSON and PDF over three runs of every example", async () => {
    const runs: string[] = [];
    for (let run = 0; run < 3; run++) {
      const out = mkdtempSync(join(tmpdir(), "forecard-det-"));
      const result = await forecardAsync([
        "report",
        ...EXAMPLES,
        "--out",
        out,
        "--date",
        "2026-11-26",
        "--samples",
        "1000",
        "--seed",
        "7",
      ]);
      expect(result.code).toBe(0);
      runs.push(out);
    }
    const files = readdirSync(runs[0] ?? "").sort();
    // Per example: the estimate JSON; card PDF, HTML and Markdown; impact PDF and HTML; dossier PDF, HTML and Markdown.
    expect(files).toHaveLength(EXAMPLES.length * 9);
    for (const file of files) {
      const first = readFileSync(join(runs[0] ?? "", file));
      for (const other of runs.slice(1)) {
        // PDFs too: the metadata dates come from --date and Chromium adds no per-run ID here.
        expect(readFileSync(join(other, file)).equals(first), file).toBe(true);
      }
    }
  });
});
