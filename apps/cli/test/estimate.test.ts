import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIGURE_KEYS } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { forecard } from "./run-cli.js";

function write(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "forecard-estimate-")), "p.yaml");
  writeFileSync(file, text);
  return file;
}

describe("forecard estimate --json", () => {
  const result = forecard([
    "estimate",
    "examples/atlas-100t-moe.yaml",
    "--json",
    "--samples",
    "2000",
  ]);
  const document = JSON.parse(result.stdout);

  it("follows the contract of docs/estimate-json.md", () => {
    expect(result.code).toBe(0);
    expect(document.forecard).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.proposal.name).toBe("Atlas-100T-MoE");
    expect(document.proposal.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Array.isArray(document.warnings)).toBe(true);
    expect(Array.isArray(document.assumptions)).toBe(true);
  });

  it("returns every budgetable figure key that the MoE example allows, each with formula and sources", () => {
    for (const key of FIGURE_KEYS) {
      const figure = document.figures[key];
      expect(figure, key).toBeDefined();
      expect(typeof figure.value, key).toBe("number");
      expect(figure.p5, key).toBeLessThanOrEqual(figure.p95);
      expect(figure.formula, key).not.toBe("");
      expect(Array.isArray(figure.sources), key).toBe(true);
    }
  });

  it("lists the scenarios with their own figures and warnings", () => {
    expect(document.scenarios.map((s: { name: string }) => s.name)).toEqual([
      "dense-equivalent",
      "us-grid",
      "int4-serving",
    ]);
    expect(document.scenarios[1].figures["energy.trainingMWh"].value).toBe(
      document.figures["energy.trainingMWh"].value,
    );
  });

  it("is identical for the same seed", () => {
    const again = forecard([
      "estimate",
      "examples/atlas-100t-moe.yaml",
      "--json",
      "--samples",
      "2000",
    ]);
    expect(again.stdout).toBe(result.stdout);
  });
});

describe("forecard estimate", () => {
  it("prints a readable table with human units and ranges", () => {
    const result = forecard(["estimate", "examples/atlas-100t-dense.yaml", "--samples", "500"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Training energy\s+\d[\d.,]* TWh\s+\d[\d.,]* TWh – \d[\d.,]* TWh/,
    );
    expect(result.stdout).toContain("UNDERTRAINED");
    expect(result.stdout).toContain("Scenarios (medians");
  });

  it("estimates one scenario alone", () => {
    const result = forecard([
      "estimate",
      "examples/atlas-100t-dense.yaml",
      "--scenario",
      "low-carbon-region",
      "--json",
      "--samples",
      "10",
    ]);
    expect(result.code).toBe(0);
    const alone = JSON.parse(result.stdout);
    expect(alone.scenario).toBe("low-carbon-region");
    // The same figures the scenario has beside the base, with a sensitivity of its own.
    const all = JSON.parse(
      forecard(["estimate", "examples/atlas-100t-dense.yaml", "--json", "--samples", "10"]).stdout,
    );
    const beside = all.scenarios.find((s: { name: string }) => s.name === "low-carbon-region");
    expect(alone.figures).toEqual(beside.figures);
    expect(alone.sensitivity.length).toBeGreaterThan(0);
    expect(alone.sensitivity).not.toEqual(all.sensitivity);
  });

  it.each([
    [
      ["--scenario", "nope"],
      '--scenario: no scenario "nope" in examples/atlas-100t-dense.yaml; valid: moe-instead, fp8-training, low-carbon-region, int4-serving, shared-layers',
    ],
    [["--samples", "0"], '--samples: expected an integer from 1 to 1000000, got "0"'],
    [["--seed", "x"], '--seed: expected an integer from 0 to 4294967295, got "x"'],
  ])("rejects %j with one line and exit 2", (args, message) => {
    const result = forecard(["estimate", "examples/atlas-100t-dense.yaml", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${message}\n`);
  });

  it.each([
    [
      "experts < activeExperts",
      "  transformer: { layers: 2, hiddenSize: 64, attentionHeads: 4, vocabSize: 10, moe: { experts: 2, activeExperts: 4 } }",
      "architecture.transformer.moe.activeExperts",
    ],
    [
      "heads not divisible by kvHeads",
      "  transformer: { layers: 2, hiddenSize: 64, attentionHeads: 4, kvHeads: 3, vocabSize: 10 }",
      "architecture.transformer.kvHeads",
    ],
  ])("rejects %s naming the field", (_name, line, field) => {
    const file = write(`schemaVersion: 1\nmodel: { name: X }\narchitecture:\n${line}\n`);
    const result = forecard(["estimate", file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`${file}:4:`);
    expect(result.stderr).toContain(field);
  });

  it("rejects an unknown accelerator naming the field", () => {
    const file = write(
      "schemaVersion: 1\nmodel: { name: X }\ntraining:\n  accelerator: nvidia-h900\n",
    );
    const result = forecard(["estimate", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:16 training.accelerator: expected one of `,
      ),
    );
  });
});

describe("a proposal with nothing but a name", () => {
  it("estimates what it can and says what each missing figure needs", () => {
    const file = write("schemaVersion: 1\nmodel:\n  name: Tiny\n");
    const result = forecard(["estimate", file, "--samples", "10"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Not estimated (the proposal lacks what each needs)");
    expect(result.stdout).toContain(
      "Parameters (total): needs architecture.parameters or architecture.transformer",
    );
  });

  it("still renders its model card and impact report", () => {
    const file = write("schemaVersion: 1\nmodel:\n  name: Tiny\n");
    const out = mkdtempSync(join(tmpdir(), "forecard-tiny-"));
    const result = forecard([
      "report",
      file,
      "--out",
      out,
      "--format",
      "html,md,json",
      "--date",
      "2026-11-26",
    ]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, "tiny.impact-report.html"), "utf8")).not.toMatch(
      /undefined|NaN|\[object Object\]/,
    );
  });
});
