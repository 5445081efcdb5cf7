#!/usr/bin/env node
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogsMarkdown, figuresMarkdown } from "./reference-docs.js";

// `pnpm reference-docs`: rewrites the generated reference pages after the estimator or its
// catalogs change; a test fails until they are regenerated.
const docs = (name: string) => fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url));
writeFileSync(docs("figures.md"), figuresMarkdown());
writeFileSync(docs("catalogs.md"), catalogsMarkdown());
process.stdout.write("wrote docs/figures.md and docs/catalogs.md\n");
