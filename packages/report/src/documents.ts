import { renderMarkdownDossier } from "./dossier-markdown.js";
import { renderMarkdownCard } from "./markdown.js";
import type { Paper, PdfJob } from "./pdf.js";
import { slugify } from "./slug.js";
import { createTemplates } from "./templates.js";
import { keepIdentifiersWhole } from "./unbreakable.js";
import { buildView, type ReportInput } from "./view-model.js";

/** Which documents to produce: one of them, or all three. */
export type ReportKind = "card" | "impact" | "dossier" | "all";

/** The documents a kind, or a list of kinds, names ("all" names all three). */
export function documentKinds(
  kind: ReportKind | readonly ReportKind[],
): Set<Exclude<ReportKind, "all">> {
  const kinds = typeof kind === "string" ? [kind] : kind;
  return new Set(
    kinds.flatMap((k) => (k === "all" ? (["card", "impact", "dossier"] as const) : [k])),
  );
}

/** File-name stem of each document kind. */
export type DocumentName = "model-card" | "impact-report" | "dossier";

const TITLES: Record<DocumentName, string> = {
  "model-card": "model card",
  "impact-report": "impact report",
  dossier: "compliance dossier",
};

/** The rendered documents of one proposal, before PDF printing. */
export interface RenderedDocuments {
  slug: string;
  modelCardHtml?: string;
  impactReportHtml?: string;
  modelCardMarkdown?: string;
  dossierHtml?: string;
  dossierMarkdown?: string;
  /** PDF jobs for the HTML documents, ready for {@link PdfRenderer}. */
  pdfJobs: { name: DocumentName; job: PdfJob }[];
}

// A batch renders many proposals with the same templates: read and compile them once.
const compiledTemplates = new Map<string, ReturnType<typeof createTemplates>>();

function templatesFor(templateDir: string | undefined): ReturnType<typeof createTemplates> {
  const key = templateDir ?? "";
  let templates = compiledTemplates.get(key);
  if (!templates) {
    templates = createTemplates(templateDir);
    compiledTemplates.set(key, templates);
  }
  return templates;
}

// A YAML "\0" escape becomes a NUL byte; an HTML file must not carry one.
const withoutNul = (html: string) => html.replaceAll("\u0000", "");

/** Options of {@link renderDocuments}. */
export interface RenderOptions {
  /** A kind, or a list of kinds (`card,impact` leaves the dossier out). */
  kind: ReportKind | readonly ReportKind[];
  paper: Paper;
  /** A folder of `.hbs` files overriding bundled partials or layouts. */
  templateDir?: string;
}

/**
 * Whether the documents of a kind can show the backtest's calibration box: the bundled impact report
 * does, and a template override may place it anywhere. Without it, the caller need not replay the
 * backtest (`ReportInput.calibration`), which takes most of a second.
 */
export function showsCalibration(
  kind: ReportKind | readonly ReportKind[],
  templateDir?: string,
): boolean {
  return documentKinds(kind).has("impact") || templateDir !== undefined;
}

/**
 * Renders a proposal's model card (HTML, Markdown) and impact report (HTML), and prepares their PDF
 * jobs. Deterministic: the same input gives byte-identical output.
 */
export function renderDocuments(input: ReportInput, options: RenderOptions): RenderedDocuments {
  const templates = templatesFor(options.templateDir);
  const view = buildView(input);
  const slug = slugify(input.proposal.model.name);
  const out: RenderedDocuments = { slug, pdfJobs: [] };
  const name = input.proposal.model.name;
  const footer = `Forecard ${input.forecardVersion} · input SHA-256 ${input.sha256.slice(0, 12)} · ${input.date}`;
  const pdfJob = (kind: DocumentName, html: string, subject: string) => {
    const title = `${name}: ${TITLES[kind]}`;
    out.pdfJobs.push({
      name: kind,
      job: {
        html: keepIdentifiersWhole(html),
        headerText: title,
        footerText: footer,
        paper: options.paper,
        metadata: {
          title,
          author: input.proposal.model.organization ?? "Forecard",
          subject,
          keywords: ["Forecard", TITLES[kind], name],
          date: input.date,
          creator: `Forecard ${input.forecardVersion}`,
        },
      },
    });
  };
  const kinds = documentKinds(options.kind);
  const wants = (kind: Exclude<ReportKind, "all">) => kinds.has(kind);
  if (wants("card")) {
    out.modelCardHtml = withoutNul(templates.render("model-card", view));
    out.modelCardMarkdown = renderMarkdownCard(input, view);
    pdfJob(
      "model-card",
      out.modelCardHtml,
      "Model card (Mitchell et al. 2019) with estimated environmental impact",
    );
  }
  if (wants("dossier")) {
    out.dossierHtml = withoutNul(templates.render("dossier", view));
    out.dossierMarkdown = renderMarkdownDossier(view);
    pdfJob(
      "dossier",
      out.dossierHtml,
      "EU AI Act Annex XI technical documentation laid out as the GPAI Code of Practice Model Documentation Form",
    );
  }
  if (wants("impact")) {
    out.impactReportHtml = withoutNul(templates.render("impact-report", view));
    pdfJob(
      "impact-report",
      out.impactReportHtml,
      "Estimated footprint, checklist results and policy findings of a proposed model",
    );
  }
  return out;
}
