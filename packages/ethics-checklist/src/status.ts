import type { Checklist, Proposal } from "@forecard/schema";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import { applies, type ChecklistFacts } from "./facts.js";
import { type Risk, type RiskLevel, rateRisk } from "./risk.js";

type Answer = NonNullable<
  NonNullable<NonNullable<Proposal["checklists"]>[string]["answers"]>[string]
>;

/** Where one item stands for a proposal. */
export interface ItemStatus {
  id: string;
  section: string;
  question: string;
  applicable: boolean;
  status: "done" | "open" | "not-applicable" | "unanswered";
  inherent?: Risk;
  residual?: Risk;
  /** The level that counts: residual, else inherent, else the item's default severity (unrated). */
  level: RiskLevel;
  rated: boolean;
  owner?: string;
  reviewer?: string;
  reviewedAt?: string;
  /** Evidence as text: the answer's text, URL or file (with its hash), or the disclosed figures. */
  evidence?: string;
  mitigation?: string;
  justification?: string;
  /** Who answered: the proposal, or Forecard from figures its documents disclose. */
  answeredFrom?: "proposal" | "disclosed";
  /** Reviewed longer ago than the allowed age, or a done answer never reviewed. */
  stale: boolean;
  /** Done, evidence required, none given. */
  missingEvidence: boolean;
  references: NonNullable<Checklist["sections"][number]["items"][number]["references"]>;
}

/** A checklist evaluated against a proposal's answers. */
export interface ChecklistStatus {
  checklist: { id: string; version: string; title: string };
  /** Version the answers were given against, when the proposal records it. */
  answeredVersion?: string;
  items: ItemStatus[];
  summary: {
    applicable: number;
    done: number;
    notApplicable: number;
    open: number;
    unanswered: number;
    /** (done + not-applicable) / applicable, 0 to 1; 1 when nothing applies. */
    completeness: number;
    /** Open or unanswered applicable items by level. */
    openByLevel: Record<RiskLevel, number>;
    stale: number;
    missingEvidence: number;
  };
  /** Answers whose item id the checklist does not have (e.g. after a version change). */
  orphans: string[];
  /**
   * Each framework reference cited by an applicable item, and whether every such item is settled
   * and current; EU AI Act references only from the frame that governs the model.
   */
  coverage: { euAiAct: Record<string, boolean>; nistAiRmf: Record<string, boolean> };
  notes: string[];
}

/** Options of {@link checklistStatus}. */
export interface StatusOptions {
  /** The date to judge staleness against, YYYY-MM-DD; inject it for reproducible results. */
  today: string;
  /** Answers reviewed more than this many days before `today` are stale. @default 365 */
  maxAgeDays?: number;
}

function evidenceText(evidence: Answer["evidence"]): string | undefined {
  if (evidence === undefined) return undefined;
  if (typeof evidence === "string") return evidence;
  const parts = [evidence.url, evidence.file, evidence.sha256 && `sha256 ${evidence.sha256}`];
  return parts.filter(Boolean).join(", ");
}

function itemStatus(
  item: Checklist["sections"][number]["items"][number],
  section: string,
  answer: Answer | undefined,
  facts: ChecklistFacts,
  options: StatusOptions,
): ItemStatus {
  const inherent = rateRisk(answer?.likelihood, answer?.severity);
  const residual = rateRisk(answer?.residualLikelihood, answer?.residualSeverity);
  const disclosed =
    !answer &&
    item.answeredByFigures !== undefined &&
    item.answeredByFigures.length > 0 &&
    item.answeredByFigures.every((key) => facts.disclosedFigures?.includes(key));
  if (disclosed) {
    return {
      id: item.id,
      section,
      question: item.question,
      applicable: applies(item, facts),
      status: "done",
      level: item.severity,
      rated: false,
      owner: "Forecard (this document)",
      reviewedAt: options.today,
      evidence: `Disclosed in this document: ${item.answeredByFigures?.join(", ")}`,
      answeredFrom: "disclosed",
      stale: false,
      missingEvidence: false,
      references: item.references ?? {},
    };
  }
  const status = answer?.status ?? "unanswered";
  const age = answer?.reviewedAt
    ? differenceInCalendarDays(parseISO(options.today), parseISO(answer.reviewedAt))
    : undefined;
  const stale = status === "done" && (age === undefined || age > (options.maxAgeDays ?? 365));
  return {
    id: item.id,
    section,
    question: item.question,
    applicable: applies(item, facts),
    status,
    inherent,
    residual,
    level: (residual ?? inherent)?.level ?? item.severity,
    rated: Boolean(residual ?? inherent),
    owner: answer?.owner,
    reviewer: answer?.reviewer,
    reviewedAt: answer?.reviewedAt,
    evidence: evidenceText(answer?.evidence),
    mitigation: answer?.mitigation,
    justification: answer?.justification,
    answeredFrom: answer ? "proposal" : undefined,
    stale,
    missingEvidence: status === "done" && item.evidenceRequired && answer?.evidence === undefined,
    references: item.references ?? {},
  };
}

// Chapter V of the EU AI Act (Art. 51-56, Annexes XI-XIII) governs general-purpose models;
// Chapter III (Art. 6-49, Annexes III-IV) and Art. 72-73 govern high-risk systems. The rest
// (Art. 5 prohibitions, Art. 50 transparency) applies to both.
const GPAI_ONLY = /^(Annex (XI|XII|XIII)|Art\. 5[1-6])\b/;
const HIGH_RISK_ONLY = /^(Annex (III|IV)|Art\. ([6-9]|[1-3]\d|4[0-9]|7[23]))\b/;

/** Whether an EU AI Act reference belongs to the frame that governs the model (general-purpose or not). */
export function inRegulatoryFrame(reference: string, generalPurpose: boolean): boolean {
  return !(generalPurpose ? HIGH_RISK_ONLY : GPAI_ONLY).test(reference);
}

function coverageOf(
  items: ItemStatus[],
  framework: "euAiAct" | "nistAiRmf",
  facts: ChecklistFacts,
): Record<string, boolean> {
  // A reference is covered only when every applicable item citing it is settled and current:
  // one done item beside an open one, or a stale answer, does not earn a tick.
  const coverage: Record<string, boolean> = {};
  for (const item of items) {
    if (!item.applicable) continue;
    for (const reference of item.references[framework] ?? []) {
      if (framework === "euAiAct" && !inRegulatoryFrame(reference, facts.generalPurpose)) continue;
      const settled = (item.status === "done" || item.status === "not-applicable") && !item.stale;
      coverage[reference] = (coverage[reference] ?? true) && settled;
    }
  }
  // Code-unit order: the same everywhere, and without loading ICU's collation data (about 14 ms
  // of a one-shot command's start-up).
  return Object.fromEntries(
    Object.entries(coverage).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * Evaluates a checklist against a proposal's answers: applicability, completeness, risk levels,
 * staleness, missing evidence, orphaned answers and framework coverage. Pure.
 */
export function checklistStatus(
  checklist: Checklist,
  proposal: Proposal,
  facts: ChecklistFacts,
  options: StatusOptions,
): ChecklistStatus {
  // Own properties only: an id such as toLocaleString must not find an Object method.
  const own = <T>(record: Record<string, T> | undefined, key: string) =>
    record && Object.hasOwn(record, key) ? record[key] : undefined;
  const block = own(proposal.checklists, checklist.id);
  const answers = block?.answers ?? {};
  const items = checklist.sections.flatMap((section) =>
    section.items.map((item) =>
      itemStatus(item, section.title, own(answers, item.id), facts, options),
    ),
  );
  const known = new Set(items.map((i) => i.id));
  const orphans = Object.keys(answers).filter((id) => !known.has(id));
  const applicable = items.filter((i) => i.applicable);
  const count = (status: ItemStatus["status"]) =>
    applicable.filter((i) => i.status === status).length;
  const pending = applicable.filter((i) => i.status === "open" || i.status === "unanswered");
  const openByLevel = { high: 0, medium: 0, low: 0 };
  for (const item of pending) openByLevel[item.level]++;

  const notes: string[] = [];
  if (block?.version && block.version !== checklist.version) {
    const unanswered = applicable.filter((i) => i.status === "unanswered").length;
    notes.push(
      `answers were given against ${checklist.id} ${block.version}; the checklist is now ${checklist.version}: ${unanswered} ${unanswered === 1 ? "item" : "items"} unanswered, ${orphans.length} ${orphans.length === 1 ? "answer no longer matches" : "answers no longer match"} an item`,
    );
  }
  return {
    checklist: { id: checklist.id, version: checklist.version, title: checklist.title },
    answeredVersion: block?.version,
    items,
    summary: {
      applicable: applicable.length,
      done: count("done"),
      notApplicable: count("not-applicable"),
      open: count("open"),
      unanswered: count("unanswered"),
      completeness:
        applicable.length === 0 ? 1 : (count("done") + count("not-applicable")) / applicable.length,
      openByLevel,
      stale: applicable.filter((i) => i.stale).length,
      missingEvidence: applicable.filter((i) => i.missingEvidence).length,
    },
    orphans,
    coverage: {
      euAiAct: coverageOf(items, "euAiAct", facts),
      nistAiRmf: coverageOf(items, "nistAiRmf", facts),
    },
    notes,
  };
}
