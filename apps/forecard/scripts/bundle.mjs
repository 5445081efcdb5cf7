// Bundles the forecard command (apps/cli) with the workspace libraries it uses into one CommonJS
// file, dist/forecard.cjs, and copies the report templates beside it, so the command installs from
// one tarball.
//
// Start-up is most of what a quick command like `check` costs: zod alone is over 200 module files,
// so the small libraries every command loads (commander, yaml, zod, date-fns) are bundled too, with
// their licenses in THIRD_PARTY_LICENSES.md. What only `report` loads (a browser driver, Handlebars,
// pdf-lib) stays an ordinary dependency, required only when that command's code first runs.
//
// CommonJS, not an ES module, because a classic script can be compiled from a V8 code cache on
// every Node line (bin/compile-cache.cjs); Node 20 has no compile cache for ES modules.
import { chmodSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const manifest = JSON.parse(readFileSync(here("../package.json"), "utf8"));
const external = Object.keys(manifest.dependencies).flatMap((name) => [name, `${name}/*`]);

/**
 * zod re-exports all of its ~50 message locales as a namespace (`z.locales`), so a bundler keeps
 * every one: 290 kB, nearly a third of what each command compiles at start-up. Forecard only uses
 * the English messages zod installs by default, so the namespace keeps `en` alone.
 */
const englishZodMessagesOnly = {
  name: "english-zod-messages-only",
  setup(builder) {
    builder.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: "english-only", namespace: "zod-locales", pluginData: dirname(args.importer) }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      loader: "js",
      resolveDir: args.pluginData,
    }));
  },
};

rmSync(here("../dist"), { recursive: true, force: true });
const result = await build({
  entryPoints: [here("../node_modules/@forecard/cli/dist/main.js")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: here("../dist/forecard.cjs"),
  external,
  metafile: true,
  legalComments: "none",
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  plugins: [englishZodMessagesOnly],
  // The libraries find their files (templates, package.json) from their own URL; in one CommonJS
  // file that is the bundle's.
  define: { "import.meta.url": "__forecardBundleUrl" },
  // First, so that the strict mode of the ES modules it came from still applies to the whole file.
  banner: {
    js: '"use strict"; const __forecardBundleUrl = require("node:url").pathToFileURL(__filename).href;',
  },
});
// bin/ runs the bundle as a script compiled from a code cache, where Node 20 has no import():
// an ES-module-only dependency is bundled instead (p-limit), the others are required.
const dynamicImports = Object.values(result.metafile.outputs)
  .flatMap((output) => output.imports)
  .filter((entry) => entry.kind === "dynamic-import");
if (dynamicImports.length > 0) {
  console.error(`bundle: import() of ${dynamicImports.map((entry) => entry.path).join(", ")}`);
  process.exit(1);
}
// A warning is a construct CommonJS cannot express (another import.meta property, say): it would
// silently be undefined at run time, so it stops the build.
if (result.warnings.length > 0) {
  console.error(`bundle: ${result.warnings.length} warning(s), see above`);
  process.exit(1);
}
// The entry's `#!` line is only valid at the very start of a script, and bin/ runs this file
// wrapped in a function, as Node runs any CommonJS module.
const bundleFile = here("../dist/forecard.cjs");
writeFileSync(bundleFile, readFileSync(bundleFile, "utf8").replace(/^#!.*\n/, ""));
chmodSync(bundleFile, 0o644);

/** The folder of the third-party package an input file belongs to, or undefined for our own code. */
function packageRoot(input) {
  const match = /^(.*node_modules\/(?!\.pnpm\/)(@[^/]+\/)?[^/]+)\//.exec(input);
  return match && !match[1].includes("node_modules/@forecard/") ? match[1] : undefined;
}

const roots = [...new Set(Object.keys(result.metafile.inputs).map(packageRoot))].filter(Boolean);
const notices = ["# Third-party licenses", "", "The files in dist/ include these packages."];
for (const root of roots.sort()) {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  if (manifest.devDependencies[pkg.name] !== pkg.version) {
    console.error(`bundle: ${pkg.name}@${pkg.version} is bundled but not a pinned devDependency`);
    process.exit(1);
  }
  const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"].find((name) =>
    existsSync(join(root, name)),
  );
  if (!file) {
    console.error(`bundle: ${pkg.name} has no license file to ship with the bundle`);
    process.exit(1);
  }
  const text = readFileSync(join(root, file), "utf8").trim();
  notices.push("", `## ${pkg.name} ${pkg.version} (${pkg.license})`, "", "```text", text, "```");
}
writeFileSync(here("../THIRD_PARTY_LICENSES.md"), `${notices.join("\n")}\n`);

rmSync(here("../templates"), { recursive: true, force: true });
cpSync(here("../node_modules/@forecard/report/templates"), here("../templates"), {
  recursive: true,
});
