import { execFileSync, spawnSync } from "node:child_process";
import { linkSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  documentKinds,
  type ReportKind,
  renderDocuments,
  showsCalibration,
} from "../src/documents.js";
import { frontMatter } from "../src/markdown.js";
import { slugify } from "../src/slug.js";
import { createTemplates, TemplateError } from "../src/templates.js";
import { buildView } from "../src/view-model.js";
import { exampleInput, HOSTILE_YAML, inputFromYaml } from "./fixtures.js";

const BAD = /undefined|NaN|\[object Object\]/;

describe("renderDocuments", () => {
  it("change with the backtest only for kinds that showsCalibration names", () => {
    const without = exampleInput("llama-2-70b.yaml");
    const rows = [
      {
        tier: "forecast",
        figure: "time.acceleratorHours",
        published: 10,
        estimated: 11,
        relativeError: 0.1,
      },
    ];
    const withRows = { ...without, calibration: rows };
    const kinds: ReportKind[] = ["card", "impact", "dossier", "all"];
    const changes = kinds.filter((kind) => {
      const a = renderDocuments(without, { kind, paper: "a4" });
      const b = renderDocuments(withRows, { kind, paper: "a4" });
      return JSON.stringify(a) !== JSON.stringify(b);
    });
    expect(changes).toEqual(kinds.filter((kind) => showsCalibration(kind)));
    // The Markdown documents never show it, so `report --format md,json` need not replay it.
    const markdown = (docs: ReturnType<typeof renderDocuments>) => [
      docs.modelCardMarkdown,
      docs.dossierMarkdown,
    ];
    expect(markdown(renderDocuments(withRows, { kind: "all", paper: "a4" }))).toEqual(
      markdown(renderDocuments(without, { kind: "all", paper: "a4" })),
    );
    // An override may place the box in any document, so every kind needs the backtest then.
    expect(kinds.every((kind) => showsCalibration(kind, "templates/"))).toBe(true);
  });

  const dense = exampleInput("atlas-100t-dense.yaml");
  const documents = renderDocuments(dense, { kind: "all", paper: "a4" });

  it("renders the documents a list of kinds names, and no others", () => {
    expect([...documentKinds("all")].sort()).toEqual(["card", "dossier", "impact"]);
    expect([...documentKinds(["card", "impact", "card"])].sort()).toEqual(["card", "impact"]);
    const docs = renderDocuments(exampleInput("llama-2-70b.yaml"), {
      kind: ["card", "impact"],
      paper: "a4",
    });
    expect(docs.pdfJobs.map((j) => j.name).sort()).toEqual(["impact-report", "model-card"]);
    expect(docs.dossierHtml).toBeUndefined();
    expect(showsCalibration(["card", "impact"])).toBe(true);
    expect(showsCalibration(["card", "dossier"])).toBe(false);
  });

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

  it("never leaves a p5–p95 cell blank: a figure with no spread says so", () => {
    const docs = renderDocuments(exampleInput("atlas-100t-moe.yaml"), { kind: "all", paper: "a4" });
    for (const html of [docs.impactReportHtml, docs.modelCardHtml]) {
      expect(html).not.toMatch(/<td class="num"><\/td>/);
      // The total parameter count is given exactly in the proposal, so it has no spread.
      expect(html).toMatch(
        /<td>Parameters \(total\)<\/td><td class="num">[^<]+<\/td><td class="num"><span class="muted">no spread<\/span>/,
      );
    }
    expect(docs.modelCardMarkdown).toMatch(/\| Parameters \(total\) \| [^|]+ \| no spread \|/);
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

describe("the model card's details", () => {
  it("leaves out rows with no value, in HTML and Markdown", () => {
    const llama = exampleInput("llama-2-70b.yaml");
    const bare = inputFromYaml("schemaVersion: 1\nmodel: { name: X }\n");
    for (const input of [llama, bare]) {
      const docs = renderDocuments(input, { kind: "card", paper: "a4" });
      const html = docs.modelCardHtml ?? "";
      const details = html.slice(html.indexOf('<table class="meta">'), html.indexOf("</table>"));
      expect(details).not.toMatch(/<td><\/td>/);
      const mdDetails =
        (docs.modelCardMarkdown ?? "").split("## Model details")[1]?.split("##")[0] ?? "";
      expect(mdDetails).not.toMatch(/\|\s*\|\s*$/m);
      const m = input.proposal.model;
      for (const [label, value] of [
        ["Contact", m.contact],
        ["License", m.license],
        ["Version", m.version],
        ["Developed by", m.organization],
      ] as const) {
        expect(details.includes(`<td>${label}</td>`), `${m.name} ${label}`).toBe(Boolean(value));
        expect(mdDetails.includes(`| ${label} |`), `${m.name} ${label} (md)`).toBe(Boolean(value));
      }
    }
    // No result names a group, so the results table has no (blank) group column.
    const card = renderDocuments(llama, { kind: "card", paper: "a4" });
    expect(llama.proposal.card?.results?.some((r) => r.group)).toBe(false);
    expect(card.modelCardHtml).not.toContain("<th>Group</th>");
    expect(card.modelCardMarkdown).toContain("| Task | Dataset | Metric | Value |");
    const grouped = inputFromYaml(
      "schemaVersion: 1\nmodel: { name: X }\ncard:\n  results:\n    - { task: qa, dataset: d, metric: accuracy, value: 0.5, group: women }\n",
    );
    expect(renderDocuments(grouped, { kind: "card", paper: "a4" }).modelCardHtml).toContain(
      "<td>women</td>",
    );
    expect(llama.proposal.model.contact).toBeUndefined();
    expect(llama.proposal.model.license).toBeTruthy();
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

describe("the Markdown card with hostile text", () => {
  const yaml = [
    "schemaVersion: 1",
    "model:",
    '  name: "Tab\\there\\Nnel\\0nul"',
    "  description: |",
    "    Before the fence.",
    "    ~~~",
    "    inside?",
    "    ```",
    '  license: "yes"',
    '  tags: ["a\\tb", "c\\Nd", "e\\Lf", "x: y", "#z", "g\\0h"]',
    "card:",
    '  caveats: ["Visible \\0after NUL"]',
    "",
  ].join("\n");
  const docs = renderDocuments(inputFromYaml(yaml), { kind: "card", paper: "a4" });
  const markdown = docs.modelCardMarkdown ?? "";

  it("escapes fence markers, so a ~~~ cannot swallow the rest of the card", () => {
    expect(markdown).toContain("\\~\\~\\~");
    expect(markdown).toContain("\\`\\`\\`");
    expect(markdown).not.toMatch(/^(~~~|```)/m);
    expect(markdown).toContain("## Caveats and recommendations");
  });

  it("carries no NUL byte in Markdown or HTML", () => {
    expect(markdown).not.toContain("\u0000");
    expect(docs.modelCardHtml).not.toContain("\u0000");
    expect(markdown).toContain("Visible after NUL");
  });

  it("emits front matter with every string quoted and no control character", () => {
    const front = markdown.split("---\n")[1] ?? "";
    // "yes" is no Hub license id: it is published as license_name under license "other".
    expect(front).toContain('license_name: "yes"');
    expect(front).toMatch(/- "x: y"/);
    for (const c of ["\t", "\u0000", "\u0085", "\u2028"]) expect(front).not.toContain(c);
    // The Hub and most tools read it with PyYAML; a TAB or NEL once made it fail.
    const pyYaml = spawnSync("python3", ["-c", "import yaml"]).status === 0;
    const parsed = pyYaml
      ? JSON.parse(
          execFileSync(
            "python3",
            ["-c", "import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))"],
            { input: front, encoding: "utf8" },
          ),
        )
      : parse(front);
    expect(parsed.license_name).toBe("yes");
    expect(parsed.tags).toEqual(["a b", "c d", "e f", "x: y", "#z", "gh", "forecard"]);
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

  it("run in strict mode: a missing field is an error naming the file and line, not a blank", () => {
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(join(dir, "signoff.hbs"), "<p>\n{{meta.nonexistent}}</p>");
    const view = buildView(exampleInput("llama-2-70b.yaml"));
    expect(() => createTemplates(dir).render("impact-report", view)).toThrow(
      new RegExp(`^${join(dir, "signoff.hbs")}:2: .*nonexistent`),
    );
  });

  it("name the file and line of a syntax error before rendering", () => {
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(join(dir, "signoff.hbs"), "<p>\n\n{{#if x}}unclosed</p>");
    expect(() => createTemplates(dir)).toThrow(
      new RegExp(`^${join(dir, "signoff.hbs")}:3: Parse error`),
    );
  });

  it("refuse a missing folder, names of Object methods, hard links and FIFOs", () => {
    expect(() => createTemplates("/nonexistent/templates")).toThrow(
      "/nonexistent/templates: no such folder",
    );
    const named = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(join(named, "constructor.hbs"), "x");
    expect(() => createTemplates(named)).toThrow(/no template named constructor/);
    const linked = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    const secret = join(mkdtempSync(join(tmpdir(), "forecard-secret-")), "secret.txt");
    writeFileSync(secret, "TOP SECRET");
    linkSync(secret, join(linked, "signoff.hbs"));
    expect(() => createTemplates(linked)).toThrow(/signoff\.hbs: is a hard link/);
    const fifo = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    execFileSync("mkfifo", [join(fifo, "signoff.hbs")]);
    expect(() => createTemplates(fifo)).toThrow(/signoff\.hbs: is not a regular file/);
  });
});
