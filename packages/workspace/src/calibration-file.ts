import { createHash } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Calibration } from "@forecard/core-estimates";
import { confinedPath, isInside } from "@forecard/ethics-checklist";
import {
  type CalibrationFile,
  calibrationSchema,
  formatSpecError,
  loadWithSchema,
  type Policy,
  type Proposal,
  type SourceLocator,
} from "@forecard/schema";
import { repositoryRoot } from "./checklists.js";
import { readInput } from "./read-input.js";
import { UserError } from "./user-error.js";

/** The calibration a proposal names, ready for `estimateProposal`, with its file and SHA-256 as source. */
export type LoadedCalibration = { calibration: Calibration; source: string };

/** Reads and validates a calibration file written by `forecard calibrate`. */
export function readCalibrationFile(file: string): { value: CalibrationFile; sha256: string } {
  const bytes = readInput(file);
  const loaded = loadWithSchema(bytes, file, calibrationSchema);
  if (!loaded.value) throw new UserError(loaded.errors.map(formatSpecError));
  return { value: loaded.value, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * A calibration a file references (`calibration.file`), read relative to that file and confined
 * to its repository; a pinned sha256 must match.
 * @throws UserError naming the referencing file's line for a missing, escaping, changed or invalid file.
 */
function referencedCalibration(
  reference: { file: string; sha256?: string },
  owner: string,
  locate: (field: string) => { line: number; column: number },
): LoadedCalibration {
  const fail = (field: string, message: string) =>
    new UserError(
      formatSpecError({ file: owner, ...locate(field), path: `calibration.${field}`, message }),
    );
  // A file read from a git revision ("REF:path") has no folder on disk to resolve against.
  if (!existsSync(dirname(resolve(owner))))
    throw fail("file", `${owner} is not on disk, so its calibration file cannot be located`);
  const root = repositoryRoot(owner);
  const target = confinedPath(root, realpathSync(dirname(resolve(owner))), reference.file);
  if (!target)
    throw fail("file", `${JSON.stringify(reference.file)} leaves the repository (${root})`);
  if (!existsSync(target)) throw fail("file", `${JSON.stringify(reference.file)} does not exist`);
  if (!isInside(root, realpathSync(target)))
    throw fail("file", `${JSON.stringify(reference.file)} links outside the repository`);
  const { value, sha256 } = readCalibrationFile(target);
  if (reference.sha256 && reference.sha256 !== sha256)
    throw fail("sha256", `${reference.file} has SHA-256 ${sha256}, not the pinned one`);
  return {
    calibration: {
      ...(value.acceleratorHours ? { acceleratorHours: value.acceleratorHours } : {}),
      ...(value.energyPerAcceleratorHour
        ? { energyPerAcceleratorHour: value.energyPerAcceleratorHour }
        : {}),
    },
    source: `${reference.file} (forecard calibrate on ${value.fittedOn.length} runs; SHA-256 ${sha256.slice(0, 12)})`,
  };
}

/** The calibration a proposal references, if any. */
export function proposalCalibration(
  proposal: Proposal,
  proposalFile: string,
  locator: SourceLocator,
): LoadedCalibration | undefined {
  return proposal.calibration
    ? referencedCalibration(proposal.calibration, proposalFile, (field) =>
        locator.locate(["calibration", field]),
      )
    : undefined;
}

/**
 * The calibration a policy references, for proposals that name none of their own.
 * @throws UserError when the policy names one but its file is not known (fail closed).
 */
export function policyCalibration(
  policy: Policy | undefined,
  policyFile: string | undefined,
): LoadedCalibration | undefined {
  if (!policy?.calibration) return undefined;
  if (!policyFile)
    throw new UserError(
      "the policy names a calibration file, but the policy's location is unknown",
    );
  return referencedCalibration(policy.calibration, policyFile, () => ({ line: 1, column: 1 }));
}
