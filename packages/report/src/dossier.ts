import { type Estimate, type Figure, formatFigure, formatQuantity } from "@forecard/core-estimates";
import type { ChecklistStatus, ItemStatus } from "@forecard/ethics-checklist";
import type { Proposal } from "@forecard/schema";
import { type RegulatoryStatus, regulatoryStatus } from "./regulation.js";
import { statusWording } from "./status-wording.js";

/** How far a documentation field is filled. */
export type FieldStatus = "provided" | "estimated" | "missing";

/** One field of the Code of Practice Model Documentation Form, mapped to Annex XI. */
export interface DossierField {
  id: string;
  field: string;
  /** Annex XI point (or article) the field documents. */
  basis: string;
  value: string;
  evidence: string;
  status: FieldStatus;
  /** Who receives it: AI Office (AIO), national competent authorities (NCA), downstream providers (DP). */
  audience: string;
  /** The proposal key that would fill the field when it is missing. */
  fillKey: string;
}

/** A section of the form. */
export interface DossierSection {
  title: string;
  fields: DossierField[];
}

/** The compliance dossier: the form's sections, the gaps to close and the regulatory status. */
export interface Dossier {
  regulatory: RegulatoryStatus;
  sections: DossierSection[];
  gaps: DossierField[];
  counts: Record<FieldStatus, number>;
}

const ALL = "DP, AIO, NCA";
const AUTHORITIES = "AIO, NCA";

type Maker = Omit<DossierField, "status" | "value" | "evidence"> & {
  /** The value and evidence when known; undefined makes the field missing. */
  found?: { value: string; evidence: string; status?: FieldStatus };
};

// A reference never wraps inside itself ("Annex XI" / "2(d)"): its spaces are non-breaking.
const unbroken = (basis: string) =>
  basis
    .split("; ")
    .map((ref) => ref.replace(/ /g, "\u00a0"))
    .join("; ");

function field(make: Maker): DossierField {
  const { found, ...made } = make;
  const rest = { ...made, basis: unbroken(made.basis) };
  return found
    ? { ...rest, value: found.value, evidence: found.evidence, status: found.status ?? "provided" }
    : { ...rest, value: "—", evidence: "—", status: "missing" };
}

const given = (value: string | undefined, file: string, key: string) =>
  value ? { value, evidence: `${file}: ${key}` } : undefined;

/** A figure's median with its p5–p95 range, or the median alone when no spread prints. */
function withRange(figure: Parameters<typeof formatFigure>[0]): string {
  const { value, range, ranged } = formatFigure(figure);
  return ranged ? `${value} (p5–p95 ${range})` : value;
}

function figureValue(figure: Figure | undefined, estimated: boolean, inputs: string) {
  if (!figure) return undefined;
  // A figure with a range was estimated whatever the field usually is; one without a range follows
  // exactly from the proposal's own inputs. A spread too narrow to print still counts as a range.
  const ranged = figure.p5 !== figure.p95;
  return {
    value: withRange(figure),
    evidence:
      ranged || estimated ? `Forecard: ${figure.formula}` : `From ${inputs}: ${figure.formula}`,
    status: (estimated || ranged ? "estimated" : "provided") as FieldStatus,
  };
}

/**
 * A figure measured after training, as the field's value, with the forecast beside it; undefined
 * when the proposal records no measurement of this figure.
 */
function measuredValue(estimate: Estimate, key: string, file: string) {
  const row = estimate.actuals?.find((a) => a.key === key);
  if (!row) return undefined;
  const forecast = row.forecast
    ? `; forecast ${withRange({ ...row.forecast, unit: row.unit })}`
    : "";
  return {
    value: `${formatQuantity(row.actual, row.unit)} measured${forecast}`,
    evidence: `${file}: actuals (${row.basis})`,
    status: "provided" as FieldStatus,
  };
}

function fromItem(item: ItemStatus | undefined) {
  if (item?.status !== "done") return undefined;
  return {
    value: item.answeredFrom === "disclosed" ? "Disclosed by Forecard" : "Done",
    evidence: item.evidence ?? "answer without evidence",
  };
}

function architectureText(proposal: Proposal): string | undefined {
  const t = proposal.architecture?.transformer;
  if (!t) return undefined;
  const moe = t.moe
    ? `, mixture of experts (${t.moe.experts} experts, ${t.moe.activeExperts} active)`
    : "";
  return `Decoder transformer: ${t.layers} layers, width ${t.hiddenSize}, ${t.attentionHeads} attention heads${moe}`;
}

/**
 * Lays the proposal, its estimate and its checklist answers out as the GPAI Code of Practice's
 * Model Documentation Form (Transparency chapter), field by field against EU AI Act Annex XI,
 * with Section 2 for systemic-risk models. Pure.
 */
export function buildDossier(
  proposal: Proposal,
  estimate: Estimate,
  checklists: ChecklistStatus[],
  file: string,
): Dossier {
  const m = proposal.model;
  const f = estimate.figures;
  const inputs = statusWording(m.status).inputs;
  const regulatory = regulatoryStatus(proposal, estimate);
  const items = new Map(
    checklists.flatMap((c) => c.items.map((i) => [`${c.checklist.id}:${i.id}`, i] as const)),
  );
  const gpai = (id: string) => items.get(`eu-gpai-annex-xi:${id}`);
  const gpaiKey = (id: string) => `checklists.eu-gpai-annex-xi.answers.${id}`;
  const list = (values: string[] | undefined) => (values?.length ? values.join("; ") : undefined);
  const training = proposal.training ?? {};
  const measuredTime =
    training.acceleratorHours !== undefined || training.wallClockDays !== undefined;

  const sections: DossierSection[] = [
    {
      title: "1. General information",
      fields: [
        field({
          id: "1.1",
          field: "Provider",
          basis: "Art. 53(1)",
          audience: ALL,
          fillKey: "model.organization",
          found: given(m.organization, file, "model.organization"),
        }),
        field({
          id: "1.2",
          field: "Model name and version",
          basis: "Annex XI 1",
          audience: ALL,
          fillKey: "model.version",
          found: m.version
            ? { value: `${m.name} ${m.version}`, evidence: `${file}: model.name, model.version` }
            : undefined,
        }),
        field({
          id: "1.3",
          field: "Model authenticity",
          basis: "Form 1.3",
          audience: ALL,
          fillKey: "model.authenticity",
          found: given(m.authenticity, file, "model.authenticity"),
        }),
        field({
          id: "1.4",
          field: "Release date",
          basis: "Annex XI 1(c)",
          audience: ALL,
          fillKey: "model.releaseDate",
          found: given(m.releaseDate, file, "model.releaseDate"),
        }),
        field({
          id: "1.5",
          field: "Union market release date",
          basis: "Form 1.5",
          audience: ALL,
          fillKey: "model.unionReleaseDate",
          found: given(m.unionReleaseDate, file, "model.unionReleaseDate"),
        }),
        field({
          id: "1.6",
          field: "Model dependencies (base models)",
          basis: "Annex XI 1",
          audience: ALL,
          fillKey: "model.baseModel (an empty list when none)",
          found: m.baseModel
            ? {
                value: m.baseModel.length
                  ? m.baseModel.join(", ")
                  : "N/A: not derived from another model",
                evidence: `${file}: model.baseModel`,
              }
            : undefined,
        }),
      ],
    },
    {
      title: "2. Model properties",
      fields: [
        field({
          id: "2.1",
          field: "Architecture",
          basis: "Annex XI 1(d)",
          audience: ALL,
          fillKey: "architecture.transformer",
          found: given(architectureText(proposal), file, "architecture.transformer"),
        }),
        field({
          id: "2.2",
          field: "Design specifications",
          basis: "Annex XI 2(b)",
          audience: AUTHORITIES,
          fillKey: "model.description",
          found: given(m.description, file, "model.description"),
        }),
        field({
          id: "2.3",
          field: "Input and output modalities",
          basis: "Annex XI 1(e)",
          audience: ALL,
          fillKey: "model.modalities",
          found: given(list(m.modalities), file, "model.modalities"),
        }),
        field({
          id: "2.4",
          field: "Total parameters",
          basis: "Annex XI 1(d)",
          audience: ALL,
          fillKey: "architecture.parameters or architecture.transformer",
          found: figureValue(f["parameters.total"], false, inputs),
        }),
      ],
    },
    {
      title: "3. Distribution and licence",
      fields: [
        field({
          id: "3.1",
          field: "Distribution channels",
          basis: "Annex XI 1(c)",
          audience: ALL,
          fillKey: "model.distribution",
          found: given(m.distribution, file, "model.distribution"),
        }),
        field({
          id: "3.2",
          field: "Licence",
          basis: "Annex XI 1(f)",
          audience: ALL,
          fillKey: "model.license (with licenseName and licenseLink for other)",
          found: given(
            m.license && [m.license, m.licenseName, m.licenseLink].filter(Boolean).join(", "),
            file,
            "model.license",
          ),
        }),
      ],
    },
    {
      title: "4. Use",
      fields: [
        field({
          id: "4.1",
          field: "Acceptable use policy",
          basis: "Annex XI 1(b)",
          audience: ALL,
          fillKey: "model.acceptableUsePolicy",
          found: given(m.acceptableUsePolicy, file, "model.acceptableUsePolicy"),
        }),
        field({
          id: "4.2",
          field: "Intended and restricted uses",
          basis: "Annex XI 1(a)",
          audience: ALL,
          fillKey: "model.intendedUse, model.outOfScopeUse",
          found: given(
            list([
              ...(m.intendedUse ?? []),
              ...(m.outOfScopeUse ?? []).map((u) => `not for: ${u}`),
            ]),
            file,
            "model.intendedUse, model.outOfScopeUse",
          ),
        }),
        field({
          id: "4.3",
          field: "Technical means for integration",
          basis: "Annex XI 2(a)",
          audience: ALL,
          fillKey: "model.integration",
          found: given(m.integration, file, "model.integration"),
        }),
        field({
          id: "4.4",
          field: "Serving hardware",
          basis: "Annex XI 2(a)",
          audience: ALL,
          fillKey: "inference.accelerator",
          found: given(proposal.inference?.accelerator, file, "inference.accelerator"),
        }),
      ],
    },
    {
      title: "5. Training process",
      fields: [
        field({
          id: "5.1",
          field: "Training methodology",
          basis: "Annex XI 2(b)",
          audience: AUTHORITIES,
          fillKey: "training.precision, training.optimizer",
          found:
            training.precision || training.optimizer
              ? {
                  value: [
                    training.precision && `precision ${training.precision}`,
                    training.optimizer && `optimizer ${training.optimizer}`,
                  ]
                    .filter(Boolean)
                    .join(", "),
                  evidence: `${file}: training`,
                }
              : undefined,
        }),
        field({
          id: "5.2",
          field: "Design choices and alternatives considered",
          basis: "Annex XI 2(b)",
          audience: AUTHORITIES,
          fillKey: "scenarios",
          found: proposal.scenarios?.length
            ? {
                value: proposal.scenarios.map((s) => s.name).join(", "),
                evidence: `${file}: scenarios, compared in the impact report`,
              }
            : undefined,
        }),
      ],
    },
    {
      title: "6. Data for training, testing and validation",
      fields: [
        field({
          id: "6.1",
          field: "Type, provenance and scope",
          basis: "Annex XI 2(c)",
          audience: ALL,
          fillKey: "card.trainingData",
          found: given(proposal.card?.trainingData, file, "card.trainingData"),
        }),
        field({
          id: "6.2",
          field: "Size (training tokens)",
          basis: "Annex XI 2(c)",
          audience: AUTHORITIES,
          fillKey: "training.tokens",
          found: figureValue(f["training.tokens"], false, inputs),
        }),
        field({
          id: "6.3",
          field: "Curation, unsuitable sources and bias detection",
          basis: "Annex XI 2(c)",
          audience: AUTHORITIES,
          fillKey: gpaiKey("development.data"),
          found: fromItem(gpai("development.data")),
        }),
      ],
    },
    {
      title: "7. Computational resources",
      fields: [
        field({
          id: "7.1",
          field: "Training time (days, else accelerator-hours)",
          basis: "Annex XI 2(d)",
          audience: AUTHORITIES,
          fillKey: "training.wallClockDays or training.acceleratorHours",
          found:
            measuredValue(estimate, "time.wallClockDays", file) ??
            measuredValue(estimate, "time.acceleratorHours", file) ??
            figureValue(
              f["time.wallClockDays"] ?? f["time.acceleratorHours"],
              !measuredTime,
              inputs,
            ),
        }),
        field({
          id: "7.2",
          field: "Amount of computation",
          basis: "Annex XI 2(d)",
          audience: AUTHORITIES,
          fillKey: "training.flops, or parameters and training.tokens",
          found: figureValue(f["compute.trainingFlops"], training.flops === undefined, inputs),
        }),
      ],
    },
    {
      title: "8. Energy consumption",
      fields: [
        field({
          id: "8.1",
          field: "Energy used for training",
          basis: "Annex XI 2(e)",
          audience: AUTHORITIES,
          fillKey:
            "training.accelerator, training.acceleratorCount (or acceleratorHours), datacenter.pue",
          found:
            measuredValue(estimate, "energy.trainingMWh", file) ??
            figureValue(f["energy.trainingMWh"], true, inputs),
        }),
      ],
    },
  ];
  if (regulatory.systemicRisk !== "no") {
    const red = gpai("systemic.adversarial") ?? items.get("bias-risk:evaluation.red-teaming");
    sections.push({
      title: "Annex XI Section 2 and Art. 52–55: systemic risk",
      fields: [
        field({
          id: "S2.0",
          field: "Notification to the Commission",
          basis: "Art. 52(1)",
          audience: "AIO",
          fillKey: gpaiKey("systemic.notification"),
          found: fromItem(gpai("systemic.notification")),
        }),
        field({
          id: "S2.1",
          field: "Evaluation strategies and results",
          basis: "Annex XI S2 1; Art. 55(1)(a)",
          audience: AUTHORITIES,
          fillKey: `card.results, or ${gpaiKey("systemic.evaluation")}`,
          found: proposal.card?.results?.length
            ? {
                value: `${proposal.card.results.length} results`,
                evidence: `${file}: card.results`,
              }
            : fromItem(gpai("systemic.evaluation")),
        }),
        field({
          id: "S2.2",
          field: "Adversarial testing and adaptations",
          basis: "Annex XI S2 2; Art. 55(1)(a)",
          audience: AUTHORITIES,
          fillKey: gpaiKey("systemic.adversarial"),
          found: fromItem(red),
        }),
        field({
          id: "S2.3",
          field: "System architecture",
          basis: "Annex XI S2 3",
          audience: AUTHORITIES,
          fillKey: gpaiKey("systemic.architecture"),
          found: fromItem(gpai("systemic.architecture")),
        }),
        field({
          id: "S2.4",
          field: "Systemic risk assessment and mitigation",
          basis: "Art. 55(1)(b)",
          audience: AUTHORITIES,
          fillKey: gpaiKey("systemic.risk-assessment"),
          found: fromItem(gpai("systemic.risk-assessment")),
        }),
        field({
          id: "S2.5",
          field: "Serious-incident reporting",
          basis: "Art. 55(1)(c)",
          audience: "AIO",
          fillKey: gpaiKey("systemic.incidents"),
          found: fromItem(gpai("systemic.incidents")),
        }),
        field({
          id: "S2.6",
          field: "Cybersecurity protection",
          basis: "Art. 55(1)(d)",
          audience: AUTHORITIES,
          fillKey: gpaiKey("systemic.cybersecurity"),
          found: fromItem(gpai("systemic.cybersecurity")),
        }),
      ],
    });
  }
  const all = sections.flatMap((s) => s.fields);
  const counts = { provided: 0, estimated: 0, missing: 0 };
  for (const x of all) counts[x.status]++;
  return { regulatory, sections, gaps: all.filter((x) => x.status === "missing"), counts };
}
