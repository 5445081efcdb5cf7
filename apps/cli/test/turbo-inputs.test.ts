import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

// `pnpm test` is cached by turbo. These tests read examples/, docs/ and tests/ at the repository
// root, so a change there must change the test task's hash (a cache miss), or a broken doc would
// keep passing from cache. Shown on a copy of the tracked files, with turbo's dry run.
let copy: string;

function testHash(): string {
  const out = execFileSync(
    join(ROOT, "node_modules/.bin/turbo"),
    ["run", "test", "--dry=json", "--filter=@forecard/cli"],
    {
      cwd: copy,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    },
  );
  const tasks = (JSON.parse(out) as { tasks: { taskId: string; hash: string }[] }).tasks;
  const task = tasks.find((t) => t.taskId === "@forecard/cli#test");
  if (!task) throw new Error("turbo planned no @forecard/cli#test");
  return task.hash;
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "forecard-turbo-"));
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" });
  for (const file of tracked.split("\0").filter(Boolean)) {
    cpSync(join(ROOT, file), join(copy, file));
  }
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("turbo's test inputs", () => {
  it.each(["docs/validation.md", "examples/policy.yaml", "tests/hostile/README.md"])(
    "include %s, so editing it re-runs the CLI's tests",
    (file) => {
      const before = testHash();
      appendFileSync(join(copy, file), "\nedited\n");
      expect(testHash()).not.toBe(before);
    },
  );

  it("leave out files the CLI's tests do not read", () => {
    const before = testHash();
    appendFileSync(join(copy, "apps/github-action/action.yml"), "\n# edited\n");
    expect(testHash()).toBe(before);
  });
});
