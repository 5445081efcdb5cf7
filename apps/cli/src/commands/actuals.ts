import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { withSignificantDigits } from "@forecard/core-estimates";
import { formatSpecError, loadProposal, type Measurement } from "@forecard/schema";
import { readInput, requireProposal } from "@forecard/workspace";
import { isCodeCarbon, summariseCodeCarbon } from "../actuals/codecarbon.js";
import { readCsv } from "../actuals/csv-file.js";
import { isPowerLog, summarisePowerLog } from "../actuals/power-log.js";
import { withMeasurement } from "../actuals/write-measurement.js";
import { ExitCode, UserError } from "../errors.js";
import { writeAtomically } from "../files.js";

/** Options of `forecard actuals import`. */
export interface ImportOptions {
  /** The proposal file the summary is written into. */
  into?: string;
  /** codecarbon, power-log or auto. @default "auto" */
  kind?: string;
  /** Power logs: intervals longer than this are gaps, s. */
  maxGap?: string;
}

// Measurement files are logs, often far larger than a proposal; the cap still keeps memory sane.
const MAX_CSV_BYTES = 256 * 1_048_576;

function readCsvBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UserError(`${file}: is a folder; expected a CSV file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file}: no such file`);
  }
  if (size > MAX_CSV_BYTES) throw new UserError(`${file}:1: file is larger than 256 MiB`);
  return readFileSync(file);
}

// The name recorded in the proposal: relative to the proposal when inside its folder, else the base name.
function recordedName(csv: string, proposal: string): string {
  const path = relative(dirname(resolve(proposal)), resolve(csv));
  return path.startsWith("..") || isAbsolute(path) ? basename(csv) : path.split(sep).join("/");
}

function summarise(
  file: string,
  bytes: Uint8Array,
  name: string,
  options: ImportOptions,
): Measurement {
  const table = readCsv(bytes, file);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const kind = options.kind ?? "auto";
  if (!["auto", "codecarbon", "power-log"].includes(kind))
    throw new UserError(
      `--kind: expected auto, codecarbon or power-log, got ${JSON.stringify(kind)}`,
    );
  const maxGapSeconds = options.maxGap === undefined ? undefined : Number(options.maxGap);
  if (maxGapSeconds !== undefined && !(maxGapSeconds > 0))
    throw new UserError(
      `--max-gap: expected a number of seconds above 0, got ${JSON.stringify(options.maxGap)}`,
    );
  if (kind === "codecarbon" || (kind === "auto" && isCodeCarbon(table.columns)))
    return summariseCodeCarbon(table, file, name, sha256);
  if (kind === "power-log" || (kind === "auto" && isPowerLog(table.columns)))
    return summarisePowerLog(table, file, name, sha256, { maxGapSeconds });
  throw new UserError(
    `${file}:1: neither a CodeCarbon emissions.csv (energy_consumed, emissions) nor a power log (timestamp, watts)`,
  );
}

function describe(m: Measurement): string {
  const kWh = (x: number) => `${withSignificantDigits(x, 6)} kWh`;
  if (m.kind === "codecarbon")
    return `CodeCarbon, ${m.runs.length} runs in ${m.rows} rows: ${kWh(m.energyKWh)} (with CodeCarbon's PUE), ${Number((m.emissionsKg as number).toPrecision(6))} kgCO2e (CodeCarbon's grid data)`;
  const notes = [
    `${m.gapCount} gaps (${Number((m.gapSeconds as number).toFixed(1))} s) not integrated`,
    `${m.clockJumpCount} clock jumps`,
  ];
  return `power log, ${m.series} series in ${m.rows} rows: ${kWh(m.energyKWh)} at the logged boundary over ${Number((m.coveredHours as number).toPrecision(6))} h; ${notes.join("; ")}`;
}

/**
 * `forecard actuals import FILE.csv --into proposal.yaml`: summarises a measurement file and writes
 * the summary (never the rows) into the proposal, atomically; on any error nothing is written.
 */
export async function importActuals(file: string, options: ImportOptions): Promise<number> {
  if (!options.into) throw new UserError("--into: expected the proposal file to write into");
  const target = options.into;
  const original = readInput(target);
  requireProposal(target, original);
  const measurement = summarise(file, readCsvBytes(file), recordedName(file, target), options);
  const updated = withMeasurement(Buffer.from(original).toString("utf8"), measurement);
  const check = loadProposal(updated, target);
  if (!check.value) throw new UserError(check.errors.map(formatSpecError));
  writeAtomically(target, updated);
  process.stdout.write(`${target}: imported ${measurement.file} (${describe(measurement)})\n`);
  for (const gap of measurement.kind === "power-log" ? measurement.gaps.slice(0, 5) : [])
    process.stdout.write(`  gap in ${gap.series}: ${gap.from} to ${gap.to} (${gap.seconds} s)\n`);
  for (const jump of measurement.kind === "power-log" ? measurement.clockJumps.slice(0, 5) : [])
    process.stdout.write(
      `  clock jump in ${jump.series} at line ${jump.line}: ${jump.from} then ${jump.to}\n`,
    );
  return ExitCode.ok;
}
