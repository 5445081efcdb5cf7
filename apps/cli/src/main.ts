#!/usr/bin/env node
import { Command, Option } from "commander";
import { endQuietlyWhenStdoutCloses } from "./closed-stdout.js";
import { exitWhenFlushed } from "./exit-when-flushed.js";
import { FORECARD_VERSION } from "./version.js";

// The checklist commands, a group of their own under `forecard checklist`.
function addChecklistCommands(program: Command): void {
  const checklist = program
    .command("checklist")
    .description("bias-risk, environmental, Annex IV and Annex XI checklists");
  const checklistCommands = () => import("./commands/checklist.js");
  checklist
    .command("list")
    .description("list the built-in checklists")
    .option("--json", "print JSON")
    .action(async (options) => {
      process.exitCode = await (await checklistCommands()).list(options);
    });
  checklist
    .command("show")
    .description("show a checklist's items and references")
    .argument("<id>", "checklist id")
    .option("--json", "print JSON")
    .action(async (id: string, options) => {
      process.exitCode = await (await checklistCommands()).show(id, options);
    });
  checklist
    .command("status")
    .description("completeness, risks and stale items of a proposal's answers")
    .argument("<file>", "proposal YAML file")
    .option("--json", "print JSON")
    .option("--today <date>", "judge staleness against this date, YYYY-MM-DD (default today)")
    .option("--max-age-days <n>", "answers reviewed longer ago are stale (default 365)")
    .action(async (file: string, options) => {
      process.exitCode = await (await checklistCommands()).status(file, options);
    });
  checklist
    .command("template")
    .description("print a YAML answer skeleton to paste into a proposal")
    .argument("<id>", "checklist id")
    .action(async (id: string) => {
      process.exitCode = await (await checklistCommands()).template(id);
    });
}

// Each command's module is imported only when that command runs, so a cheap
// command never pays for an expensive one's dependencies (a browser, say).
function buildProgram(): Command {
  const program = new Command("forecard")
    .description(
      "Governance-as-code for large ML models: footprint estimates, checklists and model cards.",
    )
    .version(FORECARD_VERSION, "-v, --version", "print the version")
    .option("--debug", "show the stack of internal errors")
    .showHelpAfterError("(run forecard --help for usage)")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command("validate")
    .description("check proposal, policy and checklist files against their schemas")
    .argument("<files...>", "YAML files; - reads one from standard input")
    .option("--json", "print one JSON object")
    .addOption(
      new Option("--kind <kind>", "read every file as this kind").choices([
        "auto",
        "proposal",
        "policy",
        "checklist",
      ]),
    )
    .action(async (files: string[], options) => {
      process.exitCode = await (await import("./commands/validate.js")).run(files, options);
    });

  program
    .command("estimate")
    .description("estimate scale, compute, memory, time, energy, carbon, water and cost")
    .argument("<file>", "proposal YAML file; - reads it from standard input")
    .option("--json", "print the estimate as JSON (docs/estimate-json.md)")
    .option("--samples <n>", "Monte Carlo samples (default 10000)")
    .option("--seed <n>", "Monte Carlo seed (default 1)")
    .option("--scenario <name>", "estimate one scenario alone")
    .option(
      "--scaling-law <law>",
      "besiroglu2024 or hoffmann2022 fit for the compute-optimal split and the loss (overrides training.scalingLaw; default besiroglu2024)",
    )
    .action(async (file: string, options) => {
      process.exitCode = await (await import("./commands/estimate.js")).run(file, options);
    });

  program
    .command("check")
    .description("check proposals against a policy: exit 0 pass, 1 fail, 2 invalid input")
    .argument("<files...>", "proposal YAML files; - reads one from standard input")
    .option("--policy <file>", "policy file (default ./policy.yaml)")
    .option(
      "--policy-ref <ref>",
      "read the policy as it is at this git revision (a pull request's base); a changed policy is a finding",
    )
    .option(
      "--require <items>",
      "comma-separated figure keys and checklist ids that must be present (added to the policy's require)",
    )
    .option("--format <format>", "text, markdown, json, github, sarif or junit (default text)")
    .option("--json", "same as --format json")
    .option("--today <date>", "judge answer ages against this date, YYYY-MM-DD (default today)")
    .option("--samples <n>", "Monte Carlo samples (default 10000)")
    .option("--seed <n>", "Monte Carlo seed (default 1)")
    .action(async (files: string[], options) => {
      process.exitCode = await (await import("./commands/check.js")).run(files, options);
    });

  program
    .command("diff")
    .description(
      "compare two versions of a proposal: inputs, figures, checklists, findings (Markdown for PR comments)",
    )
    .argument("<base-or-file>", "the base proposal, or the proposal to compare with --base-ref")
    .argument("[head]", "the changed proposal")
    .option("--base-ref <ref>", "read the base version of FILE from this git revision")
    .option("--policy <file>", "also compare policy findings")
    .option("--json", "print JSON instead of Markdown")
    .option("--today <date>", "judge answer ages against this date, YYYY-MM-DD (default today)")
    .option("--samples <n>", "Monte Carlo samples (default 10000)")
    .option("--seed <n>", "Monte Carlo seed (default 1)")
    .action(async (first: string, second: string | undefined, options) => {
      process.exitCode = await (await import("./commands/diff.js")).run(first, second, options);
    });

  program
    .command("report")
    .description("render model cards and impact reports (PDF, HTML, Markdown, JSON)")
    .argument("<files...>", "proposal YAML files")
    .option("--kind <kinds>", "card, impact, dossier or all, comma-separated (default all)")
    .option(
      "--policy <file>",
      "judge against a policy: verdict and broken rules on page 1 and in the card's caveats",
    )
    .option("--format <formats>", "pdf, html, md, json or all, comma-separated (default all)")
    .option("--out <dir>", "output folder (default ./out)")
    .option("--date <date>", "report date YYYY-MM-DD (default today); fixes every date shown")
    .option("--concurrency <n>", "PDFs rendered at once (default 2)")
    .option("--paper <size>", "a4 or letter (default a4)")
    .option("--template <dir>", "folder of .hbs files overriding bundled partials")
    .option("--render-timeout <seconds>", "longest one PDF may take to load or print (default 120)")
    .option("--samples <n>", "Monte Carlo samples (default 10000)")
    .option("--seed <n>", "Monte Carlo seed (default 1)")
    .action(async (files: string[], options) => {
      process.exitCode = await (await import("./commands/report.js")).run(files, options);
    });

  addChecklistCommands(program);

  const actuals = program
    .command("actuals")
    .description("record what a finished training run measured");
  actuals
    .command("import")
    .description(
      "summarise a CodeCarbon emissions.csv or a power log (timestamp, watts) into a proposal's actuals",
    )
    .argument("<file>", "CSV file")
    .requiredOption("--into <proposal>", "proposal YAML file to write the summary into")
    .option("--kind <kind>", "auto, codecarbon or power-log (default auto, from the header)")
    .option("--max-gap <seconds>", "power logs: longer intervals are gaps (default 5x the median)")
    .action(async (file: string, options) => {
      process.exitCode = await (await import("./commands/actuals.js")).importActuals(file, options);
    });

  program
    .command("calibrate")
    .description(
      "fit an organisation's utilisation and energy factors from proposals with actuals; print leave-one-out error",
    )
    .argument("<runs...>", "proposal YAML files with actuals")
    .option("--out <file>", "calibration file to write (default calibration.yaml)")
    .option("--samples <n>", "Monte Carlo samples (default 10000)")
    .option("--seed <n>", "Monte Carlo seed (default 1)")
    .option("--json", "print the result as JSON")
    .action(async (runs: string[], options) => {
      process.exitCode = await (await import("./commands/calibrate.js")).run(runs, options);
    });

  program
    .command("compare")
    .description("compare a proposal with known models: ratios, ranks and the historical trend")
    .argument("<file>", "proposal YAML file")
    .option(
      "--with <ids>",
      "comma-separated reference model ids (default gpt-3,llama-2-70b,bloom-176b)",
    )
    .option("--json", "print JSON")
    .option("--samples <n>", "Monte Carlo samples (default 10000)")
    .action(async (file: string, options) => {
      process.exitCode = await (await import("./commands/compare.js")).run(file, options);
    });

  program
    .command("schema")
    .description("print the JSON Schema of a file kind")
    .argument("<kind>", "proposal, policy or checklist")
    .option("--json", "print JSON (the only format; accepted for symmetry)")
    .action(async (which: string) => {
      process.exitCode = await (await import("./commands/schema.js")).run(which);
    });

  program
    .command("init")
    .description("write a commented starter proposal (or policy)")
    .argument("[file]", "where to write it (default proposal.yaml, or policy.yaml with --policy)")
    .option("--policy", "write a starter policy instead")
    .option("--force", "overwrite an existing file")
    .action(async (file: string | undefined, options) => {
      process.exitCode = await (await import("./commands/init.js")).run(file, options);
    });

  return program;
}

async function main(argv: string[]): Promise<void> {
  endQuietlyWhenStdoutCloses();
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = (await import("./report-error.js")).reportError(
      error,
      argv.includes("--debug"),
    );
  }
}

// Not awaited at the top level: the installed command bundles this file as CommonJS (so that it can
// keep a V8 code cache, apps/forecard/bin), which has no top-level await. main() catches its errors.
void main(process.argv).then(exitWhenFlushed);
