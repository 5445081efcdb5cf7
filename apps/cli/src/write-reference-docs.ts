#!/usr/bin/env node
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { policyJsonSchema, proposalJsonSchema } from "@forecard/schema";
import {
  bundledTemplates,
  catalogsMarkdown,
  exampleView,
  fieldsMarkdown,
  figuresMarkdown,
  templatesMarkdown,
  withFields,
  withGenerated,
} from "./reference-docs.js";

// `pnpm reference-docs`: rewrites the generated reference pages and field tables after the
// estimator, its catalogs or a schema change; a test fails until they are regenerated.
const docs = (name: string) => fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url));
writeFileSync(docs("figures.md"), figuresMarkdown());
writeFileSync(docs("catalogs.md"), catalogsMarkdown());
for (const [name, schema] of [
  ["proposal-file.md", proposalJsonSchema()],
  ["policy-file.md", policyJsonSchema()],
] as const) {
  writeFileSync(docs(name), withFields(readFileSync(docs(name), "utf8"), fieldsMarkdown(schema)));
}
const { templates, layouts } = bundledTemplates();
const view = exampleView(
  fileURLToPath(new URL("../../../examples/atlas-100t-dense.yaml", import.meta.url)),
);
const table = templatesMarkdown(templates, layouts, view);
writeFileSync(
  docs("templates.md"),
  withGenerated(readFileSync(docs("templates.md"), "utf8"), "templates", table),
);
process.stdout.write(
  "wrote docs/figures.md, docs/catalogs.md, docs/templates.md and the field tables\n",
);
