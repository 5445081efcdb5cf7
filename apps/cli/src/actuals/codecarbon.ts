import type { Measurement } from "@forecard/schema";
import { UserError } from "../errors.js";
import { type CsvRow, type CsvTable, cellNumber, cellText } from "./csv-file.js";

type CodeCarbonSummary = Extract<Measurement, { kind: "codecarbon" }>;

/**
 * Columns every CodeCarbon emissions.csv has had since v1 (codecarbon/output.py, v1.2.0):
 * duration in s, emissions in kgCO2e, energy_consumed in kWh (already x pue since pue exists).
 * Later versions add run_id (v2.0), gpu_count and gpu_model (v2.0), pue (v2.5) and more.
 */
export const CODECARBON_REQUIRED = ["timestamp", "duration", "emissions", "energy_consumed"];

/** Whether a CSV header looks like CodeCarbon's. */
export function isCodeCarbon(columns: readonly string[]): boolean {
  return columns.includes("energy_consumed") && columns.includes("emissions");
}

const distinct = (values: string[]) => [...new Set(values.filter((v) => v !== ""))].sort();

interface RunRow {
  runId: string;
  row: CsvRow;
  durationSeconds: number;
  energyKWh: number;
  emissionsKg: number;
  gpuCount?: number;
}

function readRow(file: string, row: CsvRow, hasRunId: boolean, hasGpus: boolean): RunRow {
  const gpus = row.values.gpu_count;
  return {
    // Files without run_id (CodeCarbon v1) cannot tell runs apart: each row counts as its own run.
    runId: hasRunId ? cellText(file, row, "run_id") || `line ${row.line}` : `line ${row.line}`,
    row,
    durationSeconds: cellNumber(file, row, "duration", "a duration in seconds"),
    energyKWh: cellNumber(file, row, "energy_consumed", "an energy in kWh"),
    emissionsKg: cellNumber(file, row, "emissions", "emissions in kgCO2e"),
    ...(hasGpus && gpus !== "" && gpus !== undefined
      ? { gpuCount: cellNumber(file, row, "gpu_count", "a GPU count") }
      : {}),
  };
}

/**
 * Summarises a CodeCarbon emissions.csv: per run its last row (CodeCarbon writes cumulative totals
 * on every flush), then the sum over runs. CodeCarbon's PUE and grid data are kept as CodeCarbon
 * used them, apart from Forecard's.
 * @throws UserError `FILE:LINE: message` for a missing column or a mis-typed cell.
 */
export function summariseCodeCarbon(
  table: CsvTable,
  file: string,
  name: string,
  sha256: string,
): CodeCarbonSummary {
  const missing = CODECARBON_REQUIRED.filter((c) => !table.columns.includes(c));
  if (missing.length > 0)
    throw new UserError(
      `${file}:1: not a CodeCarbon emissions.csv: missing column ${missing.join(", ")}`,
    );
  if (table.rows.length === 0) throw new UserError(`${file}:2: no data rows after the header`);
  const hasRunId = table.columns.includes("run_id");
  const hasGpus = table.columns.includes("gpu_count");
  const runs = new Map<string, RunRow>();
  for (const row of table.rows) {
    const read = readRow(file, row, hasRunId, hasGpus);
    const before = runs.get(read.runId);
    if (!before || read.durationSeconds >= before.durationSeconds) runs.set(read.runId, read);
  }
  const all = [...runs.values()];
  const sum = (pick: (r: RunRow) => number) => all.reduce((s, r) => s + pick(r), 0);
  const withGpus = all.every((r) => r.gpuCount !== undefined && r.gpuCount > 0);
  const column = (c: string) =>
    table.columns.includes(c) ? table.rows.map((r) => cellText(file, r, c)) : [];
  const pue = table.columns.includes("pue")
    ? [...new Set(table.rows.map((r) => cellNumber(file, r, "pue", "a PUE")))].sort()
    : [];
  const regions = table.columns.includes("cloud_region")
    ? distinct(
        table.rows.map((r) =>
          r.values.cloud_region ? `${r.values.cloud_provider ?? ""}:${r.values.cloud_region}` : "",
        ),
      )
    : [];
  const timestamps = column("timestamp")
    .filter((t) => t !== "")
    .sort();
  return {
    kind: "codecarbon",
    file: name,
    sha256,
    rows: table.rows.length,
    runs: all.map((r) => ({
      runId: r.runId,
      durationSeconds: r.durationSeconds,
      energyKWh: r.energyKWh,
      emissionsKg: r.emissionsKg,
    })),
    durationHours: sum((r) => r.durationSeconds) / 3600,
    energyKWh: sum((r) => r.energyKWh),
    emissionsKg: sum((r) => r.emissionsKg),
    ...(withGpus
      ? { acceleratorHours: sum((r) => (r.durationSeconds / 3600) * (r.gpuCount ?? 0)) }
      : {}),
    ...(pue.length ? { pue } : {}),
    ...(distinct(column("country_iso_code")).length
      ? { countries: distinct(column("country_iso_code")) }
      : {}),
    ...(regions.length ? { cloudRegions: regions } : {}),
    ...(distinct(column("gpu_model")).length ? { gpuModels: distinct(column("gpu_model")) } : {}),
    ...(timestamps.length
      ? { from: timestamps[0]?.slice(0, 40), to: timestamps.at(-1)?.slice(0, 40) }
      : {}),
  };
}
