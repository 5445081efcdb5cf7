import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { ROOT } from "./run-cli.js";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));

function batch(count: number): { files: string[]; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "forecard-fault-"));
  const files = Array.from({ length: count }, (_, i) => {
    const file = join(dir, `p${i}.yaml`);
    copyFileSync(join(ROOT, "examples/llama-2-70b.yaml"), file);
    return file;
  });
  return { files, out: join(dir, "out") };
}

/** Child processes of a process (Linux /proc), for finding the browser the CLI started. */
function children(pid: number): number[] {
  return readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .flatMap((e) => {
      try {
        const stat = readFileSync(`/proc/${e}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid
          ? [Number(e)]
          : [];
      } catch {
        return [];
      }
    });
}

function run(
  args: string[],
  onLine: (line: string, child: ChildProcess) => void,
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (data: Buffer) => {
      for (const line of data.toString().split("\n").filter(Boolean)) onLine(line, child);
      stderr += data;
    });
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
}

const complete = (pdf: Buffer) =>
  pdf.subarray(0, 5).toString() === "%PDF-" && pdf.subarray(-8).toString().includes("%%EOF");

describe("faults during a batch", () => {
  it("retries a document once when Chromium is killed, and finishes the others", async () => {
    const { files, out } = batch(4);
    let killed = false;
    const result = await run(
      [
        "report",
        ...files,
        "--kind",
        "impact",
        "--format",
        "pdf",
        "--out",
        out,
        "--concurrency",
        "1",
        "--samples",
        "100",
      ],
      (line, child) => {
        if (!killed && line.startsWith("wrote") && child.pid) {
          killed = true;
          for (const pid of children(child.pid)) process.kill(pid, "SIGKILL");
        }
      },
    );
    expect(killed).toBe(true);
    expect(result.stderr).toMatch(/retrying .*\.pdf once/);
    expect(result.code).toBe(0);
    const pdfs = readdirSync(out).filter((f) => f.endsWith(".pdf"));
    // Four copies of one model share a file name: one impact report survives.
    expect(pdfs).toHaveLength(1);
    for (const pdf of pdfs) expect(complete(readFileSync(join(out, pdf)))).toBe(true);
  });

  it("leaves no partial or temporary file when interrupted", async () => {
    const { files, out } = batch(6);
    let interrupted = false;
    const result = await run(
      [
        "report",
        ...files,
        "--format",
        "pdf",
        "--out",
        out,
        "--concurrency",
        "2",
        "--samples",
        "100",
        "--kind",
        "impact",
      ],
      (line, child) => {
        if (!interrupted && line.startsWith("wrote")) {
          interrupted = true;
          child.kill("SIGINT");
        }
      },
    );
    expect(interrupted).toBe(true);
    expect(result.code).toBe(130);
    const left = readdirSync(out);
    expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(left.length).toBeLessThan(6);
    for (const pdf of left) expect(complete(readFileSync(join(out, pdf))), pdf).toBe(true);
  });
});

describe("a full disk", () => {
  it("says what failed and how to fix it, and leaves no temporary file", async () => {
    vi.resetModules();
    vi.doMock("node:fs", async (original) => {
      const fs = await original<typeof import("node:fs")>();
      return {
        ...fs,
        writeFileSync: () => {
          throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
        },
      };
    });
    const { writeAtomically } = await import("../src/files.js");
    const dir = mkdtempSync(join(tmpdir(), "forecard-full-"));
    expect(() => writeAtomically(join(dir, "report.pdf"), "x")).toThrow(
      `${join(dir, "report.pdf")}: cannot be written (ENOSPC); free some disk space`,
    );
    expect(readdirSync(dir)).toEqual([]);
    vi.doUnmock("node:fs");
  });
});
