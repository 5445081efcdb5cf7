import { z } from "zod";
import { kinds, quantity } from "./quantity.js";
import { isoDate, text } from "./text.js";

const measured = (noun: string, max = 1e15) =>
  quantity({ ...kinds.nonNegative, noun, max, allowRange: false });
// Summaries are written by `forecard actuals import`: plain numbers, checked all the same.
const amount = (noun: string) =>
  z
    .number({ error: (iss) => `expected ${noun}, got ${JSON.stringify(iss.input)}` })
    .min(0, { error: `expected ${noun} of at least 0` })
    .max(1e15, { error: `expected ${noun} of at most 1e15` });
const count = (noun: string) => amount(noun).int({ error: `expected ${noun}, a whole number` });
const sha256 = () =>
  z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: "expected 64 lowercase hex digits" })
    .describe("SHA-256 of the imported file.");

const gap = () =>
  z
    .strictObject({
      series: text(200).describe("The node or accelerator the gap is in."),
      from: text(40).describe("Timestamp of the last sample before the gap."),
      to: text(40).describe("Timestamp of the first sample after the gap."),
      seconds: amount("a number of seconds").describe("Length of the gap, s."),
    })
    .describe("A stretch of a power log with no samples; it is not integrated, not filled.");

const clockJump = () =>
  z
    .strictObject({
      series: text(200).describe("The node or accelerator the jump is in."),
      line: count("a line number").describe("Line of the CSV file."),
      from: text(40).describe("Timestamp before the jump."),
      to: text(40).describe("Timestamp at the jump, not after the one before."),
    })
    .describe("A timestamp not after the previous one; integration restarts after it.");

const codeCarbonRun = () =>
  z
    .strictObject({
      runId: text(200).describe("CodeCarbon's run_id (or the row number for files without one)."),
      durationSeconds: amount("a number of seconds").describe("Tracked duration, s."),
      energyKWh: amount("a number of kWh").describe("energy_consumed, kWh (includes its pue)."),
      emissionsKg: amount("a number of kg").describe("emissions, kgCO2e (CodeCarbon's grid data)."),
    })
    .describe("One CodeCarbon run: its last (cumulative) row.");

const codeCarbon = () =>
  z
    .strictObject({
      kind: z.literal("codecarbon").describe("Imported from CodeCarbon's emissions.csv."),
      file: text(500).describe("Name of the imported file."),
      sha256: sha256(),
      rows: count("a number of rows").describe("Data rows read."),
      runs: z.array(codeCarbonRun()).max(10_000).describe("Per-run totals."),
      durationHours: amount("a number of hours").describe("Sum of the runs' durations, h."),
      energyKWh: amount("a number of kWh").describe(
        "Sum of energy_consumed, kWh; CodeCarbon already multiplies by its pue.",
      ),
      emissionsKg: amount("a number of kg").describe(
        "Sum of emissions, kgCO2e, with CodeCarbon's own grid intensity.",
      ),
      acceleratorHours: amount("a number of hours")
        .optional()
        .describe("Sum of duration x gpu_count, h, when every run reports gpu_count."),
      pue: z.array(z.number()).max(100).optional().describe("Distinct pue values CodeCarbon used."),
      countries: z
        .array(text(10))
        .max(100)
        .optional()
        .describe("Distinct country_iso_code values."),
      cloudRegions: z
        .array(text(100))
        .max(100)
        .optional()
        .describe("Distinct cloud_provider:cloud_region values."),
      gpuModels: z.array(text(200)).max(100).optional().describe("Distinct gpu_model values."),
      from: text(40).optional().describe("Earliest timestamp."),
      to: text(40).optional().describe("Latest timestamp."),
    })
    .describe("Summary of a CodeCarbon emissions.csv (never its rows).");

const powerLog = () =>
  z
    .strictObject({
      kind: z.literal("power-log").describe("Imported from a timestamp, watts CSV."),
      file: text(500).describe("Name of the imported file."),
      sha256: sha256(),
      rows: count("a number of rows").describe("Data rows read."),
      series: count("a number of series").describe(
        "Nodes or accelerators logged (distinct index, uuid, node or host values; 1 without such a column).",
      ),
      energyKWh: amount("a number of kWh").describe(
        "Trapezoid integral of the power over time, kWh, at the logged boundary (no PUE).",
      ),
      coveredHours: amount("a number of hours").describe(
        "Time covered by samples, summed over series, h (gaps excluded).",
      ),
      gapSeconds: amount("a number of seconds").describe("Total time in gaps, s, not integrated."),
      gapCount: count("a count").describe("Number of gaps."),
      gaps: z.array(gap()).max(100).describe("The gaps (the first 100)."),
      clockJumpCount: count("a count").describe("Number of clock jumps."),
      clockJumps: z
        .array(clockJump())
        .max(100)
        .describe("Timestamps that went backwards or repeated (the first 100)."),
      from: text(40).optional().describe("Earliest timestamp."),
      to: text(40).optional().describe("Latest timestamp."),
    })
    .describe("Summary of a power log (never its rows).");

/** Schema of the `actuals` section: what a finished training run measured. */
export const actualsSchema = z
  .strictObject({
    start: isoDate.optional().describe("First day of the run."),
    end: isoDate.optional().describe("Last day of the run."),
    acceleratorHours: measured("a number of hours").optional().describe("Accelerator-hours used."),
    wallClockDays: measured("a number of days", 36_500)
      .optional()
      .describe("Wall-clock days, start to end."),
    tokens: measured("a number of tokens", 1e18).optional().describe("Tokens actually trained."),
    energyMWh: measured("a number of MWh")
      .optional()
      .describe("Measured facility energy, MWh; overrides the sum of measurements."),
    pue: quantity({ ...kinds.pue, allowRange: false })
      .optional()
      .describe("Measured PUE; applied to power logs, which measure accelerators or nodes only."),
    locationBasedTCO2e: measured("a number of tonnes")
      .optional()
      .describe("Location-based operational emissions as accounted, tCO2e."),
    marketBasedTCO2e: measured("a number of tonnes")
      .optional()
      .describe("Market-based operational emissions as accounted, tCO2e."),
    // Built on first use: most proposals record no measurements, and building these schemas
    // was part of every `check`'s start-up.
    measurements: z
      .lazy(() => z.array(z.discriminatedUnion("kind", [codeCarbon(), powerLog()])).max(100))
      .optional()
      .describe("Summaries written by `forecard actuals import`; their energies add up."),
  })
  .describe("What the finished run measured; figures compare forecast with actual.");

/** The `actuals` section of a proposal. */
export type Actuals = z.output<typeof actualsSchema>;
/** One imported measurement summary. */
export type Measurement = NonNullable<Actuals["measurements"]>[number];
