import { createHash } from "node:crypto";
import {
  actualFigures,
  type CalibrationRun,
  DEFAULT_SAMPLES,
  estimateProposal,
  fitCalibration,
  type LeaveOneOutFigure,
  leaveOneOut,
} from "@forecard/core-estimates";
import { estimateOrRefuse, requireProposal } from "@forecard/workspace";
import { stringify } from "yaml";
import { ExitCode, UserError } from "../errors.js";
import { writeAtomically } from "../files.js";
import { integerOption } from "../numbers.js";

/** Options of `forecard calibrate`. */
export interface CalibrateOptions {
  /** Calibration file to write. @default "calibration.yaml" */
  out?: string;
  samples?: string;
  seed?: string;
  json?: boolean;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(rows: LeaveOneOutFigure[]): string[] {
  return rows.map(
    (r) =>
      `  ${r.figure} (${r.runs} runs): median |error| ${percent(r.medianAbsoluteError.before)} -> ${percent(r.medianAbsoluteError.after)}; p5-p95 coverage ${percent(r.coverage.before)} -> ${percent(r.coverage.after)}`,
  );
}

/**
 * `forecard calibrate RUNS...`: fits an organisation's corrections on top of the built-in model
 * from proposals with actuals, prints leave-one-out error and coverage before and after, and writes
 * the calibration file a proposal can reference.
 */
export async function run(files: string[], options: CalibrateOptions): Promise<number> {
  const samples = integerOption("--samples", options.samples, DEFAULT_SAMPLES, 1, 1_000_000);
  const seed = integerOption("--seed", options.seed, 1, 0, 2 ** 32 - 1);
  const out = options.out ?? "calibration.yaml";
  const fittedOn: { file: string; sha256: string; name: string }[] = [];
  const runs: CalibrationRun[] = files.map((file) => {
    const { proposal, bytes, locator } = requireProposal(file);
    if (!proposal.actuals)
      throw new UserError(
        `${file}:1:1 actuals: calibrate needs finished runs; this proposal records no actuals`,
      );
    fittedOn.push({
      file,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      name: proposal.model.name,
    });
    // The built-in model alone: a calibration the proposal references is not stacked on itself.
    const { figures } = estimateOrRefuse(file, locator, () =>
      estimateProposal({ ...proposal, calibration: undefined }, { samples, seed }),
    );
    return { name: proposal.model.name, figures, actuals: actualFigures(proposal) };
  });
  const calibration = fitCalibration(runs);
  if (!calibration.acceleratorHours && !calibration.energyPerAcceleratorHour)
    throw new UserError(
      "calibrate: no run has both a forecast and an actual of accelerator-hours (forecast from compute) or energy",
    );
  const accuracy = leaveOneOut(runs);
  const document = { forecardCalibration: 1, fittedOn, ...calibration, leaveOneOut: accuracy };
  writeAtomically(
    out,
    `# Written by forecard calibrate: multiplicative corrections on the built-in model, fitted on\n# the runs below (docs/actuals.md). Reference it from a proposal with calibration: { file: ... }.\n${stringify(document, { lineWidth: 0 })}`,
  );
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...document, file: out }, null, 2)}\n`);
    return ExitCode.ok;
  }
  const factor = (name: string, f: typeof calibration.acceleratorHours) =>
    f
      ? [
          `  ${name}: x ${f.factor.toPrecision(4)} (sigma ln ${f.sigmaLog.toFixed(3)}, ${f.runs} runs)`,
        ]
      : [];
  const lines = [
    `Calibration of ${runs.length} runs, written to ${out}`,
    ...factor("accelerator-hours predicted from compute", calibration.acceleratorHours),
    ...factor("energy per accelerator-hour", calibration.energyPerAcceleratorHour),
    ...(Math.min(
      calibration.acceleratorHours?.runs ?? 3,
      calibration.energyPerAcceleratorHour?.runs ?? 3,
    ) < 3
      ? [
          "  note: a factor fitted on fewer than 3 runs has no measured spread; estimates keep the built-in p5-p95 width",
        ]
      : []),
    "Leave-one-out, built-in -> calibrated:",
    ...(accuracy.length ? table(accuracy) : ["  (no run has a forecast and an actual to compare)"]),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return ExitCode.ok;
}
