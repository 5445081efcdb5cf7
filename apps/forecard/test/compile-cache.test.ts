import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript, shipped as it is in bin/.
import { compileCacheDir, compileCacheFile } from "../bin/compile-cache.cjs";
import { runForecard } from "./run-forecard.js";

const scratch = mkdtempSync(join(tmpdir(), "forecard-compile-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CHECK = ["check", "examples/atlas-100t-moe.yaml", "--policy", "examples/policy.yaml"];
const TODAY = ["--today", "2026-11-26"];

/** The packaged command, whatever the environment of the tests says about Node's cache. */
const forecard = (args: string[], env: Record<string, string>, nodeArgs: string[] = []) =>
  runForecard(args, { NODE_DISABLE_COMPILE_CACHE: "", ...env }, nodeArgs);

/** The cache files in a folder. */
function caches(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith(".v8cache"));
}

describe("where the code cache lives", () => {
  it("follows FORECARD_COMPILE_CACHE, then the platform's cache folder", () => {
    expect(compileCacheDir({ FORECARD_COMPILE_CACHE: "/c" }, "linux", "/home/a")).toBe("/c");
    expect(compileCacheDir({}, "linux", "/home/a")).toBe("/home/a/.cache/forecard");
    expect(compileCacheDir({ XDG_CACHE_HOME: "/x" }, "linux", "/home/a")).toBe("/x/forecard");
    expect(compileCacheDir({}, "darwin", "/Users/a")).toBe("/Users/a/Library/Caches/forecard");
    expect(compileCacheDir({ LOCALAPPDATA: "/l" }, "win32", "/u")).toBe("/l/forecard/Cache");
  });

  it("is off under NODE_DISABLE_COMPILE_CACHE, or with nowhere to keep it", () => {
    const off = { NODE_DISABLE_COMPILE_CACHE: "1", FORECARD_COMPILE_CACHE: "/c" };
    expect(compileCacheDir(off, "linux", "/home/a")).toBeUndefined();
    expect(compileCacheDir({}, "linux", "")).toBeUndefined();
    expect(compileCacheDir({}, "win32", "/u")).toBeUndefined();
  });

  it("names one cache per source, command and runtime flags", () => {
    const check = compileCacheFile("/c", "source", ["node", "forecard", "check"], []);
    expect(compileCacheFile("/c", "source", ["node", "forecard", "check"], [])).toBe(check);
    expect(check).toMatch(/^\/c\/[0-9a-f]{16}-check-[0-9a-f]{8}\.v8cache$/);
    expect(compileCacheFile("/c", "sourcf", ["node", "forecard", "check"], [])).not.toBe(check);
    expect(compileCacheFile("/c", "source", ["node", "forecard", "report"], [])).not.toBe(check);
    expect(compileCacheFile("/c", "source", ["node", "f", "check"], ["--cpu-prof"])).not.toBe(
      check,
    );
    // Anything but a plain command name shares one cache and never shapes a path.
    for (const odd of ["--version", "../../etc", "a/b", "", "X"]) {
      expect(compileCacheFile("/c", "s", ["node", "f", odd], [])).toMatch(/-other-[0-9a-f]{8}\./);
    }
  });
});

describe("the command with its code cache", () => {
  it("writes a cache on the first run and uses it unchanged on the next, with the same output", async () => {
    const dir = join(scratch, "fresh");
    const env = { FORECARD_COMPILE_CACHE: dir };
    const first = await forecard([...CHECK, ...TODAY], env);
    expect(first.code).toBe(1);
    expect(first.stderr).toBe("");
    const [cache] = caches(dir);
    expect(caches(dir)).toEqual([expect.stringMatching(/-check-/)]);
    const written = statSync(join(dir, cache as string));
    expect(written.size).toBeGreaterThan(100_000);

    const second = await forecard([...CHECK, ...TODAY], env);
    expect(second).toEqual(first);
    // V8 took the cache: a refused one would have been written again, as a new file.
    const after = statSync(join(dir, cache as string));
    expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
  });

  it("replaces a damaged cache and answers the same", async () => {
    const dir = join(scratch, "damaged");
    const env = { FORECARD_COMPILE_CACHE: dir };
    const clean = await forecard([...CHECK, ...TODAY], env);
    const [cache] = caches(dir);
    const path = join(dir, cache as string);
    writeFileSync(path, "not a code cache");
    const damaged = await forecard([...CHECK, ...TODAY], env);
    expect(damaged).toEqual(clean);
    expect(statSync(path).size).toBeGreaterThan(100_000);
  });

  it("runs the same without a cache, or where none can be written", async () => {
    const blocker = join(scratch, "a-file");
    writeFileSync(blocker, "");
    const unwritable = await forecard([...CHECK, ...TODAY], {
      FORECARD_COMPILE_CACHE: join(blocker, "cache"),
    });
    const off = join(scratch, "off");
    const disabled = await forecard([...CHECK, ...TODAY], {
      FORECARD_COMPILE_CACHE: off,
      NODE_DISABLE_COMPILE_CACHE: "1",
    });
    const cached = await forecard([...CHECK, ...TODAY], {
      FORECARD_COMPILE_CACHE: join(scratch, "cached"),
    });
    expect(unwritable).toEqual(cached);
    expect(disabled).toEqual(cached);
    expect(() => readdirSync(off)).toThrow();

    // A system that cannot name a home folder (os.homedir() throws) means no cache either.
    const homeless = join(scratch, "homeless.cjs");
    writeFileSync(homeless, 'require("node:os").homedir = () => { throw new Error("no home"); };');
    const noHome = await forecard([...CHECK, ...TODAY], { HOME: "" }, ["--require", homeless]);
    expect(noHome).toEqual(cached);
  });

  it("removes caches written over a month ago when it writes one", async () => {
    const dir = join(scratch, "stale");
    mkdirSync(dir);
    const month = (Date.now() - 31 * 24 * 3600 * 1000) / 1000;
    writeFileSync(join(dir, "0000000000000000-check-00000000.v8cache"), "old");
    utimesSync(join(dir, "0000000000000000-check-00000000.v8cache"), month, month);
    writeFileSync(join(dir, "1111111111111111-check-00000000.v8cache"), "recent");
    writeFileSync(join(dir, "notes.txt"), "not ours");
    utimesSync(join(dir, "notes.txt"), month, month);
    await forecard(["--version"], { FORECARD_COMPILE_CACHE: dir });
    const left = readdirSync(dir).sort();
    expect(left).toContain("1111111111111111-check-00000000.v8cache");
    expect(left).toContain("notes.txt");
    expect(left).not.toContain("0000000000000000-check-00000000.v8cache");
    expect(left.filter((name) => name.includes("-other-"))).toHaveLength(1);
  });
});
