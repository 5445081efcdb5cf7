import type { Measurement } from "@forecard/schema";
import { parseISO } from "date-fns/parseISO";
import { UserError } from "../errors.js";
import { type CsvRow, type CsvTable, cellNumber, cellText } from "./csv-file.js";

type PowerLogSummary = Extract<Measurement, { kind: "power-log" }>;

// Column names as nvidia-smi --format=csv writes them ("power.draw [W]") and plain ones.
const POWER_COLUMN = /^(watts|power|power\.draw|power_w|power_watts|power\.draw \[W\])$/i;
const SERIES_COLUMN = /^(index|uuid|pci\.bus_id|gpu|gpu_index|node|host|hostname)$/i;
const MAX_LISTED = 100;

/** Whether a CSV header looks like a power log: a timestamp column and a power column. */
export function isPowerLog(columns: readonly string[]): boolean {
  return (
    columns.some((c) => c.toLowerCase() === "timestamp") &&
    columns.some((c) => POWER_COLUMN.test(c))
  );
}

/**
 * Reads a timestamp: nvidia-smi's `2024/05/01 12:00:00.123`, ISO 8601, or Unix seconds.
 * Without a zone the clock is read as UTC, so only the differences matter and no local DST
 * change is invented.
 * @returns milliseconds since the epoch, or undefined when unreadable.
 */
export function parseTimestamp(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const iso = text.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, "$1-$2-$3");
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`;
  const time = parseISO(zoned).getTime();
  return Number.isNaN(time) ? undefined : time;
}

interface Sample {
  row: CsvRow;
  text: string;
  ms: number;
  watts: number;
}

function readSample(file: string, row: CsvRow, timeColumn: string, powerColumn: string): Sample {
  const text = cellText(file, row, timeColumn, 40);
  const ms = parseTimestamp(text);
  if (ms === undefined)
    throw new UserError(
      `${file}:${row.line}: ${timeColumn}: expected a timestamp such as 2024/05/01 12:00:00.123, got ${JSON.stringify(text)}`,
    );
  const watts = cellNumber(file, row, powerColumn, "a power in W", /\s*W$/);
  if (watts > 100_000)
    throw new UserError(
      `${file}:${row.line}: ${powerColumn}: expected at most 100000 W per series, got ${watts}`,
    );
  return { row, text, ms, watts };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Options of {@link summarisePowerLog}. */
export interface PowerLogOptions {
  /** Intervals longer than this are gaps, s. @default 5 x the series' median interval */
  maxGapSeconds?: number;
}

/**
 * Integrates a power log (`timestamp, watts`, optionally per series: index, uuid, node, host) to
 * energy with the trapezoid rule. Intervals longer than the gap limit are reported and not
 * integrated; a timestamp not after the one before (a clock jump) is reported and integration
 * restarts after it. Nothing is filled in.
 * @throws UserError `FILE:LINE: message` for a missing column or a mis-typed cell.
 */
export function summarisePowerLog(
  table: CsvTable,
  file: string,
  name: string,
  sha256: string,
  options: PowerLogOptions = {},
): PowerLogSummary {
  const timeColumn = table.columns.find((c) => c.toLowerCase() === "timestamp");
  const powerColumn = table.columns.find((c) => POWER_COLUMN.test(c));
  if (!timeColumn || !powerColumn)
    throw new UserError(
      `${file}:1: not a power log: expected columns timestamp and watts (or nvidia-smi's power.draw [W])`,
    );
  if (table.rows.length === 0) throw new UserError(`${file}:2: no data rows after the header`);
  const seriesColumn = table.columns.find((c) => SERIES_COLUMN.test(c));
  const series = new Map<string, Sample[]>();
  for (const row of table.rows) {
    const key = seriesColumn ? cellText(file, row, seriesColumn) : "all";
    const samples = series.get(key) ?? [];
    samples.push(readSample(file, row, timeColumn, powerColumn));
    series.set(key, samples);
  }

  let joules = 0;
  let coveredSeconds = 0;
  let gapSeconds = 0;
  let gapCount = 0;
  let clockJumpCount = 0;
  const gaps: PowerLogSummary["gaps"] = [];
  const clockJumps: PowerLogSummary["clockJumps"] = [];
  for (const [key, samples] of series) {
    const steps = samples.slice(1).map((s, i) => s.ms - (samples[i] as Sample).ms);
    const limit = options.maxGapSeconds ?? (5 * median(steps.filter((d) => d > 0))) / 1000;
    samples.forEach((sample, i) => {
      const before = samples[i - 1];
      if (!before) return;
      const seconds = (sample.ms - before.ms) / 1000;
      if (seconds <= 0) {
        clockJumpCount += 1;
        if (clockJumps.length < MAX_LISTED)
          clockJumps.push({
            series: key,
            line: sample.row.line,
            from: before.text,
            to: sample.text,
          });
      } else if (seconds > limit) {
        gapSeconds += seconds;
        gapCount += 1;
        if (gaps.length < MAX_LISTED)
          gaps.push({ series: key, from: before.text, to: sample.text, seconds });
      } else {
        joules += ((before.watts + sample.watts) / 2) * seconds;
        coveredSeconds += seconds;
      }
    });
  }
  const times = [...series.values()].flat().sort((a, b) => a.ms - b.ms);
  return {
    kind: "power-log",
    file: name,
    sha256,
    rows: table.rows.length,
    series: series.size,
    energyKWh: joules / 3.6e6,
    coveredHours: coveredSeconds / 3600,
    gapSeconds,
    gapCount,
    gaps,
    clockJumpCount,
    clockJumps,
    ...(times.length ? { from: times[0]?.text, to: times.at(-1)?.text } : {}),
  };
}
