import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { BROWSER_ARGS, findBrowser } from "./browser.js";
import { chromiumMajor, pageChrome, withStyle } from "./page-chrome.js";
import { type PdfMetadata, withMetadata } from "./pdf-metadata.js";

export type { PdfMetadata } from "./pdf-metadata.js";

/** Paper sizes a PDF can be printed on. */
export type Paper = "a4" | "letter";

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

/** A page locked once (JavaScript off, every request refused) and reused for many documents. */
interface LockedPage {
  page: Page;
  /** The log of the document the page is printing now. */
  log: RenderLog;
  /** The HTML to serve on the page's next navigation to the document's address, then cleared. */
  html?: string;
  /** Documents printed on this page so far. */
  printed: number;
}

// The policy tag of the built-in templates. Within one document, policies only add up: a page
// that printed any other `http-equiv` tag (a stricter policy, a refresh) is not given another
// document, so no document is printed under what an earlier one declared.
const TEMPLATE_POLICY_TAG = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

/** Whether HTML declares anything with `http-equiv` beyond the built-in templates' policy. */
export function declaresOwnHttpEquiv(html: string): boolean {
  const declared = html.match(/http-equiv/gi)?.length ?? 0;
  return declared > html.split(TEMPLATE_POLICY_TAG).length - 1;
}

/**
 * Documents a page prints before it is closed and replaced. A renderer keeps some memory from
 * every document it lays out, so a page that lived for a whole batch of thousands would grow
 * without bound; a new page costs about as much as one short print.
 */
export const PAGE_REUSE_LIMIT = 25;

/**
 * The Content Security Policy every document is served with, as an HTTP header set by the
 * renderer: a template (even one that drops its own `<meta>` policy) cannot loosen it.
 */
export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Longest a document may take to load, and again to print, by default, ms. */
export const DEFAULT_RENDER_TIMEOUT_MS = 120_000;

// The document's own address: never resolved (interception answers it), never a real host.
const DOCUMENT_URL = "http://forecard.invalid/document.html";

/**
 * One Chromium for many documents. Pages are locked once (JavaScript off, every network request
 * refused, so untrusted proposal text can neither run nor call out) and reused: opening a page
 * costs about as much as printing a short document. A new page first loads an empty document
 * served with the policy above as a header; each document is then written into it, which keeps
 * that policy and costs about a third less than a navigation per document (measured). The
 * browser itself is launched without a network (see BROWSER_ARGS).
 */
export class PdfRenderer {
  private browser?: Browser;
  private launching?: Promise<Browser>;
  // The launched browser's major version, which decides how headers and footers are drawn.
  private chromiumVersion = 0;
  private readonly idle: LockedPage[] = [];
  private opened = 0;

  /**
   * @param executablePath - the Chromium to launch.
   * @param timeoutMs - longest a document may take to load, and again to print, ms.
   */
  constructor(
    private readonly executablePath: string = findBrowser(),
    private readonly timeoutMs = DEFAULT_RENDER_TIMEOUT_MS,
  ) {}

  private async ensureBrowser(): Promise<Browser> {
    if (this.browser?.connected) return this.browser;
    this.idle.length = 0;
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
      .then(async (browser) => {
        this.chromiumVersion = chromiumMajor(await browser.version());
        this.browser = browser;
        this.launching = undefined;
        return browser;
      });
    return this.launching;
  }

  private async acquirePage(): Promise<LockedPage> {
    const browser = await this.ensureBrowser();
    const reusable = this.idle.pop();
    if (reusable) return reusable;
    const page = await browser.newPage();
    const locked: LockedPage = { page, log: { blockedRequests: [] }, printed: 0 };
    this.opened += 1;
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url === "about:blank") {
        void request.continue();
        return;
      }
      // The document being printed, once per render, answered here with the policy as a header.
      if (url === DOCUMENT_URL && locked.html !== undefined && request.isNavigationRequest()) {
        const body = locked.html;
        locked.html = undefined;
        void request.respond({
          status: 200,
          contentType: "text/html; charset=utf-8",
          headers: { "Content-Security-Policy": DOCUMENT_CSP, "Referrer-Policy": "no-referrer" },
          body,
        });
        return;
      }
      locked.log.blockedRequests.push(url);
      // An aborted navigation (a meta refresh) is cancelled without replacing the document by an
      // error page, so the page being printed stays as it was.
      void request.abort(request.isNavigationRequest() ? "aborted" : "blockedbyclient");
    });
    locked.html = "<!DOCTYPE html>";
    try {
      await page.goto(DOCUMENT_URL, { waitUntil: "load", timeout: this.timeoutMs });
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
    return locked;
  }

  /**
   * Prints HTML to a tagged PDF with an outline, header, footer ("page x of y") and metadata.
   * @returns the PDF bytes and the log of refused requests.
   */
  async render(job: PdfJob): Promise<{ pdf: Uint8Array; log: RenderLog }> {
    const locked = await this.acquirePage();
    const { page } = locked;
    const log: RenderLog = { blockedRequests: [] };
    locked.log = log;
    let printed = false;
    try {
      const chrome = pageChrome(job.headerText, job.footerText, this.chromiumVersion);
      await page.setContent(withStyle(job.html, chrome.style), {
        waitUntil: "load",
        timeout: this.timeoutMs,
      });
      const raw = await page.pdf({
        format: job.paper === "letter" ? "Letter" : "A4",
        printBackground: true,
        tagged: true,
        outline: true,
        ...chrome.pdfOptions,
        margin: { top: "20mm", bottom: "20mm", left: "16mm", right: "16mm" },
        timeout: this.timeoutMs,
      });
      printed = true;
      locked.printed += 1;
      return { pdf: await withMetadata(raw, job.metadata), log };
    } finally {
      // A page that failed (a timeout, a crash) is not trusted with the next document.
      if (
        printed &&
        locked.printed < PAGE_REUSE_LIMIT &&
        !declaresOwnHttpEquiv(job.html) &&
        page.browser() === this.browser &&
        this.browser?.connected
      )
        this.idle.push(locked);
      else await page.close().catch(() => undefined);
    }
  }

  /** Closes the browser; safe to call twice. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    await browser?.close().catch(() => undefined);
  }

  /** Pages opened since this renderer was made, for tests of page reuse. */
  get pagesOpened(): number {
    return this.opened;
  }

  /** The browser process id, for fault tests. */
  get pid(): number | undefined {
    return this.browser?.process()?.pid;
  }
}
