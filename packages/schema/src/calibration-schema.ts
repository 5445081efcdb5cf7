import { z } from "zod";
import { text } from "./text.js";

const positive = (noun: string) =>
  z
    .number({ error: (iss) => `expected ${noun}, got ${JSON.stringify(iss.input)}` })
    .positive({ error: `expected ${noun} above 0` })
    .max(1e6, { error: `expected ${noun} of at most 1e6` });

const factor = z
  .strictObject({
    factor: positive("a factor").describe("exp(median ln(actual / forecast)) over the runs."),
    sigmaLog: z
      .number({ error: "expected a number" })
      .min(0, { error: "expected at least 0" })
      .max(10, { error: "expected at most 10" })
      .describe("Spread of ln(actual / forecast), widened for a new run."),
    runs: z
      .number({ error: "expected a number of runs" })
      .int({ error: "expected a whole number of runs" })
      .min(1, { error: "expected at least 1 run" })
      .describe("Runs the factor was fitted on."),
  })
  .describe("A multiplicative correction on the built-in model.");

const looFigure = z.strictObject({
  figure: text(100),
  runs: z.number().int().min(1),
  medianAbsoluteError: z.strictObject({ before: z.number(), after: z.number() }),
  coverage: z.strictObject({ before: z.number(), after: z.number() }),
});

/** Schema of a calibration file written by `forecard calibrate`. */
export const calibrationSchema = z
  .strictObject({
    forecardCalibration: z
      .literal(1, {
        error: "expected forecardCalibration: 1 (a file written by forecard calibrate)",
      })
      .describe("Version of the calibration format. Always 1."),
    fittedOn: z
      .array(
        z.strictObject({
          file: text(500),
          sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "expected 64 lowercase hex digits" }),
          name: text(200),
        }),
      )
      .max(10_000)
      .describe("The proposal files (with actuals) the factors were fitted on."),
    acceleratorHours: factor
      .optional()
      .describe("On accelerator-hours predicted from compute: utilisation and restart overhead."),
    energyPerAcceleratorHour: factor
      .optional()
      .describe("On energy per accelerator-hour: draw, server overhead and PUE."),
    leaveOneOut: z
      .array(looFigure)
      .max(10)
      .optional()
      .describe("Leave-one-out accuracy at fit time."),
  })
  .describe("An organisation's calibration of the built-in model.");

/** A parsed calibration file. */
export type CalibrationFile = z.output<typeof calibrationSchema>;
