import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import {
  type AddressInfo,
  createServer as createTcpServer,
  type Server as TcpServer,
} from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatQuantity } from "@forecard/core-estimates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserNotFoundError, findBrowser } from "../src/browser.js";
import { renderDocuments } from "../src/documents.js";
import { MARGIN_BOXES_SINCE_CHROMIUM, pageChrome, withStyle } from "../src/page-chrome.js";
import { declaresOwnHttpEquiv, PAGE_REUSE_LIMIT, PdfRenderer } from "../src/pdf.js";
import { exampleInput, HOSTILE_YAML, inputFromYaml, withPage } from "./fixtures.js";

// These tests drive the system Chromium (scripts/setup.sh installs it) and read PDFs back with
// poppler's pdftotext and pdfinfo, as a reviewer's tools would.
function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), "forecard-pdf-")), "doc.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const file = join(mkdtempSync(join(tmpdir(), "forecard-pdf-")), "doc.pdf");
  writeFileSync(file, pdf);
  const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(
    out
      .split("\n")
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]),
  );
}

/** Objects whose cross-reference offset does not land on "N 0 obj" (poppler would repair them silently). */
function misplacedObjects(pdf: Uint8Array): number[] {
  const text = Buffer.from(pdf).toString("latin1");
  const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const table = text.slice(xref, text.indexOf("trailer", xref)).split("\n").slice(1);
  const wrong: number[] = [];
  let object = 0;
  for (const line of table) {
    const entry = /^(\d{10}) \d{5} ([nf])/.exec(line);
    if (!entry) {
      if (/^\d+ \d+/.test(line)) object = Number(line.split(" ")[0]);
      continue;
    }
    if (entry[2] === "n" && !text.startsWith(`${object} 0 obj`, Number(entry[1])))
      wrong.push(object);
    object++;
  }
  if (object === 0) wrong.push(-1);
  return wrong;
}

/** A print job of bare HTML with placeholder header, footer and metadata. */
const plainJob = (html: string) => ({
  html,
  headerText: "h",
  footerText: "f",
  paper: "a4" as const,
  metadata: {
    title: "t",
    author: "a",
    subject: "s",
    keywords: [],
    date: "2026-03-04",
    creator: "c",
  },
});

const renderer = new PdfRenderer();
const hits: string[] = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? "");
    response.end("x");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await renderer.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("PDF rendering", () => {
  it("prints the 100T impact report with its figures, sections, page numbers and metadata", async () => {
    const input = exampleInput("atlas-100t-dense.yaml");
    const job = renderDocuments(input, { kind: "impact", paper: "a4" }).pdfJobs[0]?.job;
    if (!job) throw new Error("no job");
    const { pdf, log } = await renderer.render(job);
    const text = pdfText(pdf);
    expect(text).toContain("Atlas-100T");
    const energy = input.estimate.base.figures["energy.trainingMWh"];
    expect(energy).toBeDefined();
    if (energy) expect(text).toContain(formatQuantity(energy.value, energy.unit));
    for (const section of [
      "Executive summary",
      "Scale and compute",
      "Carbon",
      "Checklist results",
      "Appendix B. Formulas with the numbers",
    ]) {
      expect(text).toContain(section);
    }
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThan(8);
    expect(text).toContain(`page 1 of ${pages}`);
    expect(text).toContain(`page ${pages} of ${pages}`);
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
    expect(log.blockedRequests).toEqual([]);
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({
      Title: "Atlas-100T: impact report",
      Author: "Example Lab",
      Tagged: "yes",
      Creator: "Forecard 0.1.0",
    });
    expect(info.CreationDate).toContain("2026");
    expect(info["Page size"]).toContain("A4");
    // An outline (bookmarks from the headings) and a structure tree (tagged PDF).
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toContain("/Outlines");
    expect(raw).toContain("/StructTreeRoot");
  });

  it("prints header and footer text from the proposal as text on every page", async () => {
    const header = `"; } @page { @top-left { content: "pwned" } } </style><script>x</script> \\ end`;
    const footer = "Forecard 0.1.0 · <b>f</b> Zürich";
    const html = `<!DOCTYPE html><html><head><title>t</title></head><body><p>one</p><p style="break-before: page">two</p></body></html>`;
    const { pdf } = await renderer.render({
      ...plainJob(html),
      headerText: header,
      footerText: footer,
    });
    const text = pdfText(pdf);
    for (const page of text.split("\f").slice(0, 2)) {
      expect(page.replace(/\s+/g, " ")).toContain(header);
      expect(page).toContain(footer);
    }
    expect(text).toContain("page 1 of 2");
    expect(text).toContain("page 2 of 2");
    expect(text).not.toContain("pwned\n");
  });

  it("prints the header and footer templates older Chromium versions get", async () => {
    const pdf = await withPage(async (page) => {
      const chrome = pageChrome("<i>head</i>", "foot & co", MARGIN_BOXES_SINCE_CHROMIUM - 1);
      await page.setContent(
        withStyle("<html><head></head><body><p>body</p></body></html>", chrome.style),
      );
      return page.pdf({
        format: "A4",
        margin: { top: "20mm", bottom: "20mm" },
        ...chrome.pdfOptions,
      });
    });
    const text = pdfText(pdf);
    expect(text).toContain("<i>head</i>");
    expect(text).toContain("foot & co");
    expect(text).toContain("page 1 of 1");
    expect(text).toContain("body");
  });

  it("prints on Letter paper when asked", async () => {
    const job = renderDocuments(exampleInput("llama-2-70b.yaml"), { kind: "card", paper: "letter" })
      .pdfJobs[0]?.job;
    if (!job) throw new Error("no job");
    const { pdf } = await renderer.render(job);
    expect(pdfInfo(pdf)["Page size"]).toContain("letter");
  });

  it("shows hostile markup as text, runs no script and makes no network request", async () => {
    const yaml = HOSTILE_YAML.replaceAll("PORT", String(port));
    const docs = renderDocuments(inputFromYaml(yaml), { kind: "all", paper: "a4" });
    for (const { job } of docs.pdfJobs) {
      const { pdf, log } = await renderer.render(job);
      const text = pdfText(pdf);
      expect(text).toContain("<script>document.title='pwned'</script>");
      expect(log.blockedRequests).toEqual([]);
      expect(pdfInfo(pdf).Title).not.toBe("pwned");
    }
    expect(hits).toEqual([]);
  });

  it("refuses every request and runs no script even in raw HTML", async () => {
    const html = `<!DOCTYPE html><html><head><title>raw</title></head><body><p>x</p>
      <img src="http://127.0.0.1:${port}/img.png">
      <script>document.title = "ran"; new Image().src = "http://127.0.0.1:${port}/script-ran";</script>
      </body></html>`;
    const { pdf, log } = await renderer.render({
      html,
      headerText: "h",
      footerText: "f",
      paper: "a4",
      metadata: {
        title: "raw",
        author: "a",
        subject: "s",
        keywords: [],
        date: "2026-11-26",
        creator: "test",
      },
    });
    // The renderer's policy refuses the image before it becomes a request at all.
    expect(log.blockedRequests).toEqual([]);
    expect(hits).toEqual([]);
    expect(pdfText(pdf)).not.toContain("ran");
  });
});

describe("the renderer's network", () => {
  // A bare TCP listener: it counts connections, so a preconnect that sends no request still shows.
  let listener: TcpServer;
  let connections = 0;
  let tcpPort = 0;
  beforeAll(async () => {
    listener = createTcpServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    tcpPort = (listener.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => listener.close(resolve));
  });

  // Hostile layouts: none has a CSP of its own, so only what the renderer enforces stands.
  const hostileHeads = (origin: string) => ({
    preconnect: `<link rel="preconnect" href="${origin}">`,
    "dns-prefetch": `<link rel="dns-prefetch" href="${origin}">`,
    prefetch: `<link rel="prefetch" href="${origin}/prefetch">`,
    preload: `<link rel="preload" as="style" href="${origin}/preload.css">`,
    prerender: `<link rel="prerender" href="${origin}/prerender">`,
    stylesheet: `<link rel="stylesheet" href="${origin}/style.css">`,
    "meta refresh": `<meta http-equiv="refresh" content="0; url=${origin}/refresh">`,
    "css import": `<style>@import url("${origin}/import.css"); body { background: url(${origin}/bg.png) }</style>`,
    "font face": `<style>@font-face { font-family: x; src: url(${origin}/f.woff) } p { font-family: x }</style>`,
    "img and iframe": `</head><body><img src="${origin}/i.png"><iframe src="${origin}/frame"></iframe><object data="${origin}/o"></object>`,
    "base href": `<base href="${origin}/"></head><body><img src="relative.png">`,
    "csp dropped": `<meta http-equiv="Content-Security-Policy" content="default-src *"><img src="${origin}/after-csp.png">`,
    "svg image": `</head><body><svg><image href="${origin}/svg.png"/></svg>`,
  });

  it("opens no connection for any hostile template, by IP address or by host name", async () => {
    for (const origin of [`http://127.0.0.1:${tcpPort}`, `http://localhost:${tcpPort}`]) {
      for (const [name, head] of Object.entries(hostileHeads(origin))) {
        const html = `<!DOCTYPE html><html><head>${head}</head><body><p>${name}</p><a href="${origin}/link">l</a></body></html>`;
        await renderer.render({
          html,
          headerText: "h",
          footerText: "f",
          paper: "a4",
          metadata: {
            title: name,
            author: "a",
            subject: "s",
            keywords: [],
            date: "2026-11-26",
            creator: "t",
          },
        });
        // Speculative connections are asynchronous: give them time to show up.
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(connections, `${name} via ${origin}`).toBe(0);
      }
    }
  });
});

describe("PDF bytes and metadata", () => {
  it("prints the same bytes on a reused page as on a fresh one, whatever it printed before", async () => {
    const card = renderDocuments(exampleInput("llama-2-70b.yaml"), { kind: "card", paper: "a4" })
      .pdfJobs[0]?.job;
    const impact = renderDocuments(exampleInput("atlas-100t-moe.yaml"), {
      kind: "impact",
      paper: "a4",
    }).pdfJobs[0]?.job;
    if (!card || !impact) throw new Error("no job");
    const fresh = new PdfRenderer();
    try {
      const first = (await fresh.render(card)).pdf;
      await renderer.render(impact);
      await renderer.render(card);
      const again = (await renderer.render(card)).pdf;
      expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0);
      expect(Buffer.from(first).toString("latin1")).toMatch(/\(node00000000\)/);
    } finally {
      await fresh.close();
    }
  });

  it("prints no document under a policy an earlier document declared on the same page", async () => {
    // A 1x1 PNG: its image is in the PDF only when the document's policy lets data: images load.
    const pixel =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    const page = (head: string, body: string) =>
      plainJob(
        `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`,
      );
    const strict = page(
      `<meta http-equiv="Content-Security-Policy" content="img-src 'none'">`,
      "<p>strict</p>",
    );
    const picture = page("", `<p>picture</p><img src="${pixel}" width="200" height="200">`);
    const alone = new PdfRenderer();
    const shared = new PdfRenderer();
    try {
      const expected = (await alone.render(picture)).pdf;
      expect(Buffer.from(expected).toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
      await shared.render(strict);
      const after = (await shared.render(picture)).pdf;
      expect(Buffer.compare(Buffer.from(expected), Buffer.from(after))).toBe(0);
      expect(shared.pagesOpened).toBe(2);
    } finally {
      await alone.close();
      await shared.close();
    }
  });

  it("tells the built-in templates' policy from any other http-equiv declaration", () => {
    const builtIn = renderDocuments(exampleInput("llama-2-70b.yaml"), { kind: "all", paper: "a4" });
    for (const { job } of builtIn.pdfJobs) expect(declaresOwnHttpEquiv(job.html)).toBe(false);
    expect(declaresOwnHttpEquiv('<meta http-equiv="refresh" content="0">')).toBe(true);
    expect(declaresOwnHttpEquiv("<META HTTP-EQUIV=Content-Security-Policy content=x>")).toBe(true);
    // Text that only mentions the attribute is treated as a declaration: the page is not reused.
    expect(declaresOwnHttpEquiv("<p>http-equiv</p>")).toBe(true);
  });

  it("replaces a page after it has printed PAGE_REUSE_LIMIT documents, so a long batch cannot grow a renderer", async () => {
    const fresh = new PdfRenderer();
    const job = plainJob(
      "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>",
    );
    try {
      for (let i = 0; i < PAGE_REUSE_LIMIT; i++) await fresh.render(job);
      expect(fresh.pagesOpened).toBe(1);
      await fresh.render(job);
      expect(fresh.pagesOpened).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it("writes the document information in any script, with the report date", async () => {
    const { pdf } = await renderer.render({
      html: "<!DOCTYPE html><html><head><title>t</title></head><body><h1>Modèle</h1></body></html>",
      headerText: "h",
      footerText: "f",
      paper: "a4",
      metadata: {
        title: "Modèle Ωmega 東京: model card",
        author: "Lab (Zürich) \\ ) (",
        subject: "s",
        keywords: ["Forecard", "model card"],
        date: "2026-03-04",
        creator: "Forecard test",
      },
    });
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({
      Title: "Modèle Ωmega 東京: model card",
      Author: "Lab (Zürich) \\ ) (",
      Subject: "s",
      Keywords: "Forecard model card",
      Creator: "Forecard test",
      Producer: "Forecard test (Chromium)",
    });
    expect(info.CreationDate).toMatch(/Mar\s+4 00:00:00 2026/);
    // Every cross-reference entry still points at its object after the offsets moved.
    expect(misplacedObjects(pdf)).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), "forecard-pdf-")), "doc.pdf");
    writeFileSync(file, pdf);
    expect(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).toContain("Modèle");
  });
});

describe("findBrowser", () => {
  it("prefers FORECARD_CHROMIUM, and says how to install a browser when none is found", () => {
    const found = findBrowser();
    expect(findBrowser({ FORECARD_CHROMIUM: found })).toBe(found);
    expect(() => findBrowser({ FORECARD_CHROMIUM: "/nonexistent/chrome" })).toThrow(
      BrowserNotFoundError,
    );
    expect(() => findBrowser({}, ["/nonexistent/chromium"])).toThrow(/apt-get install chromium/);
  });
});
