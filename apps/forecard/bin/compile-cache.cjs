// Runs the command's bundle from a V8 code cache kept between runs. Compiling the bundle, and then
// each function as it is first called, is a large part of what a quick command such as `check`
// costs. Node 22.1+ has a compile cache of its own, but Node 20 has none for ES modules, and Node's
// is written right after compiling, before the functions a command calls are compiled. This one
// is written when the process ends, so it holds every function the command ran.
"use strict";
const { createHash } = require("node:crypto");
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require("node:fs");
const { createRequire } = require("node:module");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const vm = require("node:vm");

// When a cache is written, those written longer ago than this are removed, so that the caches of
// earlier versions do not pile up; one still in use is written again on its command's next run.
const STALE_AFTER_MS = 30 * 24 * 3600 * 1000;
const SUFFIX = ".v8cache";

/**
 * The folder that holds Forecard's code caches: FORECARD_COMPILE_CACHE when set, else the user's
 * cache folder, as Node's own compile cache is turned off by NODE_DISABLE_COMPILE_CACHE.
 * @returns undefined when caching is off or there is no home folder to keep it in.
 */
function compileCacheDir(env = process.env, platform = process.platform, home = homeFolder()) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (env.FORECARD_COMPILE_CACHE) return env.FORECARD_COMPILE_CACHE;
  if (platform === "win32") {
    return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, "forecard", "Cache") : undefined;
  }
  if (!home) return undefined;
  if (platform === "darwin") return join(home, "Library", "Caches", "forecard");
  return join(env.XDG_CACHE_HOME || join(home, ".cache"), "forecard");
}

/** The user's home folder; "" when the system has none to give (no HOME and no account entry). */
function homeFolder() {
  try {
    return homedir();
  } catch {
    return "";
  }
}

/**
 * The cache file for this bundle, runtime and command. V8 checks only the source's length, its own
 * version and its flags before it trusts a cache, so the name carries a hash of the source itself.
 * Each command keeps its own cache: one written by `--version` would hold none of `check`'s code.
 */
function compileCacheFile(dir, source, argv = process.argv, execArgv = process.execArgv) {
  const command = /^[a-z][a-z-]{0,40}$/.test(argv[2] ?? "") ? argv[2] : "other";
  const runtime = [process.version, process.arch, process.versions.v8, ...execArgv].join("\n");
  const sourceHash = createHash("sha256").update(source).digest("hex").slice(0, 16);
  const runtimeHash = createHash("sha256").update(runtime).digest("hex").slice(0, 8);
  return join(dir, `${sourceHash}-${command}-${runtimeHash}${SUFFIX}`);
}

/**
 * Runs a CommonJS file as Node runs a module, compiled from its code cache when one matches, and
 * writes the cache when the process exits if there was none or V8 refused it. A cache that cannot
 * be read or written only costs that run its compile: the command behaves the same either way.
 * @param file - absolute path of the bundle.
 * @param dir - cache folder; undefined runs without a cache.
 */
function runBundle(file, dir = compileCacheDir()) {
  const source = readFileSync(file, "utf8");
  const cacheFile = dir ? compileCacheFile(dir, source) : undefined;
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Node 20 runs no import() in a script compiled this way without an experimental flag, so the
  // bundle has none (scripts/bundle.mjs refuses to build one that does).
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, cachedData },
  );
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
    process.once("exit", () => writeCache(cacheFile, script));
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
}

function writeCache(cacheFile, script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
    removeStale(dirname(cacheFile));
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    // Renamed into place, so a command starting meanwhile reads a whole cache or none.
    renameSync(temporary, cacheFile);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written there either.
    }
  }
}

function removeStale(dir) {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(SUFFIX)) continue;
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
  }
}

module.exports = { compileCacheDir, compileCacheFile, runBundle };
