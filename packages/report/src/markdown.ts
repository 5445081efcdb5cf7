import { withSeparators } from "@forecard/core-estimates";
import { CONTROL_CHARACTER } from "@forecard/schema";
import { stringify } from "yaml";
import { isHubLicense } from "./hub-licenses.js";
import { slugify } from "./slug.js";
import { STATUS_WORDING } from "./status-wording.js";
import type { ReportInput, ReportView } from "./view-model.js";

/** The figure reported to the Hub as co2_eq_emissions; the body shows the same figure. */
export const HUB_EMISSIONS_FIGURE = "carbon.trainingOperationalTCO2e";

// Markdown renderers (the Hub included) pass raw HTML through; user text must stay text. A `~~~`
// or three backticks would open a fence that swallows the rest of the card: both are escaped.
// NUL bytes are dropped: a text file has none.
function md(text: string): string {
  return text
    .replaceAll("\u0000", "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#~])/g, "\\$1");
}

const CONTROL = new RegExp(CONTROL_CHARACTER.source, "g");

// Front matter strings lose NULs and have other control characters (TAB, NEL, U+2028) turned into
// spaces: YAML readers such as PyYAML reject or fold them.
function plainStrings(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll("\u0000", "").replace(CONTROL, " ");
  if (Array.isArray(value)) return value.map(plainStrings);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainStrings(v)]));
  return value;
}

/**
 * The front matter as YAML, emitted by the YAML library with every string double-quoted, so no
 * value (`yes`, `1e3`, `#tag`, `key: value`) can change type or structure.
 */
export function frontMatterYaml(input: ReportInput): string {
  return stringify(plainStrings(frontMatter(input)), {
    lineWidth: 0,
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "PLAIN",
  });
}

function list(items: string[], empty: string): string {
  return items.length ? items.map((i) => `- ${md(i)}`).join("\n") : `_${empty}_`;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(md).join(" | ")} |`),
  ].join("\n");
}

/** The license fields of the front matter: a Hub id, or `other` with a name and link. */
function licenseFields(model: ReportInput["proposal"]["model"]): Record<string, string> {
  if (!model.license) return {};
  const lower = model.license.toLowerCase();
  if (lower !== "other" && isHubLicense(lower)) return { license: lower };
  const name = model.licenseName ?? (lower === "other" ? undefined : slugify(model.license));
  return {
    license: "other",
    ...(name ? { license_name: name } : {}),
    ...(model.licenseLink ? { license_link: model.licenseLink } : {}),
  };
}

/** Grams of CO2e rounded to 3 significant figures, the precision the body shows. */
export function emissionsGrams(tCO2e: number): number {
  return Number((tCO2e * 1e6).toPrecision(3));
}

/**
 * The Hugging Face front matter: license (a Hub id, or `other` with license_name and
 * license_link), language, tags, pipeline_tag, datasets, base_model, co2_eq_emissions (grams, with
 * source, training_type, geographical_location and hardware_used) and model-index when results exist.
 */
export function frontMatter(input: ReportInput): Record<string, unknown> {
  const { proposal, estimate } = input;
  const model = proposal.model;
  const training = proposal.training ?? {};
  const out: Record<string, unknown> = { ...licenseFields(model) };
  if (model.languages?.length) out.language = [...model.languages];
  out.tags = [...(model.tags ?? []), "forecard"];
  if (model.pipelineTag) out.pipeline_tag = model.pipelineTag;
  if (model.datasets?.length) out.datasets = [...model.datasets];
  if (model.baseModel?.length)
    out.base_model = model.baseModel.length === 1 ? model.baseModel[0] : [...model.baseModel];
  const carbon = hubEmissions(estimate);
  if (carbon) {
    const count = training.acceleratorCount;
    const hardware = training.accelerator
      ? `${typeof count === "number" ? `${count} x ` : ""}${training.accelerator}`
      : undefined;
    out.co2_eq_emissions = {
      emissions: emissionsGrams(carbon.value),
      source: carbon.measured
        ? `${carbon.measured.basis.startsWith("measured") ? "" : "measured: "}${carbon.measured.basis} (location-based operational emissions; recorded with Forecard ${input.forecardVersion}, ${input.date})`
        : `Forecard ${input.forecardVersion} ${STATUS_WORDING[model.status ?? "proposed"].estimate} (location-based operational emissions; ${input.date})`,
      training_type: model.baseModel?.length ? "fine-tuning" : "pre-training",
      ...(proposal.datacenter?.location
        ? { geographical_location: proposal.datacenter.location }
        : {}),
      ...(hardware ? { hardware_used: hardware } : {}),
    };
  }
  const results = proposal.card?.results ?? [];
  if (results.length > 0) {
    const groups = new Map<string, typeof results>();
    for (const r of results) {
      const key = `${r.task}\u0000${r.dataset}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    out["model-index"] = [
      {
        name: model.name,
        results: [...groups.values()].map((rs) => ({
          task: { type: rs[0]?.task },
          dataset: { type: rs[0]?.dataset, name: rs[0]?.datasetName ?? rs[0]?.dataset },
          metrics: rs.map((r) => ({
            type: r.metric,
            value: r.value,
            ...(r.group ? { name: `${r.metric} (${r.group})` } : {}),
          })),
        })),
      },
    ];
  }
  return out;
}

/** The emissions reported to the Hub, tCO2e: the measured figure once the run has one, else the forecast. */
function hubEmissions(estimate: ReportInput["estimate"]) {
  const measured = estimate.base.actuals?.find((a) => a.key === HUB_EMISSIONS_FIGURE);
  if (measured) return { value: measured.actual, measured };
  const forecast = estimate.base.figures[HUB_EMISSIONS_FIGURE];
  return forecast ? { value: forecast.value, measured: undefined } : undefined;
}

/** The model card as a Hugging Face README.md: YAML front matter, then the Mitchell et al. sections. */
export function renderMarkdownCard(input: ReportInput, view: ReportView): string {
  const front = frontMatterYaml(input);
  const wording = STATUS_WORDING[input.proposal.model.status ?? "proposed"];
  const carbon = hubEmissions(input.estimate);
  const keyRows = view.keyFigures.map((f) => [f.label, f.value, f.range]);
  const sections = [
    `# ${md(view.meta.modelName)}`,
    view.model.description ? md(view.model.description) : "",
    `> Model card generated by Forecard ${view.meta.forecardVersion} on ${view.meta.isoDate} from ${md(view.meta.file)} (SHA-256 ${view.meta.sha256}). ${wording.statusLine}${view.actuals ? "; figures measured after training are marked as measured" : ""}.`,
    "## Model details",
    table(
      ["Field", "Value"],
      // A row with no value is left out rather than printed blank.
      [
        ["Developed by", view.meta.organization],
        ["Version", view.meta.version],
        [
          "Model type",
          `${view.model.generalPurpose ? "General-purpose" : "Task-specific"} model; ${view.model.parameters}`,
        ],
        ["Languages", view.model.languages],
        ["License", view.model.license],
        ["Contact", view.model.contact],
      ].filter(([, value]) => value !== ""),
    ),
    "## Intended use",
    "### Primary uses",
    list(view.model.intendedUse, `Not stated in ${wording.source}.`),
    "### Out of scope",
    list(view.model.outOfScopeUse, `Not stated in ${wording.source}.`),
    "## Factors",
    list(view.card.factors, `Not stated in ${wording.source}.`),
    "## Metrics",
    list(view.card.metrics, `Not stated in ${wording.source}.`),
    "## Evaluation data",
    view.card.evaluationData
      ? md(view.card.evaluationData)
      : `_Not described in ${wording.source}._`,
    "## Training data",
    view.card.trainingData ? md(view.card.trainingData) : `_Not described in ${wording.source}._`,
    "## Quantitative analyses",
    view.card.results.length
      ? table(
          view.card.resultGroups
            ? ["Task", "Dataset", "Group", "Metric", "Value"]
            : ["Task", "Dataset", "Metric", "Value"],
          view.card.results.map((r) =>
            view.card.resultGroups
              ? [r.task, r.dataset, r.group, r.metric, r.value]
              : [r.task, r.dataset, r.metric, r.value],
          ),
        )
      : `_${wording.noResults}_`,
    view.loss ? view.loss.cardSentence : "",
    "## Environmental impact",
    `Forecard ${wording.estimate}: median and 5th–95th percentile range.`,
    table(["Figure", "Median", "p5 – p95"], keyRows),
    view.actuals
      ? `Measured after training:\n\n${table(
          ["Figure", "Forecast", "p5 – p95", "Actual (measured)", "Error"],
          view.actuals.rows.map((r) => [r.label, r.forecast, r.range, r.actual, r.error]),
        )}`
      : "",
    carbon
      ? `Location-based operational training emissions, as reported to the Hub (\`co2_eq_emissions\`${carbon.measured ? ", measured" : ""}): ${withSeparators(emissionsGrams(carbon.value))} g CO2e.`
      : "",
    "## Ethical considerations",
    list(view.card.ethicalConsiderations, "None beyond the checklists below."),
    ...view.checklists.map(
      (c) =>
        `**${md(c.title)}**: completeness ${c.completeness}; open risks ${c.openHigh} high, ${c.openMedium} medium, ${c.openLow} low.`,
    ),
    "## Caveats and recommendations",
    list(
      [...view.caveats.map((c) => c.text), ...view.warnings.map((w) => `${w.message} (${w.code})`)],
      "",
    ),
  ];
  return `---\n${front}---\n\n${sections.filter((s) => s !== "").join("\n\n")}\n`;
}
