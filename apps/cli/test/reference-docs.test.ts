import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIGURE_DEFINITIONS, LOCATION_IDS } from "@forecard/core-estimates";
import { ACCELERATOR_IDS, policyJsonSchema, proposalJsonSchema } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import {
  bundledTemplates,
  catalogsMarkdown,
  exampleView,
  fieldsMarkdown,
  figuresMarkdown,
  templatesMarkdown,
  withFields,
  withGenerated,
} from "../src/reference-docs.js";
import { ROOT } from "./run-cli.js";

const doc = (name: string) => readFileSync(join(ROOT, "docs", name), "utf8");

describe("generated reference docs (run pnpm reference-docs when these fail)", () => {
  it("docs/figures.md is what the estimator's figure definitions give", () => {
    expect(doc("figures.md")).toBe(figuresMarkdown());
  });

  it("docs/catalogs.md is what the catalogs give", () => {
    expect(doc("catalogs.md")).toBe(catalogsMarkdown());
  });

  it.each([
    ["proposal-file.md", proposalJsonSchema()],
    ["policy-file.md", policyJsonSchema()],
  ])("docs/%s lists every field of the JSON Schema", (name, schema) => {
    const text = doc(name);
    expect(text).toBe(withFields(text, fieldsMarkdown(schema)));
  });

  it("the proposal's field table names the fields users asked about", () => {
    const table = fieldsMarkdown(proposalJsonSchema());
    for (const field of [
      "card",
      "model.generalPurpose",
      "model.usesPersonalData",
      "model.deployment",
      "architecture.transformer.distinctLayers",
    ])
      expect(table).toMatch(new RegExp(`^\\| \`${field.replace(/\./g, "\\.")}\` +\\|`, "m"));
  });

  it("docs/templates.md lists every bundled template and documents every view key", () => {
    const { templates, layouts } = bundledTemplates();
    const view = exampleView(join(ROOT, "examples/atlas-100t-dense.yaml"));
    const text = doc("templates.md");
    expect(text).toBe(
      withGenerated(text, "templates", templatesMarkdown(templates, layouts, view)),
    );
    for (const name of Object.keys(templates)) expect(text).toContain(`| \`${name}\``);
    for (const key of Object.keys(view))
      expect(text).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, "m"));
  });

  it("name every figure key, accelerator id and location", () => {
    const figures = figuresMarkdown();
    for (const { key } of FIGURE_DEFINITIONS) expect(figures).toContain(`| \`${key}\``);
    const catalogs = catalogsMarkdown();
    for (const id of [...ACCELERATOR_IDS, ...LOCATION_IDS])
      expect(catalogs).toContain(`| \`${id}\``);
  });
});
