import {
  compareWithReferences,
  formatQuantity,
  runBacktest,
  SCALING_LAW_NAMES,
} from "@forecard/core-estimates";
import { describe, expect, it } from "vitest";
import { tradeOff } from "../src/brief.js";
import { labelWidth } from "../src/charts/labels.js";
import { renderDocuments } from "../src/documents.js";
import { feasibilityFlags, INTERRUPTIONS_PER_ACCELERATOR_DAY } from "../src/feasibility.js";
import { regulatoryStatus, SYSTEMIC_RISK_FLOP } from "../src/regulation.js";
import { calibrationBox, substitutedFormulas, tracedInputs } from "../src/traceability.js";
import { buildView, energyBoundaryNote } from "../src/view-model.js";
import { exampleInput, inputFromYaml } from "./fixtures.js";

const dense = exampleInput("atlas-100t-dense.yaml");
const llama = exampleInput("llama-2-70b.yaml");

describe("regulatory status (EU AI Act Chapter V)", () => {
  it("presumes systemic risk above 10^25 FLOP with the ratio and the notification duty", () => {
    const status = regulatoryStatus(dense.proposal, dense.estimate.base);
    const flops = dense.estimate.base.figures["compute.trainingFlops"]?.value ?? 0;
    expect(status.systemicRisk).toBe("yes");
    expect(status.ratio).toBeCloseTo(flops / SYSTEMIC_RISK_FLOP, 6);
    expect(status.headline).toContain(`${Math.round(flops / 1e25).toLocaleString("en-US")}×`);
    expect(status.headline).toContain("Art. 51(2)");
    expect(status.notification).toContain("Art. 52(1)");
    expect(status.obligations.some((o) => o.startsWith("Art. 55"))).toBe(true);
  });

  it("keeps a smaller general-purpose model to Art. 53 and never calls unknown compute safe", () => {
    const small = regulatoryStatus(llama.proposal, llama.estimate.base);
    expect(small.systemicRisk).toBe("no");
    expect(small.obligations.some((o) => o.startsWith("Art. 55"))).toBe(false);
    const bare = inputFromYaml("schemaVersion: 1\nmodel: { name: X }\n");
    expect(regulatoryStatus(bare.proposal, bare.estimate.base).systemicRisk).toBe("unknown");
    const narrow = inputFromYaml(
      "schemaVersion: 1\nmodel: { name: X, generalPurpose: false }\narchitecture: { parameters: 1T }\ntraining: { tokens: 20T }\n",
    );
    expect(regulatoryStatus(narrow.proposal, narrow.estimate.base).headline).toContain(
      "not general-purpose",
    );
  });
});

describe("feasibility flags", () => {
  it("derives interruptions from the published Llama 3 failure rate at the cluster size", () => {
    const flags = feasibilityFlags(dense.proposal, dense.estimate.base);
    const interruptions = flags.find((f) => f.label === "Expected interruptions");
    const perDay = 500_000 * (419 / (54 * 16_384));
    expect(INTERRUPTIONS_PER_ACCELERATOR_DAY).toBeCloseTo(419 / (54 * 16_384), 12);
    expect(interruptions?.value).toContain(Number(perDay.toPrecision(3)).toLocaleString("en-US"));
    expect(interruptions?.basis).toContain("arXiv:2407.21783");
    const power = flags.find((f) => f.label === "Facility power");
    const f = dense.estimate.base.figures;
    const mw = (f["energy.trainingMWh"]?.value ?? 0) / ((f["time.wallClockDays"]?.value ?? 1) * 24);
    expect(power?.value).toContain(Number(mw.toPrecision(3)).toLocaleString("en-US"));
    expect(flags.map((x) => x.label)).toEqual([
      "Facility power",
      "Expected interruptions",
      "Checkpoint size",
      "Serving fleet",
    ]);
  });

  it("leaves out a flag whose inputs are missing", () => {
    const labels = feasibilityFlags(llama.proposal, llama.estimate.base).map((x) => x.label);
    expect(labels).not.toContain("Expected interruptions");
  });
});

describe("decision brief", () => {
  it("states the trade-off from the scenario that saves the most cost, with its loss", () => {
    const sentence = tradeOff(dense.estimate.base, dense.estimate.scenarios);
    const cheapest = [...dense.estimate.scenarios].sort(
      (a, b) =>
        (a.figures["cost.trainingUsd"]?.value ?? 0) - (b.figures["cost.trainingUsd"]?.value ?? 0),
    )[0];
    expect(sentence).toContain(`"${cheapest?.name}"`);
    expect(sentence).toContain("predicted loss");
    expect(tradeOff(llama.estimate.base, [])).toContain("no scenarios");
  });

  it("asks for a decision from the policy, and names each broken rule", () => {
    const judged = {
      ...dense,
      policy: {
        name: "Test policy",
        verdict: "fail" as const,
        findings: [
          { rule: "energy-cap", severity: "error", message: "energy over cap", path: "x" },
          { rule: "schedule", severity: "warning", message: "too slow", path: "y" },
        ],
      },
    };
    const view = buildView(judged);
    expect(view.brief.decision.label).toBe("REJECT AS PROPOSED");
    expect(view.brief.brokenRules.map((r) => r.rule)).toEqual(["energy-cap", "schedule"]);
    expect(view.policyCaveats.join("\n")).toContain("energy over cap");
    const html = renderDocuments(judged, { kind: "all", paper: "a4" });
    expect(html.modelCardMarkdown).toContain("energy over cap");
    expect(html.modelCardHtml).toContain("energy over cap");
    expect(buildView(dense).brief.decision.label).toBe("NOT JUDGED");
  });

  it("records whether a trained model meets the policy instead of approving or rejecting it", () => {
    const policy = {
      name: "Test policy",
      verdict: "fail" as const,
      findings: [{ rule: "energy-cap", severity: "error", message: "energy over cap", path: "x" }],
    };
    const decision = buildView({ ...llama, policy }).brief.decision;
    expect(llama.proposal.model.status).toBe("trained");
    expect(decision.label).toBe("POLICY NOT MET");
    expect(decision.reason).toContain(
      "1 blocking finding must be resolved or waived on the record",
    );
  });

  it("lists every open high risk with its owner", () => {
    const view = buildView(dense);
    const open = dense.checklists.flatMap((c) =>
      c.items.filter(
        (i) =>
          i.applicable && i.level === "high" && (i.status === "open" || i.status === "unanswered"),
      ),
    );
    expect(view.brief.blockingRisks).toHaveLength(open.length);
    expect(view.brief.blockingRisks.map((r) => r.owner)).toContain("Data team");
  });
});

describe("traceability", () => {
  it("substitutes the likely inputs into each headline formula", () => {
    const [energy] = substitutedFormulas(dense.proposal, dense.estimate.base, dense.file, [
      "energy.trainingMWh",
    ]);
    // PUE 1.12 is the proposal's likely value; the hours come from the time figure, at the same
    // likely inputs, so the result is what a calculator gives from the numbers shown.
    expect(energy?.substituted).toContain("1.12");
    const hours = dense.estimate.base.figures["time.acceleratorHours"]?.likely ?? 0;
    expect(energy?.substituted).toContain(`[${hours.toExponential(3).replace("e+", "e")} h]`);
    expect(energy?.result).toContain("at the likely inputs; headline (Monte Carlo median)");
  });

  it("gives results a calculator reproduces from the substituted numbers", () => {
    // Multiply out the bracketed numbers as each formula says and compare with the stated result,
    // which is given at the same likely inputs (4 significant digits shown).
    const number = (text: string) => Number(text.replace(/,/g, ""));
    const arithmetic: Record<string, (n: number[]) => number> = {
      "compute.trainingFlops": ([p, d]) => 6 * (p as number) * (d as number),
      "carbon.trainingOperationalTCO2e": ([e, k]) => (e as number) * (k as number),
      "inference.annualTCO2e": ([kwh, t, k]) =>
        ((((kwh as number) * (t as number)) / 1e6) * 365 * (k as number)) / 1000,
    };
    for (const input of [dense, exampleInput("atlas-100t-moe.yaml")]) {
      const formulas = substitutedFormulas(
        input.proposal,
        input.estimate.base,
        input.file,
        Object.keys(arithmetic),
      );
      expect(formulas).toHaveLength(3);
      for (const f of formulas) {
        const numbers = [...f.substituted.matchAll(/\[([-\d.e,]+)[^\]]*\]/g)].map((m) =>
          number(m[1] as string),
        );
        const stated = number(/^[-\d.e,]+/.exec(f.result)?.[0] ?? "NaN");
        const redone = (arithmetic[f.key] as (n: number[]) => number)(numbers);
        expect(
          Math.abs(redone / stated - 1),
          `${f.key}: ${f.substituted} = ${f.result}`,
        ).toBeLessThan(0.002);
      }
    }
  });

  it("draws the sensitivity chart's axis at the likely inputs, where every swing starts", () => {
    const energy = dense.estimate.base.figures["energy.trainingMWh"];
    const [chart] = buildView(dense).tornado;
    if (!energy || !chart) throw new Error("no energy sensitivity");
    expect(chart.svg).toContain(formatQuantity(energy.likely, "MWh"));
    for (const s of dense.estimate.base.sensitivity.filter(
      (x) => x.figure === "energy.trainingMWh",
    ))
      expect(Math.min(s.atLow, s.atHigh)).toBeLessThanOrEqual(energy.likely * (1 + 1e-9));
  });

  it("lists as inputs only values the estimate used, never figures it could not compute", () => {
    const view = buildView(llama);
    const inputs = tracedInputs(llama.proposal, llama.estimate.base, llama.file, "2026-11-27");
    expect(inputs.filter((i) => i.sources.includes("not estimated"))).toEqual([]);
    const gpai = view.checklists.find((c) => c.id === "eu-gpai-annex-xi");
    const outOfScope = llama.checklists
      .find((c) => c.checklist.id === "eu-gpai-annex-xi")
      ?.items.filter((i) => !i.applicable).length;
    expect(outOfScope).toBeGreaterThan(0);
    expect(gpai?.summary).toContain(`; ${outOfScope} more do not apply to this model`);
  });

  it("gives the proposal's inputs with every digit and computed defaults to four digits", () => {
    const moe = exampleInput("atlas-100t-moe.yaml");
    const inputs = tracedInputs(moe.proposal, moe.estimate.base, moe.file, "2026-11-27");
    const value = (path: string) => inputs.find((i) => i.path === path)?.value;
    // Sweden's 40.7 gCO2e/kWh times the 0.85x-1.1x spread: 0.034595 and 0.04477 as floats.
    expect(value("datacenter.carbonIntensity")).toBe("0.0407 (range 0.0346 – 0.04477)");
    expect(value("architecture.transformer.hiddenSize")).toBe("65,536");
  });

  it("summarises the backtest into the calibration box", () => {
    const rows = runBacktest();
    const box = calibrationBox(rows);
    expect(box.reduce((n, line) => n + line.runs, 0)).toBe(rows.length);
    expect(box.every((line) => /%$/.test(line.medianError))).toBe(true);
    const ranged = calibrationBox([
      { tier: "t", figure: "f", published: 10, estimated: 11, relativeError: 0.1, p5: 5, p95: 20 },
      { tier: "t", figure: "f", published: 10, estimated: 30, relativeError: 2, p5: 25, p95: 40 },
    ]);
    expect(ranged[0]?.coverage).toBe("1 of 2 inside p5–p95");
  });
});

describe("comparisons", () => {
  it("compares with BERT, GPT-3, GPT-4 (flagged estimated), PaLM, Llama 3.1 405B and DeepSeek-V3", () => {
    const names = buildView(dense).comparison.rows.map((r) => r.name);
    for (const name of ["BERT", "GPT-3", "GPT-4", "PaLM", "Llama 3.1 405B", "DeepSeek-V3"])
      expect(names.some((n) => n.includes(name))).toBe(true);
    expect(names.find((n) => n.includes("GPT-4"))).toMatch(/\*$/);
  });

  it("says every energy is on the facility boundary and which were converted, with the PUE", () => {
    const { rows } = compareWithReferences(dense.estimate.base, ["bloom-176b", "gpt-3"]);
    const note = energyBoundaryNote(rows);
    expect(note).toContain("facility energy (IT energy x PUE)");
    expect(note).toContain(
      "BLOOM 176B: 433.2 MWh published without PUE, converted to 519.8 MWh with PUE 1.2",
    );
    expect(note).toContain("GPT-3 175B: 1,287 MWh as published, PUE included");
    const html = renderDocuments(dense, { kind: "impact", paper: "a4" }).impactReportHtml ?? "";
    expect(html).toContain("Energy ratios are on one boundary, facility energy");
  });

  it("labels the proposal and every scenario on the loss chart, clear of each other, the dots and the curve", () => {
    const num = (v: string | undefined) => Number(v);
    for (const name of ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"]) {
      const input = exampleInput(name);
      const svg = buildView(input).loss?.chart ?? "";
      const labels = [
        ...svg.matchAll(
          /<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(start|end)" fill="([^"]+)" font-size="10">([^<]*)<\/text>/g,
        ),
      ]
        .filter((m) => m[4] !== "#616e7c" && !/^(training compute|loss \()/.test(m[5] ?? ""))
        .map((m) => {
          const x = num(m[1]);
          const y = num(m[2]);
          const w = labelWidth(m[5] ?? "", { size: 10 });
          const x1 = m[3] === "start" ? x : x - w;
          return { text: m[5] ?? "", x1, x2: x1 + w, y1: y - 8, y2: y + 2 };
        });
      const dots = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"/g)];
      // One label per dot: the proposal's and each scenario's that moves compute or loss.
      expect(labels.length, name).toBe(dots.length);
      expect(labels.map((l) => l.text)).toContain(buildView(input).status.subject);
      const path = /<path d="([^"]+)"/.exec(svg)?.[1] ?? "";
      const vertices = [...path.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => ({
        x: num(m[1]),
        y: num(m[2]),
      }));
      // The curve, sampled every pixel along each segment.
      const curve = vertices.slice(1).flatMap((b, i) => {
        const a = vertices[i] as { x: number; y: number };
        const n = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y));
        return Array.from({ length: n + 1 }, (_, k) => ({
          x: a.x + ((b.x - a.x) * k) / n,
          y: a.y + ((b.y - a.y) * k) / n,
        }));
      });
      for (const [i, l] of labels.entries()) {
        for (const other of labels.slice(i + 1))
          expect(
            l.x1 < other.x2 && other.x1 < l.x2 && l.y1 < other.y2 && other.y1 < l.y2,
            `${name}: "${l.text}" over "${other.text}"`,
          ).toBe(false);
        for (const d of dots) {
          const [cx, cy, r] = [num(d[1]), num(d[2]), num(d[3])];
          expect(
            cx + r > l.x1 && l.x2 > cx - r && cy + r > l.y1 && l.y2 > cy - r,
            `${name}: "${l.text}" over a dot`,
          ).toBe(false);
        }
        expect(
          curve.some((q) => q.x > l.x1 && q.x < l.x2 && q.y > l.y1 && q.y < l.y2),
          `${name}: the curve runs through "${l.text}"`,
        ).toBe(false);
      }
    }
  });

  it("labels every named model and the model itself on the trend charts, with no label over another label, a dot or the trend line", () => {
    const num = (v: string | undefined) => Number(v);
    for (const name of ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"]) {
      const view = buildView(exampleInput(name));
      for (const svg of [view.comparison.chart, view.comparison.computeChart]) {
        const labels = [
          ...svg.matchAll(
            /<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(start|end)" fill="([^"]+)" font-size="(\d+)"( font-weight="bold")?>([^<]*)<\/text>/g,
          ),
        ]
          .filter((m) => m[4] !== "#616e7c")
          .map((m) => {
            const x = num(m[1]);
            const y = num(m[2]);
            const size = num(m[5]);
            const w = labelWidth(m[7] ?? "", { size, bold: Boolean(m[6]) });
            return {
              text: m[7] ?? "",
              x1: m[3] === "start" ? x : x - w,
              x2: m[3] === "start" ? x + w : x,
              y1: y - size * 0.8,
              y2: y + size * 0.2,
            };
          });
        expect(labels.map((l) => l.text)).toContain(view.status.subject);
        for (const row of view.comparison.rows) {
          const plain = row.name.replace(/ \(\d{4}\)( \*)?$/, "");
          expect(
            labels.map((l) => l.text),
            `${name}: ${plain}`,
          ).toContain(plain);
        }
        const overlap = (a: (typeof labels)[number], b: (typeof labels)[number]) =>
          a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        for (const [i, a] of labels.entries())
          for (const b of labels.slice(i + 1))
            expect(overlap(a, b), `${name}: "${a.text}" over "${b.text}"`).toBe(false);
        const dots = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"/g)].map(
          (m) => ({ cx: num(m[1]), cy: num(m[2]), r: num(m[3]) }),
        );
        for (const l of labels)
          for (const d of dots)
            expect(
              d.cx + d.r > l.x1 && l.x2 > d.cx - d.r && d.cy + d.r > l.y1 && l.y2 > d.cy - d.r,
              `${name}: "${l.text}" over a dot at ${d.cx},${d.cy}`,
            ).toBe(false);
        const line =
          /<line x1="([\d.-]+)" y1="([\d.-]+)" x2="([\d.-]+)" y2="([\d.-]+)"[^>]*stroke-dasharray/.exec(
            svg,
          );
        const [lx1 = 0, ly1 = 0, lx2 = 1, ly2 = 0] = [
          line?.[1],
          line?.[2],
          line?.[3],
          line?.[4],
        ].map(num);
        for (const l of labels)
          for (let x = l.x1; x <= l.x2; x += 1) {
            const ly = ly1 + ((ly2 - ly1) * (x - lx1)) / (lx2 - lx1);
            expect(ly > l.y1 && ly < l.y2, `${name}: "${l.text}" across the trend line`).toBe(
              false,
            );
          }
      }
    }
  });

  it("states no growth rate from a trend fit with R² below 0.5", () => {
    for (const t of buildView(dense).comparison.trends) {
      const r2 = Number(/R² = ([0-9.]+)/.exec(t.text)?.[1]);
      if (r2 < 0.5) expect(t.text).not.toMatch(/doubling every|reaches this proposal in/);
    }
  });
});

describe("caveats", () => {
  it("states the same caveats in the model card (HTML and Markdown) and the impact report", () => {
    const moe = exampleInput("atlas-100t-moe.yaml");
    const view = buildView(moe);
    const texts = view.caveats.map((c) => c.text);
    expect(texts.some((t) => t.includes("far fewer tokens per parameter"))).toBe(true);
    expect(texts).toContain(view.status.caveat);
    const docs = renderDocuments(moe, { kind: "all", paper: "a4" });
    const decode = (html: string) =>
      html
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&#x3D;/g, "=")
        .replace(/&#x60;/g, "`")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
    for (const doc of [docs.modelCardHtml, docs.impactReportHtml])
      for (const t of texts) expect(decode(doc ?? "")).toContain(t);
    for (const t of texts)
      expect(docs.modelCardMarkdown).toContain(t.replace(/([_*[\]])/g, "\\$1"));
  });
});

describe("scaling law", () => {
  it("names, in every document, the loss law the estimate used", () => {
    const hoffmann = inputFromYaml(
      "schemaVersion: 1\nmodel: { name: X }\narchitecture: { parameters: 70B }\ntraining: { tokens: 2T, scalingLaw: hoffmann2022 }\n",
    );
    for (const input of [llama, hoffmann]) {
      const used = SCALING_LAW_NAMES[input.estimate.base.scalingLaw];
      const other = Object.values(SCALING_LAW_NAMES).find((n) => n !== used) ?? "";
      const docs = renderDocuments(input, { kind: "all", paper: "a4" });
      for (const doc of [docs.modelCardHtml, docs.modelCardMarkdown, docs.impactReportHtml]) {
        const sentence =
          /The Chinchilla[^<\n]*?predicts a pre-training loss/.exec(doc ?? "")?.[0] ?? "";
        expect(sentence).toContain(used);
        expect(sentence).not.toContain(other);
      }
    }
    expect(llama.estimate.base.scalingLaw).toBe("besiroglu2024");
    expect(hoffmann.estimate.base.scalingLaw).toBe("hoffmann2022");
  });
});

describe("model status", () => {
  it("never speaks of a proposal or a plan for a trained model, in any document", () => {
    const all = (input: typeof llama) => {
      const docs = renderDocuments(input, { kind: "all", paper: "a4" });
      return [
        docs.modelCardHtml,
        docs.modelCardMarkdown,
        docs.impactReportHtml,
        docs.dossierHtml,
        docs.dossierMarkdown,
      ].join("\n");
    };
    const trained = all(llama);
    expect(trained).not.toMatch(/propos|\bplan(s|ned)?\b/i);
    const view = buildView(llama);
    expect(view.comparison.chartTitle).toBe(
      "Parameters of notable models by year, with this model",
    );
    expect(view.comparison.chart).toContain(">this model<");
    expect(
      view.dossier.sections
        .flatMap((s) => s.fields)
        .map((f) => f.evidence)
        .join(" "),
    ).toContain("From the run's recorded inputs");
    // The same documents of a proposed model do speak of the proposal.
    expect(all(dense)).toContain("with this proposal");
  });

  it("words a trained model as trained in the card and the Hub source", () => {
    const docs = renderDocuments(llama, { kind: "card", paper: "a4" });
    expect(docs.modelCardHtml).toContain("Trained:");
    expect(docs.modelCardMarkdown).toContain("Trained:");
    expect(docs.modelCardMarkdown).not.toContain("before training");
    expect(docs.modelCardMarkdown).toContain("completed training run");
  });
});

describe("checklists in full", () => {
  it("prints every item of every checklist with no truncation", () => {
    const html = renderDocuments(dense, { kind: "impact", paper: "a4" }).impactReportHtml ?? "";
    const strip = (s: string) => s.replace(/<wbr>/g, "");
    for (const c of dense.checklists)
      for (const item of c.items) expect(strip(html)).toContain(`>${item.id}<`);
    expect(html).not.toMatch(/… and \d+ more/);
  });

  it("shows a not-applicable item as a neutral n/a, never as an unrated risk level", () => {
    let seen = 0;
    for (const name of ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"]) {
      const input = exampleInput(name);
      const html = renderDocuments(input, { kind: "impact", paper: "a4" }).impactReportHtml ?? "";
      const rows = html.replace(/<wbr>/g, "").split("<tr");
      for (const c of buildView(input).checklists)
        for (const item of c.items) {
          if (item.status !== "does not apply") {
            expect(item.riskClass).not.toBe("level-na");
            continue;
          }
          seen++;
          expect(item).toMatchObject({ risk: "n/a", riskClass: "level-na" });
          const row = rows.find((r) => r.includes(`>${item.id}<`)) ?? "";
          expect(row).toContain('class="level-na">n/a</td>');
          expect(row).not.toMatch(/unrated|level-(high|medium|low)/);
        }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("names stale answers", () => {
    const view = buildView(dense);
    const bias = view.checklists.find((c) => c.id === "bias-risk");
    expect(bias?.staleItems).toContain("data.copyright");
    expect(bias?.staleText).toBe(
      `${bias?.stale} stale ${bias?.stale === 1 ? "answer" : "answers"}`,
    );
    expect(renderDocuments(dense, { kind: "impact", paper: "a4" }).impactReportHtml).not.toMatch(
      /\b1 stale answers/,
    );
  });
});

describe("compliance dossier", () => {
  it("lays out the Annex XI fields with a status each, Section 2 for systemic risk, and gaps with keys", () => {
    const docs = renderDocuments(dense, { kind: "dossier", paper: "a4" });
    const view = buildView(dense).dossier;
    const fields = view.sections.flatMap((s) => s.fields);
    const bases = fields.map((f) => f.basis.replace(/\u00a0/g, " "));
    for (const basis of ["Annex XI 1(a)", "Annex XI 1(d)", "Annex XI 2(c)", "Annex XI 2(e)"])
      expect(bases.some((b) => b.includes(basis))).toBe(true);
    expect(bases.some((b) => b.includes("Annex XI S2"))).toBe(true);
    expect(fields.every((f) => ["provided", "estimated", "missing"].includes(f.status))).toBe(true);
    expect(fields.find((f) => f.id === "8.1")?.status).toBe("estimated");
    expect(view.gaps.every((g) => g.fillKey.length > 0)).toBe(true);
    expect(view.gaps.map((g) => g.fillKey)).toContain("model.acceptableUsePolicy");
    expect(docs.dossierHtml).toContain("Gaps to close");
    expect(docs.dossierMarkdown).toContain("| 8.1 | Energy used for training |");
    const small = buildView(llama).dossier.sections.flatMap((s) => s.fields);
    expect(small.some((f) => f.basis.includes("S2"))).toBe(false);
  });

  it("numbers its general information as the Model Documentation Form does, 1.1 to 1.6", () => {
    const general = (input: typeof dense) =>
      buildView(input).dossier.sections[0]?.fields.map((f) => [f.id, f.status, f.value]) ?? [];
    expect(general(llama).map(([id]) => id)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]);
    expect(general(llama).find(([id]) => id === "1.3")?.[1]).toBe("missing");
    const released = inputFromYaml(
      [
        "schemaVersion: 1",
        "model:",
        "  name: Released",
        "  authenticity: sha256 of the weights e3b0c44298fc1c149afbf4c8996fb924",
        "  unionReleaseDate: 2026-10-01",
        "architecture: { parameters: 1.3B }",
        "",
      ].join("\n"),
    );
    expect(general(released).find(([id]) => id === "1.3")).toEqual([
      "1.3",
      "provided",
      "sha256 of the weights e3b0c44298fc1c149afbf4c8996fb924",
    ]);
    expect(general(released).find(([id]) => id === "1.5")).toEqual([
      "1.5",
      "provided",
      "2026-10-01",
    ]);
  });

  it("fills the energy and time fields with measured figures once a run records them", () => {
    const trained = inputFromYaml(
      [
        "schemaVersion: 1",
        "model: { name: Measured }",
        "architecture: { parameters: 1.3B }",
        "training: { tokens: 20B, accelerator: nvidia-h100-sxm, acceleratorCount: 8 }",
        "actuals: { acceleratorHours: 950, energyMWh: 0.84 }",
        "",
      ].join("\n"),
    );
    const fields = buildView(trained).dossier.sections.flatMap((s) => s.fields);
    const energy = fields.find((f) => f.id === "8.1");
    expect(energy?.status).toBe("provided");
    expect(energy?.value).toMatch(/^840 kWh measured; forecast .* \(p5–p95 /);
    expect(energy?.evidence).toBe("proposal.yaml: actuals (actuals.energyMWh)");
    expect(fields.find((f) => f.id === "7.1")?.value).toMatch(/^950 h measured/);
    const forecastOnly = buildView(llama).dossier.sections.flatMap((s) => s.fields);
    expect(forecastOnly.find((f) => f.id === "8.1")?.value).not.toContain("measured");
  });
});
