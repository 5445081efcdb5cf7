// Bundles the forecard command (apps/cli) with the workspace libraries it uses into dist/, and
// copies the report templates beside it, so the command installs from one tarball.
//
// Start-up is most of what a quick command like `check` costs: zod alone is over 200 module files,
// so the small libraries every command loads (commander, yaml, zod, date-fns) are bundled too, with
// their licenses in THIRD_PARTY_LICENSES.md. What only `report` loads (a browser driver, Handlebars,
// pdf-lib) stays an ordinary dependency in its own chunk, loaded only when that command runs.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  entryPoints: { main: here("../node_modules/@forecard/cli/dist/main.js") },
  bundle: true,
  splitting: true,
  platform: "node",
  target: "node20",
  format: "esm",
  outdir: here("../dist"),
  external,
  metafile: true,
  legalComments: "none",
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  plugins: [englishZodMessagesOnly],
  // commander is CommonJS and calls require(); an ES module has none of its own.
  banner: {
    js: 'import { createRequire as __forecardRequire } from "node:module"; const require = __forecardRequire(import.meta.url);',
  },
});

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
