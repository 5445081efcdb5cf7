import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { BROWSER_ARGS, findBrowser } from "../src/browser.js";
import { renderDocuments } from "../src/documents.js";
import { PdfRenderer } from "../src/pdf.js";
import { exampleInput } from "../test/fixtures.js";

// Target (issue: report generator): a warm render of the impact report within 1.3x the floor,
// the floor being bare puppeteer page.pdf() of the same final HTML in the same run.
const job = renderDocuments(exampleInput("atlas-100t-dense.yaml"), { kind: "impact", paper: "a4" })
  .pdfJobs[0]?.job;
if (!job) throw new Error("no impact report job");
const renderer = new PdfRenderer();
let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
  });
  await renderer.render(job);
});

afterAll(async () => {
  await renderer.close();
  await browser.close();
});

describe("impact report PDF, warm browser", () => {
  bench(
    "forecard render (locked page, header/footer, metadata)",
    async () => {
      await renderer.render(job);
    },
    { iterations: 8, time: 0 },
  );

  bench(
    "floor: bare page.setContent + page.pdf of the same HTML",
    async () => {
      const page = await browser.newPage();
      await page.setContent(job.html);
      await page.pdf({ format: "A4", printBackground: true });
      await page.close();
    },
    { iterations: 8, time: 0 },
  );
});
