import { accessSync, constants, mkdirSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SAMPLES, estimateDocument } from "@forecard/core-estimates";
import {
  BrowserNotFoundError,
  documentKinds,
  findBrowser,
  type Paper,
  PdfRenderer,
  type RenderedDocuments,
  type ReportKind,
  renderDocuments,
  showsCalibration,
  slugify,
  TemplateError,
} from "@forecard/report";
import { isoDate } from "@forecard/schema";
import { detectKind, readInput } from "@forecard/workspace";
import { format } from "date-fns/format";
import pLimit from "p-limit";
import { EnvironmentError, ExitCode, UserError } from "../errors.js";
import { removeTemporaryFiles, writeAtomically } from "../files.js";
import { integerOption } from "../numbers.js";
import { createProgress } from "../progress.js";
import { analyseProposal } from "../report-input.js";
import { onTerminationSignal } from "../signals.js";
import { inline, printErrors } from "../terminal.js";
import { FORECARD_VERSION } from "../version.js";

/** Options of `forecard report`. */
export interface ReportCommandOptions {
  /** card, impact, dossier or all; a comma-separated list is accepted. @default "all" */
  kind?: string;
  /** pdf, html, md, json or all; a comma-separated list is accepted. @default "all" */
  format?: string;
  /** Output folder. @default "./out" */
  out?: string;
  /** Report date, YYYY-MM-DD. @default today */
  date?: string;
  /** PDFs rendered at once (pages of one browser). @default 2 */
  concurrency?: string;
  /** a4 or letter. @default "a4" */
  paper?: string;
  /** Folder of .hbs files overriding bundled partials. */
  template?: string;
  /** Longest one PDF may take to load, and again to print, s. @default 120 */
  renderTimeout?: string;
  samples?: string;
  seed?: string;
  /** A policy file: its verdict and broken rules go on page 1 and into the card's caveats. */
  policy?: string;
}

/**
 * A comma-separated option such as `--kind card,impact`: every entry is checked, "all" among them
 * or not, so a typo is never covered by the rest; absent, it is "all".
 * @throws UserError naming the first entry that is not one of `values`.
 */
function commaList<T extends string>(
  name: string,
  raw: string | undefined,
  values: readonly T[],
): T[] {
  const parts = (raw ?? "all").split(",").map((p) => p.trim());
  for (const part of parts) {
    if (!values.includes(part as T))
      throw new UserError(
        `${name}: expected ${values.slice(0, -1).join(", ")} or ${values.at(-1)}, or a comma-separated list of them, got ${JSON.stringify(part)}`,
      );
  }
  return parts as T[];
}

const FORMATS = ["pdf", "html", "md", "json"] as const;
type Format = (typeof FORMATS)[number];

function parseFormats(raw: string | undefined): Set<Format> {
  const parts = commaList("--format", raw, [...FORMATS, "all"]);
  return new Set(parts.includes("all") ? FORMATS : (parts as Format[]));
}

function choice<T extends string>(
  name: string,
  raw: string | undefined,
  values: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  if (!values.includes(raw as T))
    throw new UserError(`${name}: expected ${values.join(" or ")}, got ${JSON.stringify(raw)}`);
  return raw as T;
}

function prepareOutput(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
    accessSync(out, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new EnvironmentError(
      `--out ${out}: cannot write there (${code}); choose a writable folder`,
    );
  }
}

interface Outcome {
  file: string;
  code: number;
}

/** Renders model cards and impact reports for one or more proposals with one browser. */
export async function run(files: string[], options: ReportCommandOptions): Promise<number> {
  const kind = commaList<ReportKind>("--kind", options.kind, ["card", "impact", "dossier", "all"]);
  const formats = parseFormats(options.format);
  const paper = choice<Paper>("--paper", options.paper, ["a4", "letter"], "a4");
  const date = options.date ?? format(new Date(), "yyyy-MM-dd");
  if (!isoDate.safeParse(date).success)
    throw new UserError(
      `--date: expected a date YYYY-MM-DD that exists, got ${JSON.stringify(date)}`,
    );
  const concurrency = integerOption("--concurrency", options.concurrency, 2, 1, 16);
  const samples = integerOption("--samples", options.samples, DEFAULT_SAMPLES, 1, 1_000_000);
  const seed = integerOption("--seed", options.seed, 1, 0, 2 ** 32 - 1);
  const renderTimeoutS = integerOption("--render-timeout", options.renderTimeout, 120, 1, 3600);
  const out = options.out ?? "out";

  // Fail before writing anything when the environment cannot finish the job.
  const executablePath = formats.has("pdf") ? browserOrExit() : undefined;
  prepareOutput(out);

  const outcomes: Outcome[] = [];
  const pdfs = executablePath
    ? new PdfQueue(
        executablePath,
        concurrency,
        files.length * documentKinds(kind).size,
        renderTimeoutS * 1000,
        options.template,
      )
    : undefined;
  // Any of SIGINT, SIGTERM, SIGHUP stops the batch: no half-written file, no relaunched browser.
  const stopOnSignal = onTerminationSignal(async () => {
    removeTemporaryFiles();
    await pdfs?.abort();
  });
  const slugs = new Map<string, string>();
  try {
    for (const file of files) {
      // Only a few documents wait for the browser: memory stays flat however long the batch.
      await pdfs?.room();
      try {
        const input = analyseAsProposal(file, {
          date,
          samples,
          seed,
          policyFile: options.policy,
          // Only the HTML documents (and their PDFs) can show it; Markdown and JSON never do.
          withBacktest:
            (formats.has("html") || formats.has("pdf")) && showsCalibration(kind, options.template),
        });
        if (!input) continue;
        refuseSlugCollision(slugs, file, slugify(input.proposal.model.name));
        const documents = renderDocuments(input, { kind, paper, templateDir: options.template });
        const base = join(out, documents.slug);
        if (formats.has("html") && documents.modelCardHtml)
          writeAtomically(`${base}.model-card.html`, documents.modelCardHtml);
        if (formats.has("html") && documents.impactReportHtml)
          writeAtomically(`${base}.impact-report.html`, documents.impactReportHtml);
        if (formats.has("md") && documents.modelCardMarkdown)
          writeAtomically(`${base}.model-card.md`, documents.modelCardMarkdown);
        if (formats.has("html") && documents.dossierHtml)
          writeAtomically(`${base}.dossier.html`, documents.dossierHtml);
        if (formats.has("md") && documents.dossierMarkdown)
          writeAtomically(`${base}.dossier.md`, documents.dossierMarkdown);
        if (formats.has("json")) {
          const json = estimateDocument(
            FORECARD_VERSION,
            input.proposal,
            file,
            input.bytes,
            input.estimate,
            {
              samples,
              seed,
            },
          );
          writeAtomically(`${base}.estimate.json`, `${JSON.stringify(json, null, 2)}\n`);
        }
        // PDFs start printing while the next proposal is estimated: Chromium and Node share the cores.
        for (const { name, job } of documents.pdfJobs) pdfs?.add(file, `${base}.${name}.pdf`, job);
        outcomes.push({ file, code: ExitCode.ok });
      } catch (error) {
        if (error instanceof UserError) {
          printErrors(error.lines);
          outcomes.push({ file, code: ExitCode.invalidInput });
        } else if (error instanceof TemplateError && options.template !== undefined) {
          // Only overrides are the user's; an error in the bundled templates stays a bug (exit 70).
          throw new UserError(`--template: ${error.message}`);
        } else throw error;
      }
    }
  } finally {
    const failed = (await pdfs?.finish()) ?? [];
    stopOnSignal();
    outcomes.push(...failed);
  }
  const codes = outcomes.map((o) => o.code);
  if (codes.includes(ExitCode.environment)) return ExitCode.environment;
  if (codes.includes(ExitCode.invalidInput)) return ExitCode.invalidInput;
  return ExitCode.ok;
}

/**
 * Two proposals whose model names give the same slug would write the same files: the second is
 * refused (exit 2) naming both, before anything of it is rendered.
 */
function refuseSlugCollision(slugs: Map<string, string>, file: string, slug: string): void {
  const earlier = slugs.get(slug);
  if (earlier !== undefined)
    throw new UserError(
      `${file}: its model name gives the same file names (${slug}.*) as ${earlier}; rename one model`,
    );
  slugs.set(slug, file);
}

function browserOrExit(): string {
  try {
    return findBrowser();
  } catch (error) {
    if (error instanceof BrowserNotFoundError) throw new EnvironmentError(error.message);
    throw error;
  }
}

/**
 * PDF printing for a batch: one browser, at most `concurrency` pages at once, progress on stderr,
 * a crashed browser relaunched and the document retried once; `abort` stops it on a signal.
 */
class PdfQueue {
  private readonly renderer: PdfRenderer;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly progress;
  private readonly pending = new Set<Promise<void>>();
  /** Documents printing or waiting to print before the batch stops preparing more. */
  private readonly capacity: number;
  private readonly failed: Outcome[] = [];
  private interrupted = false;

  constructor(
    executablePath: string,
    concurrency: number,
    documents: number,
    renderTimeoutMs: number,
    private readonly templateDir?: string,
  ) {
    this.renderer = new PdfRenderer(executablePath, renderTimeoutMs);
    this.limit = pLimit(concurrency);
    // Two waiting per page keeps every page busy while the next proposal is estimated.
    this.capacity = concurrency * 3;
    this.progress = createProgress(documents);
  }

  /** Stops printing: queued documents are dropped, and the browser is closed, not relaunched. */
  async abort(): Promise<void> {
    this.interrupted = true;
    this.limit.clearQueue();
    await this.renderer.close();
  }

  add(file: string, path: string, job: RenderedDocuments["pdfJobs"][number]["job"]): void {
    const printing = this.limit(() => this.print(file, path, job)).finally(() =>
      this.pending.delete(printing),
    );
    this.pending.add(printing);
  }

  /** Resolves once fewer than `capacity` documents are printing or waiting. */
  async room(): Promise<void> {
    while (this.pending.size >= this.capacity) await Promise.race(this.pending);
  }

  private async print(
    file: string,
    path: string,
    job: RenderedDocuments["pdfJobs"][number]["job"],
  ): Promise<void> {
    for (let attempt = 1; attempt <= 2 && !this.interrupted; attempt++) {
      try {
        const { pdf } = await this.renderer.render(job);
        writeAtomically(path, pdf);
        this.progress.done(`wrote ${inline(path)}`);
        return;
      } catch (error) {
        if (error instanceof EnvironmentError) throw error;
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        // With --template, a page too heavy to print in time is the templates' doing, not Chromium's.
        if (this.templateDir && error instanceof Error && error.name === "TimeoutError") {
          this.progress.fail(
            inline(
              `${file}: rendering ${path} timed out with the templates in ${this.templateDir}; simplify them`,
            ),
          );
          this.failed.push({ file, code: ExitCode.invalidInput });
          return;
        }
        if (attempt === 1 && !this.interrupted)
          process.stderr.write(`retrying ${inline(path)} once (${inline(reason ?? "")})\n`);
        if (attempt === 2) {
          this.progress.fail(
            inline(`${file}: could not render ${path} (${reason}); check that Chromium runs`),
          );
          this.failed.push({ file, code: ExitCode.environment });
        }
      }
    }
  }

  /** Waits for every queued PDF, closes the browser, and returns the files that failed with their exit codes. */
  async finish(): Promise<Outcome[]> {
    try {
      await Promise.all(this.pending);
    } finally {
      this.progress.stop();
      await this.renderer.close();
    }
    return this.failed;
  }
}

/**
 * {@link analyseProposal}, except that a policy or checklist file (`report examples/*.yaml` matches
 * those too) is skipped with one line rather than refused field by field. The file's kind is only
 * looked at when it does not load as a proposal, so a proposal's YAML is parsed once.
 * @returns undefined for a skipped file.
 */
function analyseAsProposal(
  file: string,
  options: Parameters<typeof analyseProposal>[1],
): ReturnType<typeof analyseProposal> | undefined {
  try {
    return analyseProposal(file, options);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const fileKind = detectKind(readInput(file), file);
    if (fileKind === "proposal") throw error;
    process.stderr.write(`${file}: skipped, a ${fileKind} file; report renders proposals\n`);
    return undefined;
  }
}
