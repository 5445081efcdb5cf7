// Bundles the action into the single file that action.yml runs; actions cannot install packages.
// The bundle is committed; a test rebuilds it and fails when it is out of date.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const outfile = process.argv[2] ?? new URL("../dist/index.mjs", import.meta.url).pathname;
await build({
  entryPoints: [new URL("../build/index.js", import.meta.url).pathname],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  outfile,
  legalComments: "none",
  // The version is written into the bundle, which must run without its package.json beside it.
  define: { __FORECARD_ACTION_VERSION__: JSON.stringify(version) },
  logLevel: "warning",
  // Packages written for CommonJS call require(); ESM output needs one.
  banner: {
    js: 'import { createRequire as __forecardRequire } from "node:module"; const require = __forecardRequire(import.meta.url);',
  },
});
