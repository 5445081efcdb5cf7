import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIGURE_DEFINITIONS } from "@forecard/core-estimates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocuments } from "../src/documents.js";
import { PdfRenderer } from "../src/pdf.js";
import type { ReportInput } from "../src/view-model.js";
import { exampleInput, ROOT } from "./fixtures.js";

// Every document of the three examples (and the dossier) printed and read back with poppler's
// pdftotext, as a reviewer's tools see them.
function pdfToText(pdf: Uint8Array, pages?: [number, number]): string {
  const file = join(mkdtempSync(join(tmpdir(), "forecard-readback-")), "doc.pdf");
  writeFileSync(file, pdf);
  const range = pages ? ["-f", String(pages[0]), "-l", String(pages[1])] : [];
  return execFileSync("pdftotext", [...range, file, "-"], { encoding: "utf8" });
}

/** A word as poppler places it on a page, in points from the top left. */
interface Word {
  left: number;
  right: number;
  top: number;
  bottom: number;
  text: string;
}

// Every page's height and words, from poppler's word boxes (entities decoded).
function pageWords(pdf: Uint8Array): { height: number; words: Word[] }[] {
  const file = join(mkdtempSync(join(tmpdir(), "forecard-fill-")), "doc.pdf");
  writeFileSync(file, pdf);
  const xml = execFileSync("pdftotext", ["-bbox-layout", file, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const decode = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return xml
    .split("<page ")
    .slice(1)
    .map((page) => ({
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      words: [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        left: Number(m[1]),
        top: Number(m[2]),
        right: Number(m[3]),
        bottom: Number(m[4]),
        text: decode(m[5] ?? ""),
      })),
    }));
}

// The share of each page's text area its content fills (from the top margin to its lowest text),
// with the page's first words. The 20 mm margins are the PDF's own.
function pageFills(pages: { height: number; words: Word[] }[]): { fill: number; start: string }[] {
  const margin = (20 / 25.4) * 72;
  return pages.map(({ height, words: all }) => {
    const words = all.filter((w) => w.top > margin && w.bottom < height - margin);
    const lowest = Math.max(margin, ...words.map((w) => w.bottom));
    return {
      fill: (lowest - margin) / (height - 2 * margin),
      start: words
        .slice(0, 8)
        .map((w) => w.text)
        .join(" "),
    };
  });
}

// Headings that start a chapter on a new page (sections with class "page" in the templates).
const CHAPTERS = [
  "Executive summary",
  "Scaling and diminishing returns",
  "Uncertainty: what moves the numbers",
  "Checklist results",
  "Appendix A. Inputs and sources",
  "Gaps to close",
];

// A policy result as `report --policy` passes it: the documents print it, whatever judged it.
const POLICY: NonNullable<ReportInput["policy"]> = {
  name: "Read-back policy",
  verdict: "fail",
  findings: [
    { rule: "energy-cap", severity: "error", message: "energy over the cap", path: "training" },
    // As long as the longest rule id of the example policy: it must not run into its severity.
    {
      rule: "checklist-open-high-risks",
      severity: "error",
      message: "bias-risk has 10 open high risks; the policy allows 0",
      path: "checklists.bias-risk",
    },
  ],
};

const EXAMPLES = ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"] as const;
const renderer = new PdfRenderer();
const texts = new Map<string, { whole: string; first: string }>();
const fills = new Map<string, { fill: number; start: string }[]>();
const words = new Map<string, Word[][]>();
const inputs = new Map<string, ReportInput>();

beforeAll(async () => {
  for (const name of EXAMPLES) {
    const input = { ...exampleInput(name), policy: POLICY };
    inputs.set(name, input);
    const docs = renderDocuments(input, { kind: "all", paper: "a4" });
    for (const { name: kind, job } of docs.pdfJobs) {
      const { pdf } = await renderer.render(job);
      texts.set(`${name}:${kind}`, { whole: pdfToText(pdf), first: pdfToText(pdf, [1, 1]) });
      const pages = pageWords(pdf);
      fills.set(`${name}:${kind}`, pageFills(pages));
      words.set(
        `${name}:${kind}`,
        pages.map((p) => p.words),
      );
    }
  }
}, 300_000);

afterAll(async () => {
  await renderer.close();
});

const text = (name: string, kind: string) =>
  texts.get(`${name}:${kind}`) ?? { whole: "", first: "" };

/**
 * Whether an identifier appears whole, or wrapped only after one of its dots or dashes. pdftotext
 * joins a line ending in "-" to the next and drops the dash, so that form counts as whole too.
 */
function identifierIntact(all: string, id: string): boolean {
  const lines = all.split("\n").map((l) => l.trim());
  const dehyphenated = [...id.matchAll(/-/g)].map(
    (m) => id.slice(0, m.index) + id.slice((m.index ?? 0) + 1),
  );
  if ([id, ...dehyphenated].some((form) => all.includes(form))) return true;
  return lines.some(
    (line, i) =>
      line.length > 0 &&
      id.startsWith(line) &&
      /[.\-_/,]$/.test(line) &&
      id.slice(line.length).startsWith((lines[i + 1] ?? "").split(/\s/)[0] ?? "\u0000"),
  );
}

// The identifiers an example's documents print: figure keys, checklist and item ids, scenario
// names, accelerators, the input file's name, and the paths and URLs its answers cite.
function identifiers(name: string, input: ReportInput): string[] {
  // Without the YAML comments, which are not printed.
  const yaml = readFileSync(new URL(`examples/${name}`, ROOT), "utf8").replace(/#.*$/gm, "");
  return [
    ...new Set([
      ...FIGURE_DEFINITIONS.map((d) => d.key),
      ...input.checklists.flatMap((c) => [c.checklist.id, ...c.items.map((i) => i.id)]),
      ...(input.proposal.scenarios ?? []).map((s) => s.name),
      ...[...yaml.matchAll(/accelerator: ([\w.-]+)/g)].map((m) => m[1] ?? ""),
      name,
      `examples/${name}`,
      ...(yaml.match(/https?:\/\/[^\s"')]+/g) ?? []),
      ...(yaml.match(/[\w.-]+(?:\/[\w.-]+)+/g) ?? []),
    ]),
  ].filter((id) => id.length > 1);
}

/**
 * Where an identifier is split across two lines other than right after one of its dots or
 * slashes: a word ends with a piece of it and the word starting the next line (at or left of that
 * word) goes on with it. Poppler's word boxes are read, not its text, which rejoins hyphenated
 * line ends and scatters table cells.
 */
function midWordSplits(pages: Word[][], ids: string[]): string[] {
  // The head of a split (a piece from the identifier's start, or from after one of its dots or
  // slashes, to a point that is not a break point) and the tails that may follow it.
  const tails = new Map<string, { tail: string; last: boolean }[]>();
  for (const id of ids) {
    const starts = [0, ...[...id.matchAll(/[./]/g)].map((m) => (m.index ?? 0) + 1)];
    for (const from of starts)
      for (let cut = from + 1; cut < id.length; cut++) {
        if ("./".includes(id[cut - 1] ?? "")) continue;
        const next = /[./]/.exec(id.slice(cut));
        const end = next ? cut + next.index + 1 : id.length;
        const head = id.slice(from, cut);
        tails.set(head, [
          ...(tails.get(head) ?? []),
          { tail: id.slice(cut, end), last: end === id.length },
        ]);
      }
  }
  const found: string[] = [];
  for (const words of pages)
    for (const a of words) {
      const height = a.bottom - a.top;
      const below = words.filter(
        (b) => b.top > a.top + 0.5 * height && b.top < a.top + 2 * height && b.left <= a.left + 1,
      );
      const heads = [...a.text.matchAll(/(?:^|(?<=[^\w-]))/g)].map((m) =>
        a.text.slice(m.index ?? 0),
      );
      for (const head of heads)
        for (const { tail, last } of tails.get(head) ?? [])
          for (const b of below)
            if (b.text.startsWith(tail) && !(last && /^[\w-]/.test(b.text.slice(tail.length))))
              found.push(`${a.text} | ${b.text}`);
    }
  return [...new Set(found)];
}

// Ranges, dates and article references split across lines: "1.79- | 1.91", "p5– | p95",
// "2025-07- | 01", "Art. 55(1) | (a)", and a line that starts with a comma.
function splitReferences(pages: Word[][]): string[] {
  const found: string[] = [];
  for (const words of pages)
    for (const a of words) {
      if (/\d[-–]$/.test(a.text) || a.text.startsWith(",")) found.push(a.text);
      const height = a.bottom - a.top;
      if (/\d\)$/.test(a.text))
        for (const b of words)
          if (
            b.top > a.top + 0.5 * height &&
            b.top < a.top + 2 * height &&
            b.left <= a.left + 1 &&
            /^\([a-z\d]{1,3}\)/.test(b.text)
          )
            found.push(`${a.text} | ${b.text}`);
    }
  return found;
}

describe("documents read back from the PDF", () => {
  it.each(EXAMPLES)("%s: the decision brief's parts are on page 1", (name) => {
    const first = text(name, "impact-report").first;
    for (const part of [
      "Decision asked",
      "Regulatory status (EU AI Act)",
      "Key trade-off",
      "Policy: broken rules",
      "energy-cap",
      "Blocking risks",
      "Footprint: training and serving",
      // The trained Llama 2 is not rejected: the board records that it does not meet the policy.
      name === "llama-2-70b.yaml" ? "POLICY NOT MET" : "REJECT AS PROPOSED",
    ])
      expect(first).toContain(part);
  });

  it("states the dense plan's systemic-risk presumption and notification duty on page 1", () => {
    const first = text("atlas-100t-dense.yaml", "impact-report").first.replace(/\s+/g, " ");
    expect(first).toContain("Presumed general-purpose AI model with systemic risk");
    expect(first).toContain("Art. 51(2)");
    expect(first).toContain("Art. 52(1)");
    expect(first).toContain("Notification duty");
    for (const flag of ["Facility power", "Expected interruptions", "Checkpoint size"])
      expect(first).toContain(flag);
  });

  it.each(EXAMPLES)("%s: every checklist item is printed, unbroken, and nothing is cut", (name) => {
    const all = text(name, "impact-report").whole;
    expect(all).not.toMatch(/… and \d+ more/);
    for (const checklist of inputs.get(name)?.checklists ?? [])
      for (const item of checklist.items)
        expect(identifierIntact(all, item.id), item.id).toBe(true);
  });

  it.each(EXAMPLES)(
    "%s: no identifier, path, URL, range or reference is split mid-word",
    (name) => {
      const ids = identifiers(name, inputs.get(name) ?? exampleInput(name));
      for (const kind of ["impact-report", "model-card", "dossier"]) {
        const pages = words.get(`${name}:${kind}`) ?? [];
        expect(pages.length, kind).toBeGreaterThan(1);
        expect(midWordSplits(pages, ids), kind).toEqual([]);
        expect(splitReferences(pages), kind).toEqual([]);
      }
    },
  );

  it.each(EXAMPLES)("%s: the dossier lists the Annex XI fields, each with a status", (name) => {
    const all = text(name, "dossier").whole.replace(/\s+/g, " ");
    for (const basis of [
      "Annex XI 1(a)",
      "Annex XI 1(d)",
      "Annex XI 1(f)",
      "Annex XI 2(c)",
      "Annex XI 2(d)",
      "Annex XI 2(e)",
    ])
      expect(all).toContain(basis);
    const statuses = all.match(/\b(provided|estimated|missing)\b/g) ?? [];
    // One status per field, plus the legend's three words.
    expect(statuses.length).toBeGreaterThanOrEqual(20);
    expect(all).toContain("Gaps to close");
  });

  it("adds Annex XI Section 2 to the dense plan's dossier only", () => {
    expect(text("atlas-100t-dense.yaml", "dossier").whole).toContain("Annex XI S2");
    expect(text("llama-2-70b.yaml", "dossier").whole).not.toContain("Annex XI S2");
  });

  it.each(EXAMPLES)(
    "%s: no page is less than half used, except one before a chapter or the last, and none is a stray row",
    (name) => {
      for (const kind of ["impact-report", "model-card", "dossier"]) {
        const pages = fills.get(`${name}:${kind}`) ?? [];
        expect(pages.length, kind).toBeGreaterThan(1);
        pages.forEach((page, i) => {
          // Not even a chapter's last page, or the document's, holds just a stray row or two.
          expect(page.fill, `${kind} page ${i + 1} (${page.start})`).toBeGreaterThan(1 / 8);
          const next = pages[i + 1];
          if (!next || CHAPTERS.some((c) => next.start.replace(/\s+/g, " ").includes(c))) return;
          expect(page.fill, `${kind} page ${i + 1} (${page.start})`).toBeGreaterThanOrEqual(0.5);
        });
      }
    },
  );

  it.each(EXAMPLES)("%s: no printed word overprints another on its line", (name) => {
    for (const kind of ["impact-report", "model-card", "dossier"]) {
      (words.get(`${name}:${kind}`) ?? []).forEach((page, i) => {
        // Words on one line share their top; a table cell's text running into the next cell is
        // two such words whose boxes cross (a long rule id over its severity, for example).
        const clashes = page.flatMap((a, j) =>
          page
            .slice(j + 1)
            .filter(
              (b) =>
                Math.abs(a.top - b.top) < 1 && a.left < b.right - 0.5 && b.left < a.right - 0.5,
            )
            .map((b) => `"${a.text}" over "${b.text}"`),
        );
        expect(clashes, `${kind} page ${i + 1}`).toEqual([]);
      });
    }
  });

  it("never speaks of a proposal or a plan in the trained Llama 2's printed documents", () => {
    for (const kind of ["impact-report", "model-card", "dossier"]) {
      const all = text("llama-2-70b.yaml", kind).whole;
      expect(all, kind).not.toMatch(/propos|\bplan(s|ned)?\b/i);
      expect(all.length, kind).toBeGreaterThan(1000);
    }
  });

  it("reads the Llama 2 card as trained, and the policy verdict among its caveats", () => {
    const card = text("llama-2-70b.yaml", "model-card").whole.replace(/\s+/g, " ");
    expect(card).toContain("Trained:");
    expect(card).not.toContain("Proposed:");
    expect(card).toContain('Policy "Read-back policy": FAIL');
    expect(card).toContain("energy over the cap");
  });
});
