#!/usr/bin/env node
// Benchmark (issue: report generator): render model cards and impact reports for a batch of
// 100 proposals with one `forecard report` process. Targets: under 60 s on 2 cores, peak memory
// (forecard plus its Chromium processes) under 1.5 GB. Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const count = Number(process.argv[2] ?? 100);
const root = fileURLToPath(new URL("../../../", import.meta.url));
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "forecard-batch-"));
const examples = ["atlas-100t-dense.yaml", "atlas-100t-moe.yaml", "llama-2-70b.yaml"].map((f) =>
  readFileSync(join(root, "examples", f), "utf8").replace(/\$schema=\S+/, ""),
);
const files = [];
for (let i = 0; i < count; i++) {
  const source = examples[i % examples.length].replace(
    /^(\s*name:\s*)(.+)$/m,
    `$1"Batch model ${i}"`,
  );
  const file = join(dir, `p${i}.yaml`);
  writeFileSync(file, source);
  files.push(file);
}

/**
 * Memory of a process and all its descendants, in bytes (Linux /proc): proportional set size,
 * so pages Chromium's processes share are counted once rather than once per process.
 */
function treeRss(pid) {
  const children = new Map();
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      children.set(Number(entry), { parent, rss: 0 });
    } catch {}
  }
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop();
    if (children.has(current)) total += pss(current);
    for (const [child, c] of children) if (c.parent === current) stack.push(child);
  }
  return total;
}

function pss(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const out = join(dir, "out");
const started = performance.now();
const child = spawn(
  process.execPath,
  [
    main,
    "report",
    ...files,
    "--out",
    out,
    "--date",
    "2026-11-26",
    "--concurrency",
    process.env.BENCH_CONCURRENCY ?? "2",
  ],
  {
    stdio: ["ignore", "ignore", "pipe"],
  },
);
let peak = 0;
const timer = setInterval(() => {
  peak = Math.max(peak, treeRss(child.pid));
}, 500);
let stderr = "";
child.stderr.on("data", (d) => {
  stderr += d;
});
child.on("exit", (code) => {
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const pdfs = readdirSync(out).filter((f) => f.endsWith(".pdf")).length;
  rmSync(dir, { recursive: true, force: true });
  const lines = [
    `batch of ${count} proposals: ${pdfs} PDFs plus HTML, Markdown and JSON in ${seconds.toFixed(1)} s (target < 60 s), exit ${code}`,
    `peak memory (PSS) of forecard and Chromium: ${(peak / 1e9).toFixed(2)} GB (target < 1.5 GB)`,
    `per proposal: ${((seconds / count) * 1000).toFixed(0)} ms`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (code !== 0)
    process.stderr.write(
      stderr
        .split("\n")
        .filter((l) => !l.startsWith("wrote"))
        .join("\n"),
    );
});
