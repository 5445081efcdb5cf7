import { FIGURE_LABELS, type Figure, formatQuantity } from "@forecard/core-estimates";
import type { Analysis, JudgedProposal, LocatedFinding } from "@forecard/policy";
import { type ActualsDiff, actualsChanges } from "./actuals.js";

/** One changed input of the proposal file. */
export interface InputChange {
  path: string;
  before?: string;
  after?: string;
}

/** How one figure moved between the base and the head. */
export interface FigureDelta {
  key: string;
  label: string;
  unit: string;
  before?: Figure;
  after?: Figure;
  /** after - before, in the figure's unit (absent when either side is). */
  absolute?: number;
  /** (after - before) / before x 100 (absent when before is 0 or missing). */
  percent?: number;
}

/** A checklist item whose status changed. */
export interface StatusChange {
  checklist: string;
  item: string;
  before: string;
  after: string;
}

/** Everything that changed between two versions of a proposal. */
export interface ProposalDiff {
  /** The base's name; absent base: the head is a new proposal. */
  base: string;
  /** Whether the base did not exist (a new proposal). */
  newProposal: boolean;
  head: string;
  model: string;
  inputs: InputChange[];
  figures: FigureDelta[];
  checklists: StatusChange[];
  newFindings: LocatedFinding[];
  resolvedFindings: LocatedFinding[];
  verdict: { before: string; after: string } | null;
  /** Measured figures and imported files that changed; null when neither version has actuals. */
  actuals: ActualsDiff | null;
}

const leaf = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const isRange = "low" in record && "high" in record;
    if (!isRange) {
      for (const [key, child] of Object.entries(record))
        flatten(child, prefix ? `${prefix}.${key}` : key, out);
      return;
    }
  }
  out.set(prefix, leaf(value));
}

/** Changed, added and removed input fields, by dotted path (checklist answers are compared separately). */
export function inputChanges(before: unknown, after: unknown): InputChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before ?? {}, "", a);
  flatten(after ?? {}, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])]
    // Imported measurement summaries are compared as files and measured figures instead.
    .filter((p) => !p.startsWith("checklists.") && !p.startsWith("actuals.measurements"))
    .sort();
  return paths.flatMap((path) =>
    a.get(path) === b.get(path) ? [] : [{ path, before: a.get(path), after: b.get(path) }],
  );
}

/** Every figure that moved, with absolute and percentage change. */
export function figureDeltas(before: Analysis | undefined, after: Analysis): FigureDelta[] {
  const b = before?.estimate.base.figures ?? {};
  const a = after.estimate.base.figures;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.flatMap((key) => {
    const x = b[key];
    const y = a[key];
    if (x && y && x.value === y.value && x.p5 === y.p5 && x.p95 === y.p95) return [];
    const absolute = x && y ? y.value - x.value : undefined;
    const percent = x && y && x.value !== 0 ? ((y.value - x.value) / x.value) * 100 : undefined;
    return [
      {
        key,
        label: FIGURE_LABELS[key] ?? key,
        unit: (y ?? x)?.unit ?? "",
        before: x,
        after: y,
        absolute,
        percent,
      },
    ];
  });
}

/** Checklist items whose status changed (unanswered counts as a status). */
export function statusChanges(before: Analysis | undefined, after: Analysis): StatusChange[] {
  const old = new Map<string, string>();
  for (const c of before?.checklists ?? [])
    for (const i of c.items) old.set(`${c.checklist.id}\u0000${i.id}`, i.status);
  const out: StatusChange[] = [];
  for (const c of after.checklists) {
    for (const i of c.items) {
      const was = old.get(`${c.checklist.id}\u0000${i.id}`) ?? "unanswered";
      if (was !== i.status)
        out.push({ checklist: c.checklist.id, item: i.id, before: was, after: i.status });
    }
  }
  return out;
}

const identity = (f: LocatedFinding) =>
  `${f.ruleId}\u0000${f.path.join("\u0001")}\u0000${f.scenario ?? ""}`;

/** Compares two judged versions of a proposal; no base means the head is new. */
export function diffProposals(
  base: JudgedProposal | undefined,
  head: JudgedProposal,
  names: { base: string; head: string },
  withPolicy: boolean,
): ProposalDiff {
  const before = new Set((base?.findings ?? []).map(identity));
  const after = new Set(head.findings.map(identity));
  return {
    ...names,
    newProposal: base === undefined,
    model: head.model,
    inputs: inputChanges(base?.analysis.raw, head.analysis.raw),
    figures: figureDeltas(base?.analysis, head.analysis),
    checklists: statusChanges(base?.analysis, head.analysis),
    newFindings: head.findings.filter((f) => !before.has(identity(f))),
    resolvedFindings: (base?.findings ?? []).filter((f) => !after.has(identity(f))),
    verdict: withPolicy ? { before: base?.verdict ?? "none", after: head.verdict } : null,
    actuals: actualsChanges(base?.analysis, head.analysis),
  };
}

/** A figure's value with its p5–p95 range, for tables. */
export function describeFigure(figure: Figure | undefined): string {
  if (!figure) return "—";
  const value = formatQuantity(figure.value, figure.unit);
  const p5 = formatQuantity(figure.p5, figure.unit);
  const p95 = formatQuantity(figure.p95, figure.unit);
  return p5 === p95 ? value : `${value} (${p5} – ${p95})`;
}
