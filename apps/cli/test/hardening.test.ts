import { execFileSync, spawn } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forecard, forecardAsync, ROOT } from "./run-cli.js";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const LLAMA = readFileSync(join(ROOT, "examples/llama-2-70b.yaml"), "utf8");
const withName = (name: string) => LLAMA.replace(/^(\s*name:\s*)(.+)$/m, `$1${name}`);

/** A folder that looks like a git repository (it has a .git folder), with an outside neighbour. */
function repository(): { repo: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), "forecard-harden-"));
  const repo = join(root, "repo");
  mkdirSync(join(repo, ".git"), { recursive: true });
  const outside = join(root, "outside");
  mkdirSync(outside);
  return { repo, outside };
}

describe("reading input files", () => {
  it("refuses a committed symbolic link to /dev/zero at once, without reading it", () => {
    const { repo } = repository();
    symlinkSync("/dev/zero", join(repo, "p.yaml"));
    const result = forecard(["validate", "p.yaml"], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^p\.yaml: links outside the repository/);
  });

  it("refuses a link to a file outside the repository, and shows none of its content", () => {
    const { repo, outside } = repository();
    writeFileSync(join(outside, "secret.yaml"), "topSecretKey: 1\n");
    symlinkSync(join(outside, "secret.yaml"), join(repo, "p.yaml"));
    const result = forecard(["check", "p.yaml", "--format", "github"], repo);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain("topSecretKey");
  });

  it("follows a link that stays inside the repository", () => {
    const { repo } = repository();
    writeFileSync(join(repo, "real.yaml"), LLAMA);
    symlinkSync("real.yaml", join(repo, "p.yaml"));
    expect(forecard(["validate", "p.yaml"], repo).code).toBe(0);
  });

  it("refuses a device or a FIFO instead of hanging on it", () => {
    const { repo } = repository();
    execFileSync("mkfifo", [join(repo, "fifo.yaml")]);
    const fifo = forecard(["validate", "fifo.yaml"], repo);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toBe("fifo.yaml: is not a regular file (a device, pipe or socket)\n");
    const device = forecard(["validate", "/dev/zero"], repo);
    expect(device.code).toBe(2);
    expect(device.stderr).toMatch(/is not a regular file/);
  });
});

describe("terminal and CI-log output", () => {
  // A model name that would start workflow commands and rewrite the terminal if printed raw.
  const hostile =
    '"Evil\\n::error file=x::pwned\\n::stop-commands::tok\\r\\e[2J\\a\\0\\t\\N\\L\\P"';

  it.each([
    ["check", "--format", "github"],
    ["check", "--format", "text"],
    ["estimate"],
    ["validate"],
  ])("keeps proposal text on its own line: %s %s %s", (...args) => {
    const { repo } = repository();
    writeFileSync(join(repo, "p.yaml"), withName(hostile));
    writeFileSync(join(repo, "policy.yaml"), readFileSync(join(ROOT, "examples/policy.yaml")));
    const command = args[0] === "check" ? [...args, "--policy", "policy.yaml"] : args;
    const [name, ...rest] = command;
    const result = forecard([name as string, "p.yaml", ...rest, "--samples", "100"], repo);
    expect(result.stderr).not.toMatch(/internal error/);
    for (const line of `${result.stdout}${result.stderr}`.split("\n")) {
      expect(line).not.toMatch(/^::(error file=x|stop-commands)/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters.
      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    }
  });

  it("ends quietly with the exit code it had (never 1) when stdout is closed early", async () => {
    const child = spawn(process.execPath, [MAIN, "schema", "proposal"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (data: Buffer) => {
      stderr += data;
    });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    // schema had decided 0; a run cut before deciding would exit 141 (docs/cli.md).
    expect(code).toBe(0);
  });
});

describe("a batch whose model names give the same file names", () => {
  it("refuses the second proposal naming both files, and overwrites nothing", () => {
    const { repo } = repository();
    writeFileSync(join(repo, "a.yaml"), withName("Atlas"));
    writeFileSync(join(repo, "b.yaml"), withName("ATLAS!"));
    writeFileSync(join(repo, "c.yaml"), withName("Other"));
    const result = forecard(
      [
        "report",
        "a.yaml",
        "b.yaml",
        "c.yaml",
        "--format",
        "json",
        "--out",
        "out",
        "--samples",
        "50",
      ],
      repo,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "b.yaml: its model name gives the same file names (atlas.*) as a.yaml; rename one model\n",
    );
    expect(readdirSync(join(repo, "out")).sort()).toEqual([
      "atlas.estimate.json",
      "other.estimate.json",
    ]);
    const written = JSON.parse(readFileSync(join(repo, "out/atlas.estimate.json"), "utf8"));
    expect(written.proposal.file).toBe("a.yaml");
  });
});

describe("git refusing a repository it does not trust", () => {
  it.skipIf(process.getuid?.() !== 0)(
    "is reported as dubious ownership with the safe.directory fix",
    () => {
      const { repo } = repository();
      execFileSync("rm", ["-rf", join(repo, ".git")]);
      execFileSync("git", ["init", "-q", repo]);
      writeFileSync(join(repo, "p.yaml"), LLAMA);
      // Owned by nobody: git (as root) now refuses it, as it does a checkout made by another user.
      execFileSync("chown", ["-R", "65534:65534", repo]);
      const result = forecard(["diff", "p.yaml", "--base-ref", "HEAD"], repo, {
        GIT_CONFIG_GLOBAL: "/dev/null",
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/dubious ownership/);
      expect(result.stderr).toContain(`git config --global --add safe.directory ${repo}`);
      expect(existsSync(repo)).toBe(true);
      chownSync(repo, 0, 0);
    },
  );
});

describe("--template folders", () => {
  const report = (template: string, out: string) =>
    forecard([
      "report",
      "examples/llama-2-70b.yaml",
      "--template",
      template,
      "--format",
      "html",
      "--out",
      out,
      "--samples",
      "50",
    ]);

  it("refuses a folder that does not exist instead of ignoring it", () => {
    const out = mkdtempSync(join(tmpdir(), "forecard-out-"));
    const result = report("/nonexistent/templates", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("--template: /nonexistent/templates: no such folder\n");
    expect(readdirSync(out)).toEqual([]);
  });

  it("reports a template error as invalid input naming the file and line (exit 2, not 70)", () => {
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(join(dir, "signoff.hbs"), "<p>\n{{meta.nonexistent}}</p>");
    const result = report(dir, join(dir, "out"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^--template: ${join(dir, "signoff.hbs")}:2: .*nonexistent.*\\n$`),
    );
  });

  it("blames a render timeout on the templates (exit 2) and writes no PDF for it", async () => {
    // Thousands of blank pages: printing them takes longer than the one second allowed.
    const dir = mkdtempSync(join(tmpdir(), "forecard-tpl-"));
    writeFileSync(join(dir, "card-details.hbs"), '<div style="height: 20000in"></div>');
    const out = join(dir, "out");
    const result = await forecardAsync([
      "report",
      "examples/llama-2-70b.yaml",
      ...["--kind", "card", "--format", "pdf", "--samples", "50"],
      ...["--template", dir, "--render-timeout", "1", "--out", out],
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`timed out with the templates in ${dir}; simplify them`);
    expect(result.stderr).not.toContain("Chromium");
    expect(readdirSync(out).filter((f) => f.endsWith(".pdf"))).toEqual([]);
  });

  it("refuses a render timeout that is not a whole number of seconds", () => {
    const out = mkdtempSync(join(tmpdir(), "forecard-out-"));
    const result = forecard([
      "report",
      "examples/llama-2-70b.yaml",
      "--render-timeout",
      "0.5",
      "--out",
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--render-timeout: /);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("a figure driven to infinity", () => {
  it("is refused on the line of the input that caused it (exit 2), never left out", async () => {
    const { NonFiniteFigureError } = await import("@forecard/core-estimates");
    const { estimateOrRefuse } = await import("@forecard/workspace");
    const locator = {
      locate: (path: readonly PropertyKey[]) =>
        path.join(".") === "training.mfu" ? { line: 9, column: 8 } : { line: 1, column: 1 },
      locateKey: () => ({ line: 1, column: 1 }),
    };
    expect(() =>
      estimateOrRefuse("p.yaml", locator, () => {
        throw new NonFiniteFigureError("time.trainingDays", [
          "training.mfu",
          "compute.trainingFlops",
        ]);
      }),
    ).toThrow(
      "p.yaml:9:8 training.mfu: makes time.trainingDays infinite; use values within physical limits",
    );
  });
});
