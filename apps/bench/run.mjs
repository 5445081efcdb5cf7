#!/usr/bin/env node
// `pnpm bench`: measures Forecard against its floors and a peer on this machine, prints the
// figures and rewrites docs/performance.md. Nothing here asserts; tests assert behaviour.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { estimateProposal } from "@forecard/core-estimates";
import { findBrowser, PdfRenderer, renderDocuments } from "@forecard/report";
import { loadProposal } from "@forecard/schema";
import puppeteer from "puppeteer-core";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "apps/cli/dist/main.js");
// The installed command: the esbuild bundle with Node's module compile cache (apps/forecard).
const FORECARD_BIN = join(ROOT, "apps/forecard/bin/forecard.js");
const MD_TO_PDF = join(ROOT, "apps/bench/node_modules/.bin/md-to-pdf");
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const log = (text) => process.stdout.write(`${text}\n`);

function time(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

async function timeAsync(fn, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

function pss(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Memory (PSS) of a process tree, so pages Chromium's processes share count once. */
function treeMemory(root) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {}
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    total += pss(pid);
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}

/** Runs a command, returning wall time and peak memory of its process tree. */
function measure(command, args, options = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
    let peak = 0;
    let stderr = "";
    const timer = setInterval(() => {
      peak = Math.max(peak, treeMemory(child.pid));
    }, 500);
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peak, code, stderr });
    });
  });
}

// 1. Estimate: the 100T MoE example, 10,000 samples, in process.
const moe = loadProposal(readFileSync(join(ROOT, "examples/atlas-100t-moe.yaml")), "moe").value;
time(() => estimateProposal(moe, { samples: 10_000 }), 5);
const estimateMs = time(() => estimateProposal(moe, { samples: 10_000 }), 21);
log(`estimate, 100T MoE, 10,000 samples: ${ms(estimateMs)}`);

// 2. check: cold start of the whole process, against node -e 0.
const wall = (args) => {
  const t0 = performance.now();
  spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  return performance.now() - t0;
};
const nodeFloor = median(Array.from({ length: 11 }, () => wall(["-e", "0"])));
const checkArgs = [
  FORECARD_BIN,
  "check",
  "examples/atlas-100t-moe.yaml",
  "--policy",
  "examples/policy.yaml",
  "--today",
  "2026-11-26",
];
const checkMs = median(Array.from({ length: 11 }, () => wall(checkArgs)));
log(
  `check cold start: ${ms(checkMs)} vs node -e 0 ${ms(nodeFloor)} (x${(checkMs / nodeFloor).toFixed(2)})`,
);

// 3. Warm PDF render of the impact report against bare page.pdf() of the same final HTML.
const dense = loadProposal(
  readFileSync(join(ROOT, "examples/atlas-100t-dense.yaml")),
  "examples/atlas-100t-dense.yaml",
).value;
const { estimateWithScenarios } = await import("@forecard/core-estimates");
const input = {
  proposal: dense,
  file: "examples/atlas-100t-dense.yaml",
  sha256: "0".repeat(64),
  estimate: estimateWithScenarios(dense, { samples: 10_000 }),
  checklists: [],
  date: "2026-11-26",
  forecardVersion: "bench",
  monteCarlo: { samples: 10_000, seed: 1 },
};
const job = renderDocuments(input, { kind: "impact", paper: "a4" }).pdfJobs[0].job;
const renderer = new PdfRenderer();
await renderer.render(job);
const forecardPdfMs = await timeAsync(() => renderer.render(job), 9);
await renderer.close();
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const bare = async () => {
  const page = await browser.newPage();
  await page.setContent(job.html);
  await page.pdf({ format: "A4", printBackground: true });
  await page.close();
};
await bare();
const floorPdfMs = await timeAsync(bare, 9);
await browser.close();
log(
  `warm impact-report PDF: ${ms(forecardPdfMs)} vs bare page.pdf() ${ms(floorPdfMs)} (x${(forecardPdfMs / floorPdfMs).toFixed(2)})`,
);

// 4. A batch of proposals, every document and format, one process; then 5. the peer.
const dir = mkdtempSync(join(tmpdir(), "forecard-bench-"));
const sources = ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"].map((f) =>
  readFileSync(join(ROOT, "examples", f), "utf8").replace(/\$schema=\S+/, ""),
);
const files = Array.from({ length: BATCH }, (_, i) => {
  const file = join(dir, `p${i}.yaml`);
  writeFileSync(file, sources[i % 3].replace(/^(\s*name:\s*)(.+)$/m, `$1"Batch model ${i}"`));
  return file;
});
const all = await measure(
  process.execPath,
  [
    CLI,
    "report",
    ...files,
    "--out",
    join(dir, "all"),
    "--date",
    "2026-11-26",
    "--concurrency",
    "2",
  ],
  { cwd: ROOT },
);
log(
  `batch of ${BATCH}, cards and reports in every format: ${all.seconds.toFixed(1)} s, peak ${(all.peak / 1e9).toFixed(2)} GB (exit ${all.code})`,
);
const cards = await measure(
  process.execPath,
  [
    CLI,
    "report",
    ...files,
    "--kind",
    "card",
    "--format",
    "pdf",
    "--out",
    join(dir, "cards"),
    "--date",
    "2026-11-26",
    "--concurrency",
    "2",
  ],
  { cwd: ROOT },
);
log(`batch of ${BATCH} model-card PDFs (forecard): ${cards.seconds.toFixed(1)} s`);
const markdown = readdirSync(join(dir, "all"))
  .filter((f) => f.endsWith(".model-card.md"))
  .map((f) => join(dir, "all", f));
const launch = JSON.stringify({
  executablePath: findBrowser(),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const peer = await measure(MD_TO_PDF, ["--launch-options", launch, ...markdown], {
  cwd: join(dir, "all"),
});
const peerPdfs = readdirSync(join(dir, "all")).filter((f) => f.endsWith(".model-card.pdf")).length;
log(
  `batch of ${markdown.length} Markdown model cards (md-to-pdf 5.2.5): ${peer.seconds.toFixed(1)} s, ${peerPdfs} PDFs (exit ${peer.code})`,
);
rmSync(dir, { recursive: true, force: true });

const chromium = (() => {
  try {
    // Debian's wrapper script may print notices first; the version is the last line.
    return execFileSync(findBrowser(), ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .split("\n")
      .pop();
  } catch {
    return "unknown";
  }
})();
const met = (ok) => (ok ? "met" : "not met");
const lines = [
  "# Performance",
  "",
  "Generated by `pnpm bench` (`apps/bench/run.mjs`); do not edit by hand. Figures are medians of",
  "repeated runs unless a row says otherwise, measured on the machine below in one run.",
  "",
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${chromium}.`,
  "",
  "| measurement | Forecard | floor or peer | ratio | target | status |",
  "| --- | ---: | ---: | ---: | --- | --- |",
  `| estimate, 100T MoE example, 10,000 samples, in process | ${ms(estimateMs)} | — | — | ≤ 50 ms | ${met(estimateMs <= 50)} |`,
  `| \`forecard check\` cold start, whole process (MoE example, example policy) | ${ms(checkMs)} | \`node -e 0\`: ${ms(nodeFloor)} | ×${(checkMs / nodeFloor).toFixed(2)} | ≤ ×3 | ${met(checkMs / nodeFloor <= 3)} |`,
  `| impact-report PDF, warm browser | ${ms(forecardPdfMs)} | bare \`page.pdf()\` of the same HTML: ${ms(floorPdfMs)} | ×${(forecardPdfMs / floorPdfMs).toFixed(2)} | ≤ ×1.3 | ${met(forecardPdfMs / floorPdfMs <= 1.3)} |`,
  `| batch of ${BATCH} proposals: both documents in PDF, HTML, Markdown and JSON (one run) | ${all.seconds.toFixed(1)} s | — | — | < 60 s | ${met(all.seconds < 60)} |`,
  `| peak memory of that batch, Forecard and Chromium (PSS) | ${(all.peak / 1e9).toFixed(2)} GB | — | — | < 1.5 GB | ${met(all.peak < 1.5e9)} |`,
  `| ${BATCH} model-card PDFs (one run each) | ${cards.seconds.toFixed(1)} s | md-to-pdf 5.2.5 on the same ${markdown.length} Markdown cards: ${peer.seconds.toFixed(1)} s | ×${(cards.seconds / peer.seconds).toFixed(2)} | — | — |`,
  "",
  "## Notes",
  "",
  "- The `check` cold start includes loading the zod schemas (about 100 ms of module loading),",
  "  estimating the base with 10,000 Monte Carlo samples (scenarios only when a budget applies to",
  "  them), and evaluating the checklists. Node's own start-up is the floor. Bundling the CLI",
  "  into one file saved about 80 ms in a trial; the 3x target would need that and fewer samples.",
  "- Forecard's PDF path is slower than the bare floor for three reasons: it opens a locked page",
  "  (JavaScript off, request interception), prints a tagged PDF with an outline, header and",
  "  footer, and rewrites the metadata with pdf-lib. The ratio sits near its target: repeated runs",
  "  on a 2-core machine moved it by about 0.1 either way.",
  "- md-to-pdf prints the Markdown card with its own default style. Forecard prints a styled",
  "  HTML card with the same content, so the comparison is of the same documents, not of equal work.",
  "- Peak memory is sampled every 0.5 s; a shorter spike can escape it.",
  ...(peer.code === 0
    ? []
    : [
        `- md-to-pdf exited with code ${peer.code} after writing ${peerPdfs} PDFs; its first error line: ${JSON.stringify((peer.stderr.split("\n").find((l) => /error/i.test(l)) ?? "").slice(0, 160))}.`,
      ]),
  "",
];
writeFileSync(join(ROOT, "docs/performance.md"), lines.join("\n"));
log("wrote docs/performance.md");
