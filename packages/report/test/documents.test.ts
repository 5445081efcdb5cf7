import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderDocuments } from "../src/documents.js";
import { frontMatter } from "../src/markdown.js";
import { slugify } from "../src/slug.js";
import { createTemplates, TemplateError } from "../src/templates.js";
import { buildView } from "../src/view-model.js";
import { exampleInput, HOSTILE_YAML, inputFromYaml } from "./fixtures.js";

const BAD = /undefined|NaN|\[object Object\]/;

describe("renderDocuments", () => {
  const dense = exampleInput("atlas-100t-dense.yaml");
  const documents = renderDocuments(dense, { kind: "all", paper: "a4" });

  it("renders both documents with every section", () => {
    const html = documents.impactReportHtml ?? "";
    for (const heading of [
      "Executive summary",
      "Scale and compute",
      "Memory and hardware",
      "Time",
      "Energy",
      "Carbon",
      "Water",
      "Cost",
      "Inference footprint",
      "Scaling and diminishing returns",
      "Alternatives considered",
      "Uncertainty: what moves the numbers",
      "Checklist results",
      "Sign-off",
      "Appendix A. Inputs and sources",
      "Appendix B. Formulas with the numbers",
    ]) {
      expect(html).toContain(heading);
    }
    for (const heading of [
      "Model details",
      "Intended use",
      "Factors",
      "Metrics",
      "Evaluation data",
      "Training data",
      "Quantitative analyses",
      "Environmental impact",
      "Ethical considerations",
      "Caveats and recommendations",
    ]) {
      expect(documents.modelCardHtml).toContain(heading);
    }
  });

  it("never shows undefined, NaN or [object Object]", () => {
    for (const name of ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"]) {
      const docs = renderDocuments(exampleInput(name), { kind: "all", paper: "a4" });
      for (const text of [docs.impactReportHtml, docs.modelCardHtml, docs.modelCardMarkdown]) {
        expect(text?.replace(/<svg[\s\S]*?<\/svg>/g, "")).not.toMatch(BAD);
      }
    }
  });

  it("is byte-identical for the same input and date", () => {
    const again = renderDocuments(exampleInput("atlas-100t-dense.yaml"), {
      kind: "all",
      paper: "a4",
    });
    expect(again.impactReportHtml).toBe(documents.impactReportHtml);
    expect(again.modelCardHtml).toBe(documents.modelCardHtml);
    expect(again.modelCardMarkdown).toBe(documents.modelCardMarkdown);
  });

  it("draws the charts as inline SVG, with no script anywhere", () => {
    const html = documents.impactReportHtml ?? "";
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(6);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Content-Security-Policy");
  });

  it("names files after the model", () => {
    expect(documents.slug).toBe("atlas-100t");
    expect(slugify("Llama 2 70B")).toBe("llama-2-70b");
    expect(slugify("Évil <script> ../../etc")).toBe("evil-script-etc");
    expect(slugify("***")).toBe("model");
  });
});

describe("hostile strings", () => {
  const docs = renderDocuments(inputFromYaml(HOSTILE_YAML), { kind: "all", paper: "a4" });

  it("escapes markup and template syntax in HTML", () => {
    for (const html of [docs.impactReportHtml ?? "", docs.modelCardHtml ?? ""]) {
      expect(html).not.toMatch(
        /<(script|img|iframe|link|style>@import|svg onload)[^>]*(PORT|alert)/i,
      );
      expect(html).toContain("&lt;script&gt;document.title&#x3D;&#x27;pwned&#x27;&lt;/script&gt;");
      expect(html).toContain("{{meta.sha256}}");
    }
  });

  it("escapes markup in the Markdown card", () => {
    expect(docs.modelCardMarkdown).not.toMatch(/<script|<img|<iframe/);
    expect(docs.modelCardMarkdown).toContain("&lt;script&gt;");
  });
});

describe("Hugging Face front matter", () => {
  it("gives emissions in grams with source, training type, location and hardware", () => {
    const input = exampleInput("llama-2-70b.yaml");
    const front = frontMatter(input);
    const tonnes = input.estimate.base.figures["carbon.trainingOperationalTCO2e"]?.value ?? 0;
    expect(front.co2_eq_emissions).toMatchObject({
      emissions: Number((tonnes * 1e6).toPrecision(3)),
      training_type: "pre-training",
      geographical_location: "US",
      hardware_used: "nvidia-a100-80gb",
    });
    expect(front.license).toBe("llama2");
  });

  it("adds model-index when evaluation results are given", () => {
    const md =
      renderDocuments(exampleInput("llama-2-70b.yaml"), { kind: "card", paper: "a4" })
        .modelCardMarkdown ?? "";
    const yaml = parse(md.split("---\n")[1] ?? "");
    expect(yaml["model-index"][0].results[0]).toEqual({
      task: { type: "text-generation" },
      dataset: { type: "cais/mmlu", name: "MMLU (5-shot)" },
      metrics: [{ type: "accuracy", value: 68.9 }],
    });
    expect(frontMatter(exampleInput("atlas-100t-dense.yaml"))["model-index"]).toBeUndefined();
  });
});

describe("templates", () => {
  it("replace a bundled partial from --template", () => {
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(
      join(dir, "signoff.hbs"),
      "<section><h2>Approved by {{meta.organization}}</h2></section>",
    );
    const html = renderDocuments(exampleInput("llama-2-70b.yaml"), {
      kind: "impact",
      paper: "a4",
      templateDir: dir,
    }).impactReportHtml;
    expect(html).toContain("<h2>Approved by Meta</h2>");
  });

  it("refuse an override whose name matches no template", () => {
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(join(dir, "signof.hbs"), "x");
    expect(() => createTemplates(dir)).toThrow(TemplateError);
  });

  it("run in strict mode: a missing field is an error, not a blank", () => {
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(join(dir, "signoff.hbs"), "{{meta.nonexistent}}");
    const view = buildView(exampleInput("llama-2-70b.yaml"));
    expect(() => createTemplates(dir).render("impact-report", view)).toThrow(/nonexistent/);
  });
});
