import {
  BESIROGLU_2024,
  COMPARISON_ENERGY_BOUNDARY,
  type ComparisonRow,
  compareWithReferences,
  computeOptimal,
  type Estimate,
  FIGURE_LABELS,
  FIGURE_SECTIONS,
  type Figure,
  fitPolynomial,
  formatFigure,
  formatQuantity,
  groupDigits,
  HOFFMANN_2022,
  MIN_TREND_R2,
  REFERENCE_MODELS,
  SCALING_LAW_NAMES,
  SCENARIO_HEADLINES,
  type ScenarioEstimate,
  SOURCES,
  TREND_CAVEATS,
  trendExtrapolation,
  withSeparators,
  withSignificantDigits,
} from "@forecard/core-estimates";
import { type ChecklistStatus, RISK_THRESHOLDS } from "@forecard/ethics-checklist";
import type { Proposal } from "@forecard/schema";
import { format } from "date-fns/format";
import { parseISO } from "date-fns/parseISO";
import { actualsView } from "./actuals-view.js";
import { buildBrief } from "./brief.js";
import { heatMap } from "./charts/heat-map.js";
import { lossChart } from "./charts/loss-chart.js";
import { rangeChart } from "./charts/range-chart.js";
import { tornadoChart } from "./charts/tornado-chart.js";
import { trendChart } from "./charts/trend-chart.js";
import { count } from "./count.js";
import { buildDossier } from "./dossier.js";
import { type StatusWording, statusWording } from "./status-wording.js";
import {
  type CalibrationRow,
  calibrationBox,
  substitutedFormulas,
  tracedInputs,
} from "./traceability.js";

/** Everything a report is made from; the caller gathers it, so rendering does no estimating. */
export interface ReportInput {
  proposal: Proposal;
  /** The proposal file as the user named it. */
  file: string;
  sha256: string;
  estimate: { base: Estimate; scenarios: ScenarioEstimate[] };
  checklists: ChecklistStatus[];
  /** Report date, YYYY-MM-DD (`--date`); fixes every date shown. */
  date: string;
  forecardVersion: string;
  monteCarlo: { samples: number; seed: number };
  /** Policy verdict and findings, when a policy was applied. */
  policy?: {
    name: string;
    verdict: "pass" | "fail";
    findings: { rule: string; severity: string; message: string; path: string }[];
  };
  /** The backtest of published runs (`runBacktest`), for the calibration box; omitted, the box says so. */
  calibration?: readonly CalibrationRow[];
}

const text = (value: string | undefined | null) => value ?? "";

function figureRow(key: string, figure: Figure) {
  // ranged: whether there is a spread to show (range is then p5 – p95, else "no spread").
  const { value, range, ranged } = formatFigure(figure);
  return {
    key,
    label: FIGURE_LABELS[key] ?? key,
    value,
    range,
    ranged,
    formula: figure.formula,
    sources: figure.sources.join("; "),
  };
}

// Sections the CLI shares; energy, carbon, water and cost get a report section each.
const sectionKeys = (title: string) =>
  FIGURE_SECTIONS.find(([heading]) => heading === title)?.[1] ?? [];

const GROUPS = {
  scale: sectionKeys("Scale and compute"),
  memory: sectionKeys("Memory and hardware"),
  time: sectionKeys("Time"),
  energy: ["energy.trainingMWh"],
  carbon: [
    "carbon.trainingOperationalTCO2e",
    "carbon.trainingMarketBasedTCO2e",
    "carbon.embodiedTCO2e",
    "carbon.trainingTotalTCO2e",
  ],
  water: ["water.trainingKL"],
  cost: ["cost.electricityUsd", "cost.trainingUsd"],
  inference: sectionKeys("Inference"),
  scaling: sectionKeys("Scaling and data"),
};

function groups(estimate: Estimate) {
  const rows = (keys: readonly string[]) =>
    keys.flatMap((key) => {
      const figure = estimate.figures[key];
      return figure ? [figureRow(key, figure)] : [];
    });
  return Object.fromEntries(
    Object.entries(GROUPS).map(([name, keys]) => [name, rows(keys)]),
  ) as Record<keyof typeof GROUPS, ReturnType<typeof figureRow>[]>;
}

function percentChange(base: number, other: number): string {
  const percent = ((other - base) / base) * 100;
  if (Math.abs(percent) < 0.5) return "=";
  if (percent >= 100) return `x${Number((other / base).toPrecision(3))}`;
  return `${percent > 0 ? "+" : ""}${percent.toFixed(0)}%`;
}

const KEY_FIGURES = [
  "parameters.total",
  "compute.trainingFlops",
  "time.wallClockDays",
  "energy.trainingMWh",
  "carbon.trainingTotalTCO2e",
  "water.trainingKL",
  "cost.trainingUsd",
  "inference.annualTCO2e",
];

function scenarioView(base: Estimate, scenarios: ScenarioEstimate[]) {
  if (scenarios.length === 0) return null;
  const columns = ["Base", ...scenarios.map((s) => s.name)];
  const rows = SCENARIO_HEADLINES.flatMap((key) => {
    const figure = base.figures[key];
    if (!figure) return [];
    return [
      {
        label: FIGURE_LABELS[key] ?? key,
        cells: [base, ...scenarios].map((e) => {
          const f = e.figures[key];
          if (!f) return { value: "—", change: "" };
          const change =
            e === base || figure.value === 0 ? "" : percentChange(figure.value, f.value);
          return { value: formatQuantity(f.value, f.unit), change };
        }),
      },
    ];
  });
  const charts = [
    "energy.trainingMWh",
    "carbon.trainingTotalTCO2e",
    "cost.trainingUsd",
    "time.wallClockDays",
  ].flatMap((key) => {
    const all = [
      { name: "base", estimate: base },
      ...scenarios.map((s) => ({ name: s.name, estimate: s })),
    ];
    const bars = all.flatMap(({ name, estimate }) => {
      const f = estimate.figures[key];
      return f
        ? [
            {
              label: name,
              value: f.value,
              p5: f.p5,
              p95: f.p95,
              valueText: formatQuantity(f.value, f.unit),
            },
          ]
        : [];
    });
    const title = `${FIGURE_LABELS[key] ?? key} by scenario`;
    return bars.length > 1 ? [{ title, svg: rangeChart(title, bars) }] : [];
  });
  return {
    columns,
    rows,
    descriptions: scenarios.map((s) => ({ name: s.name, description: text(s.description) })),
    charts,
  };
}

function tornadoView(estimate: Estimate) {
  const charts = (
    ["energy.trainingMWh", "carbon.trainingTotalTCO2e", "cost.trainingUsd"] as const
  ).flatMap((key) => {
    const figure = estimate.figures[key];
    const swings = estimate.sensitivity.filter((s) => s.figure === key).slice(0, 8);
    if (!figure || swings.length === 0) return [];
    const title = `Sensitivity of ${FIGURE_LABELS[key] ?? key}`;
    return [
      {
        title,
        // The swings move one input from the likely point, so the axis is the figure there.
        svg: tornadoChart(
          title,
          figure.likely,
          formatQuantity(figure.likely, figure.unit),
          swings.map((s) => ({
            label: s.input,
            atLow: s.atLow,
            atHigh: s.atHigh,
            lowText: formatQuantity(s.atLow, figure.unit),
            highText: formatQuantity(s.atHigh, figure.unit),
          })),
        ),
      },
    ];
  });
  return charts;
}

const lossRange = (f: Figure) => `${f.value.toFixed(2)} (${f.p5.toFixed(2)}-${f.p95.toFixed(2)})`;

function lossView(base: Estimate, scenarios: ScenarioEstimate[], subject: string) {
  const flops = base.figures["compute.trainingFlops"]?.value;
  const loss = base.figures["scaling.predictedLoss"]?.value;
  if (flops === undefined || loss === undefined) return null;
  const points = [{ flops, loss, label: subject }];
  for (const s of scenarios) {
    const f = s.figures["compute.trainingFlops"]?.value;
    const l = s.figures["scaling.predictedLoss"]?.value;
    if (f !== undefined && l !== undefined && (f !== flops || l !== loss))
      points.push({ flops: f, loss: l, label: s.name });
  }
  const lowest = Math.min(...points.map((p) => p.flops)) / 1000;
  const highest = Math.max(...points.map((p) => p.flops)) * 10;
  const frontier = Array.from({ length: 25 }, (_, i) => {
    const c = lowest * (highest / lowest) ** (i / 24);
    // The same law as the figures, for both the split and the loss.
    const law = base.scalingLaw === "hoffmann2022" ? HOFFMANN_2022 : BESIROGLU_2024;
    return { flops: c, loss: computeOptimal(c, law).loss, label: "" };
  });
  const figure = (key: string) => base.figures[key];
  const optimalN = figure("scaling.computeOptimalParametersForCompute");
  const optimalD = figure("scaling.computeOptimalTokensForCompute");
  const optimalL = figure("scaling.computeOptimalLoss");
  const lawName = SCALING_LAW_NAMES[base.scalingLaw];
  const predictedLoss = lossRange(base.figures["scaling.predictedLoss"] as Figure);
  return {
    chart: lossChart("Predicted loss against training compute", frontier, points),
    optimalParameters: optimalN ? formatQuantity(optimalN.value, "parameters") : "—",
    optimalTokens: optimalD ? formatQuantity(optimalD.value, "tokens") : "—",
    lawName,
    // The card's one sentence on loss, shared by its HTML and Markdown forms.
    cardSentence: `The Chinchilla scaling law, as fitted by ${lawName}, predicts a pre-training loss of ${predictedLoss} nats per token.`,
    // Two decimals and the range: the loss extrapolates far past the fitted compute.
    optimalLoss: optimalL ? lossRange(optimalL) : "—",
    predictedLoss,
  };
}

// "Art. 5" before "Art. 10": compare digit runs as numbers.
function naturalOrder(coverage: Record<string, boolean>) {
  return Object.entries(coverage)
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([ref, covered]) => ({ ref, covered }));
}

function trendView(
  title: string,
  field: "parametersTotal" | "trainingFlops",
  mine: number | undefined,
  planYear: number,
  named: ReadonlySet<string>,
  subject: string,
): string {
  if (mine === undefined) return "";
  const points = REFERENCE_MODELS.flatMap((m) => {
    const value = m[field]?.value;
    return value === undefined ? [] : [{ year: m.year, value, label: m.name }];
  });
  const fit = fitPolynomial(
    points.map((p) => p.year),
    points.map((p) => Math.log10(p.value)),
    1,
  );
  return trendChart(
    title,
    points,
    { year: planYear, value: mine, label: subject },
    {
      intercept: fit.coefficients[0] ?? 0,
      slope: fit.coefficients[1] ?? 0,
      xCentre: fit.xCentre,
      r2: fit.r2,
    },
    named,
  );
}

const mwh = (value: number) => `${withSignificantDigits(value, 4)} MWh`;

/** How each reference energy reached the facility boundary, said once under the comparison table. */
export function energyBoundaryNote(rows: readonly ComparisonRow[]): string {
  const each = rows.flatMap((r) => {
    const e = r.energy;
    if (!e) return [];
    return e.boundary === "facility"
      ? [`${r.name}: ${mwh(e.publishedMWh)} as published, PUE included`]
      : [
          `${r.name}: ${mwh(e.publishedMWh)} published without PUE, converted to ${mwh(e.facilityMWh)} with PUE ${e.pue} (${e.pueSource})`,
        ];
  });
  const converted = rows.some((r) => r.energy?.boundary === "it");
  return `Energy ratios are on one boundary, ${COMPARISON_ENERGY_BOUNDARY} (accelerators × PUE, or whole servers × PUE with datacenter.accountingBoundary: servers). ${
    each.length
      ? `${each.join("; ")}.${converted ? "" : " None needed converting."}`
      : "None of these models publishes its training energy."
  } Models without a published energy show —. Carbon ratios divide by each model's published carbon, whose grid and boundary are the publisher's.`;
}

function comparisonView(base: Estimate, planYear: number, wording: StatusWording) {
  const subject = wording.subject;
  const { rows, ranks } = compareWithReferences(base);
  const times = (r: number | undefined) =>
    r === undefined ? "—" : `×${withSignificantDigits(r, 3)}`;
  const named = new Set(rows.map((r) => r.name));
  const trends = trendExtrapolation(base).map((t) => {
    const fit = `${t.quantity}, ${t.kind} fit (n = ${t.n}, R² = ${t.r2.toFixed(2)})`;
    if (t.r2 < MIN_TREND_R2)
      return {
        text: `${fit}: too weak a fit (R² below ${MIN_TREND_R2}) to state a growth rate or a year; none is given.`,
      };
    return {
      text: `${fit}${t.doublingYears === undefined ? ", not growing" : `, doubling every ${t.doublingYears.toFixed(2)} years`}: ${
        t.reachYear === undefined
          ? `does not reach ${subject} by 2200`
          : `reaches ${subject} in ${t.reachYear} (95% prediction interval ${t.reachYearEarliest ?? "never"} to ${t.reachYearLatest ?? "after 2200"})`
      }`,
    };
  });
  const estimated = new Map(
    REFERENCE_MODELS.map((m) => [
      m.id,
      [m.parametersTotal, m.trainingFlops, m.energyMWh, m.tCO2e].some((v) => v?.estimate),
    ]),
  );
  return {
    rows: rows.map((r) => ({
      name: `${r.name} (${r.year})${estimated.get(r.id) ? " *" : ""}`,
      parameters: times(r.ratios.parameters),
      compute: times(r.ratios["training compute"]),
      energy: times(r.ratios["training energy"]),
      carbon: times(r.ratios["operational carbon"]),
      sources: r.sources.join("; "),
    })),
    ranks: ranks.map((r) => `${r.metric}: ${r.rank} of ${r.of}`).join("; "),
    energyNote: energyBoundaryNote(rows),
    chartTitle: `Parameters of notable models by year, with ${subject}`,
    chart: trendView(
      `Parameters of notable models by year, with ${subject}`,
      "parametersTotal",
      base.figures["parameters.total"]?.value,
      planYear,
      named,
      subject,
    ),
    computeChartTitle: `Training compute of notable models by year, with ${subject}`,
    computeChart: trendView(
      `Training compute of notable models by year, with ${subject}`,
      "trainingFlops",
      base.figures["compute.trainingFlops"]?.value,
      planYear,
      named,
      subject,
    ),
    trends,
    caveats: TREND_CAVEATS,
  };
}

function checklistView(status: ChecklistStatus) {
  // Items the proposal's facts rule out (systemic-risk duties below the threshold) are not counted as applicable.
  const outOfScope = status.items.filter((i) => !i.applicable).length;
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const item of status.items) {
    const risk = item.applicable ? (item.residual ?? item.inherent) : undefined;
    const row = risk ? counts[risk.likelihood - 1] : undefined;
    if (risk && row) row[risk.severity - 1] = (row[risk.severity - 1] ?? 0) + 1;
  }
  const order = { high: 0, medium: 1, low: 2 } as const;
  const open = status.items
    .filter((i) => i.applicable && (i.status === "open" || i.status === "unanswered"))
    .sort((a, b) => order[a.level] - order[b.level] || a.id.localeCompare(b.id, "en"));
  const s = status.summary;
  const riskText = (r: { likelihood: number; severity: number; level: string } | undefined) =>
    r ? `${r.level} (L${r.likelihood}×S${r.severity})` : "";
  return {
    id: status.checklist.id,
    title: status.checklist.title,
    version: status.checklist.version,
    completeness: `${Math.round(s.completeness * 100)}%`,
    summary: `${s.done} done, ${s.notApplicable} answered not applicable, ${s.open} open, ${s.unanswered} unanswered of ${s.applicable} applicable items${outOfScope > 0 ? `; ${outOfScope} more do not apply to this model` : ""}`,
    openHigh: s.openByLevel.high,
    openMedium: s.openByLevel.medium,
    openLow: s.openByLevel.low,
    stale: s.stale,
    staleText: `${s.stale} stale ${s.stale === 1 ? "answer" : "answers"}`,
    staleItems: status.items
      .filter((i) => i.applicable && i.stale)
      .map((i) => `${i.id} (${i.reviewedAt ? `reviewed ${i.reviewedAt}` : "never reviewed"})`)
      .join(", "),
    missingEvidence: s.missingEvidence,
    heatMap: heatMap(
      `${status.checklist.title}: rated items by likelihood and severity`,
      counts,
      RISK_THRESHOLDS,
    ),
    openItems: open.map((i) => ({
      id: i.id,
      question: i.question,
      status: i.status,
      level: i.level,
      rated: i.rated,
      owner: text(i.owner),
    })),
    // Every item, in checklist order: nothing is cut, so the key question is never hidden.
    items: status.items.map((i) => ({
      id: i.id,
      section: i.section,
      question: i.question,
      status: i.applicable ? i.status : "does not apply",
      level: i.level,
      open: i.applicable && (i.status === "open" || i.status === "unanswered"),
      evidence: text(i.evidence ?? i.justification),
      mitigation: text(i.mitigation),
      owner: text(i.owner),
      inherent: riskText(i.inherent),
      residual: riskText(i.residual),
      ...itemRisk(i, riskText),
      reviewed: text(i.reviewedAt),
      stale: i.stale,
      missingEvidence: i.missingEvidence,
      disclosed: i.answeredFrom === "disclosed",
    })),
    orphans: status.orphans.join(", "),
    notes: status.notes,
    coverage: {
      euAiAct: naturalOrder(status.coverage.euAiAct),
      nistAiRmf: naturalOrder(status.coverage.nistAiRmf),
    },
  };
}

/**
 * The risk column of a checklist item and its colour class: "n/a" in a neutral style for an item
 * that does not apply, else the rating (inherent → residual), else the default level (unrated).
 */
function itemRisk(
  item: ChecklistStatus["items"][number],
  riskText: (r: ChecklistStatus["items"][number]["inherent"]) => string,
): { risk: string; riskClass: string } {
  if (!item.applicable) return { risk: "n/a", riskClass: "level-na" };
  const inherent = riskText(item.inherent);
  const residual = riskText(item.residual);
  return {
    risk: inherent ? `${inherent}${residual ? ` → ${residual}` : ""}` : `${item.level} (unrated)`,
    riskClass: `level-${item.level}`,
  };
}

function verdictView(input: ReportInput) {
  const warnings = input.estimate.base.warnings.length;
  const openHigh = input.checklists.reduce((n, c) => n + c.summary.openByLevel.high, 0);
  if (input.policy) {
    const errors = input.policy.findings.filter((f) => f.severity === "error").length;
    return {
      label: input.policy.verdict === "pass" ? "PASS" : "FAIL",
      tone: input.policy.verdict,
      detail: `Policy "${input.policy.name}": ${errors} blocking ${errors === 1 ? "finding" : "findings"}, ${input.policy.findings.length - errors} ${input.policy.findings.length - errors === 1 ? "warning" : "warnings"}.`,
    };
  }
  return {
    label: "NOT JUDGED",
    tone: "none",
    detail: `No policy was applied. ${warnings} estimate warnings; ${openHigh} open high risks in the checklists.`,
  };
}

/** The policy's verdict and each broken rule, worded for the model card's caveats. */
function policyCaveats(input: ReportInput): string[] {
  if (!input.policy) return [];
  const errors = input.policy.findings.filter((f) => f.severity === "error").length;
  return [
    `Policy "${input.policy.name}": ${input.policy.verdict.toUpperCase()} (${count(errors, "blocking finding")}, ${count(input.policy.findings.length - errors, "warning")}).`,
    // Findings usually open with their rule id; it is not repeated.
    ...input.policy.findings.map(
      (f) =>
        `${f.severity}: ${f.message.startsWith(f.rule) ? f.message : `${f.rule}: ${f.message}`}`,
    ),
  ];
}

/** A caveat every document states in the same words; `policy` marks the policy's verdict and findings. */
export interface Caveat {
  text: string;
  policy: boolean;
}

/**
 * The caveats of the model card and the impact report, from one list: the policy's, the
 * proposal's own (`card.caveats`), the status caveat, and the measured-figures note. Estimator
 * warnings are listed beside them by each document.
 */
function caveatsOf(input: ReportInput, wording: StatusWording, measured: boolean): Caveat[] {
  return [
    ...policyCaveats(input).map((text) => ({ text, policy: true })),
    ...(input.proposal.card?.caveats ?? []).map((text) => ({ text, policy: false })),
    { text: wording.caveat, policy: false },
    ...(measured
      ? [
          {
            text: "Figures marked measured come from the run's measurements; the others are Forecard's estimates.",
            policy: false,
          },
        ]
      : []),
  ];
}

function parametersText(estimate: Estimate): string {
  const total = estimate.figures["parameters.total"];
  const active = estimate.figures["parameters.active"];
  if (!total) return "parameter count not given";
  const text = formatQuantity(total.value, "parameters");
  return active && active.value !== total.value
    ? `${text}, ${formatQuantity(active.value, "parameters")} active per token`
    : text;
}

const SHORT_CARBON_LABELS: Record<string, string> = {
  "carbon.trainingOperationalTCO2e": "Location-based",
  "carbon.trainingMarketBasedTCO2e": "Market-based",
  "carbon.embodiedTCO2e": "Embodied",
  "carbon.trainingTotalTCO2e": "Total",
};

/**
 * Every source cited anywhere in the estimate, numbered, in first-use order; the proposal itself
 * is named by its file and hash rather than as "the proposal's own input".
 */
function allSources(estimate: Estimate, file: string, sha256: string, source: string): string[] {
  const own = SOURCES.owner;
  const seen = new Set<string>();
  for (const figure of Object.values(estimate.figures)) for (const s of figure.sources) seen.add(s);
  for (const a of estimate.assumptions) for (const s of a.sources) seen.add(s);
  return [...seen].map((s) =>
    s === own ? `${file}, ${source} (SHA-256 ${sha256.slice(0, 12)}…): its own inputs` : s,
  );
}

// Large numbers as 3e14 rather than 300000000000000, so assumption tables stay readable.
function compactNumber(n: number): string {
  return Math.abs(n) >= 1e6
    ? n.toExponential().replace("e+", "e")
    : groupDigits(String(Number(n.toPrecision(6))));
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") return compactNumber(value);
  if (typeof value === "object") {
    const r = value as { low?: number; likely?: number; high?: number };
    if (r.low !== undefined && r.likely !== undefined && r.high !== undefined) {
      return `${compactNumber(r.low)} / ${compactNumber(r.likely)} / ${compactNumber(r.high)} (low / likely / high)`;
    }
  }
  return String(value);
}

/**
 * Builds the view the templates render: every field defined (templates run in Handlebars strict
 * mode), numbers formatted, charts drawn as SVG. Pure.
 */
export function buildView(input: ReportInput) {
  const { proposal, estimate } = input;
  const base = estimate.base;
  const model = proposal.model;
  const card = proposal.card ?? {};
  const training = proposal.training ?? {};
  const figures = base.figures;
  const energy = figures["energy.trainingMWh"];
  const wording = statusWording(model.status);
  const actuals = actualsView(proposal, base);
  const keyFigures = KEY_FIGURES.flatMap((key) => {
    const figure = figures[key];
    return figure ? [figureRow(key, figure)] : [];
  });
  const carbonRows = groups(base).carbon;
  const carbonChart =
    carbonRows.length > 1
      ? rangeChart(
          "Carbon: operational (location- and market-based) and embodied",
          carbonRows.map((r) => {
            const f = figures[r.key] as Figure;
            return {
              label: SHORT_CARBON_LABELS[r.key] ?? r.label,
              value: f.value,
              p5: f.p5,
              p95: f.p95,
              valueText: r.value,
            };
          }),
        )
      : "";
  return {
    meta: {
      title: `${model.name}: impact report`,
      modelName: model.name,
      version: text(model.version),
      organization: text(model.organization),
      file: input.file,
      date: format(parseISO(input.date), "d MMMM yyyy"),
      isoDate: input.date,
      forecardVersion: input.forecardVersion,
      sha256: input.sha256,
      sha256Short: input.sha256.slice(0, 12),
      samples: withSeparators(input.monteCarlo.samples),
      seed: input.monteCarlo.seed,
    },
    model: {
      description: text(model.description),
      intendedUse: model.intendedUse ?? [],
      outOfScopeUse: model.outOfScopeUse ?? [],
      license: text(model.license),
      languages: (model.languages ?? []).join(", "),
      tags: (model.tags ?? []).join(", "),
      contact: text(model.contact),
      deployment: model.deployment ?? "public",
      generalPurpose: model.generalPurpose ?? true,
      accelerator: text(training.accelerator),
      acceleratorCount:
        training.acceleratorCount === undefined ? "" : describeValue(training.acceleratorCount),
      location: text(proposal.datacenter?.location),
      precision: text(training.precision),
      parameters: parametersText(base),
    },
    card: {
      factors: card.factors ?? [],
      metrics: card.metrics ?? [],
      trainingData: text(card.trainingData),
      evaluationData: text(card.evaluationData),
      ethicalConsiderations: card.ethicalConsiderations ?? [],
      caveats: card.caveats ?? [],
      results: (card.results ?? []).map((r) => ({
        task: r.task,
        dataset: r.datasetName ?? r.dataset,
        metric: r.metric,
        value: String(r.value),
        group: text(r.group),
      })),
      // The group column is shown only when some result names a group.
      resultGroups: (card.results ?? []).some((r) => r.group),
    },
    verdict: verdictView(input),
    brief: buildBrief(input),
    status: {
      ...wording,
      id: model.status ?? "proposed",
    },
    policyCaveats: policyCaveats(input),
    caveats: caveatsOf(input, wording, Boolean(actuals)),
    traceability: {
      inputs: tracedInputs(proposal, base, input.file, input.date).map((row) =>
        row.origin === "proposal" ? { ...row, origin: originLabel(wording) } : row,
      ),
      formulas: substitutedFormulas(proposal, base, input.file, KEY_FIGURES),
      calibration: input.calibration ? calibrationBox(input.calibration) : [],
    },
    dossier: buildDossier(proposal, base, input.checklists, input.file),
    keyFigures,
    groups: groups(base),
    carbonChart,
    energyPerDay:
      energy && figures["time.wallClockDays"]
        ? formatQuantity(energy.value / (figures["time.wallClockDays"] as Figure).value, "MWh")
        : "",
    warnings: base.warnings.map((w) => ({ code: w.code, message: w.message, path: text(w.path) })),
    assumptions: base.assumptions.map((a) => ({
      path: a.path,
      value: describeValue(a.value),
      note: a.note,
      sources: a.sources.join("; "),
    })),
    sources: allSources(base, input.file, input.sha256, wording.source),
    methodology: Object.entries(figures).map(([key, f]) => ({
      key,
      label: FIGURE_LABELS[key] ?? key,
      unit: f.unit,
      formula: f.formula,
      inputs: f.inputs.join(", "),
    })),
    tornado: tornadoView(base),
    loss: lossView(base, estimate.scenarios, wording.subject),
    comparison: comparisonView(base, Number((training.start ?? input.date).slice(0, 4)), wording),
    scenarios: scenarioView(base, estimate.scenarios),
    actuals,
    checklists: input.checklists.map(checklistView),
    policy: input.policy
      ? { name: input.policy.name, verdict: input.policy.verdict, findings: input.policy.findings }
      : null,
  };
}

// The traceability table's origin column names the input file the way the status words it.
const originLabel = (wording: StatusWording) => wording.source.replace(/^the /, "");

/** The view the templates render. */
export type ReportView = ReturnType<typeof buildView>;
