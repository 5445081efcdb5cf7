import { PDFDocument } from "pdf-lib";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { BROWSER_ARGS, findBrowser } from "./browser.js";

/** Paper sizes a PDF can be printed on. */
export type Paper = "a4" | "letter";

/** Document metadata written into the PDF (title, author, subject, dates). */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Creation and modification date, YYYY-MM-DD (`--date`), so reruns match. */
  date: string;
  creator: string;
}

/** A PDF job: final HTML, header and footer text, paper, metadata. */
export interface PdfJob {
  html: string;
  headerText: string;
  footerText: string;
  paper: Paper;
  metadata: PdfMetadata;
}

/** What the page tried to do while rendering: every request is refused and recorded here. */
export interface RenderLog {
  blockedRequests: string[];
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const chrome = (text: string) =>
  `<div style="font-family: DejaVu Sans, sans-serif; font-size: 7pt; color: #616e7c; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;">${text}</div>`;

/**
 * The Content Security Policy every document is served with, as an HTTP header set by the
 * renderer: a template (even one that drops its own `<meta>` policy) cannot loosen it.
 */
export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// The document's own address: never resolved (interception answers it), never a real host.
const DOCUMENT_URL = "http://forecard.invalid/document.html";

/**
 * One Chromium for many documents. Each document gets a fresh page with JavaScript off and every
 * network request refused, so untrusted proposal text can neither run nor call out; the browser
 * itself is launched without a network (see BROWSER_ARGS).
 */
export class PdfRenderer {
  private browser?: Browser;
  private launching?: Promise<Browser>;

  constructor(private readonly executablePath: string = findBrowser()) {}

  private async ensureBrowser(): Promise<Browser> {
    if (this.browser?.connected) return this.browser;
    this.launching ??= puppeteer
      .launch({
        executablePath: this.executablePath,
        headless: true,
        args: BROWSER_ARGS,
        protocolTimeout: 120_000,
        // The caller decides what a signal means (the CLI stops the batch and exits 143 on
        // SIGTERM); puppeteer's own handlers would kill the browser and let a retry relaunch it.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      })
      .then((browser) => {
        this.browser = browser;
        this.launching = undefined;
        return browser;
      });
    return this.launching;
  }

  private async lockedPage(log: RenderLog, html: string): Promise<Page> {
    const browser = await this.ensureBrowser();
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    let served = false;
    page.on("request", (request) => {
      const url = request.url();
      if (url === "about:blank") {
        void request.continue();
        return;
      }
      // The document itself, once, answered here with the policy as a header; nothing else.
      if (url === DOCUMENT_URL && !served && request.isNavigationRequest()) {
        served = true;
        void request.respond({
          status: 200,
          contentType: "text/html; charset=utf-8",
          headers: { "Content-Security-Policy": DOCUMENT_CSP, "Referrer-Policy": "no-referrer" },
          body: html,
        });
        return;
      }
      log.blockedRequests.push(url);
      // An aborted navigation (a meta refresh) is cancelled without replacing the document by an
      // error page, so the page being printed stays as it was.
      void request.abort(request.isNavigationRequest() ? "aborted" : "blockedbyclient");
    });
    return page;
  }

  /**
   * Prints HTML to a tagged PDF with an outline, header, footer ("page x of y") and metadata.
   * @returns the PDF bytes and the log of refused requests.
   */
  async render(job: PdfJob): Promise<{ pdf: Uint8Array; log: RenderLog }> {
    const log: RenderLog = { blockedRequests: [] };
    const page = await this.lockedPage(log, job.html);
    try {
      await page.goto(DOCUMENT_URL, { waitUntil: "load", timeout: 60_000 });
      const raw = await page.pdf({
        format: job.paper === "letter" ? "Letter" : "A4",
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        margin: { top: "20mm", bottom: "20mm", left: "16mm", right: "16mm" },
        headerTemplate: chrome(`<span>${escapeHtml(job.headerText)}</span>`),
        footerTemplate: chrome(
          `<span>${escapeHtml(job.footerText)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span>`,
        ),
        timeout: 120_000,
      });
      return { pdf: await withMetadata(raw, job.metadata), log };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** Closes the browser; safe to call twice. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
  }

  /** The browser process id, for fault tests. */
  get pid(): number | undefined {
    return this.browser?.process()?.pid;
  }
}

async function withMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  // Parsing and saving without yielding to the event loop keeps metadata cheap (tens of ms).
  const document = await PDFDocument.load(pdf, {
    updateMetadata: false,
    parseSpeed: Number.POSITIVE_INFINITY,
  });
  const date = new Date(`${metadata.date}T00:00:00Z`);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setCreator(metadata.creator);
  document.setProducer(`${metadata.creator} (Chromium, pdf-lib)`);
  document.setCreationDate(date);
  document.setModificationDate(date);
  return document.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
