import type { Actuals, Measurement, Proposal } from "@forecard/schema";
import { likelyPoint, resolveInputs } from "../inputs.js";

/** A measured figure: its value in the forecast figure's unit and how it was obtained. */
export interface ActualFigure {
  value: number;
  unit: string;
  /** How the value was obtained, in a sentence a reviewer can check. */
  basis: string;
}

const num = (value: unknown) => value as number | undefined;

function fileList(measurements: readonly Measurement[]): string {
  return measurements.map((m) => `${m.file} (SHA-256 ${m.sha256.slice(0, 12)})`).join(", ");
}

/** Facility energy of the measurements, kWh: CodeCarbon's already includes its PUE; power logs get `pue`. */
function measuredEnergy(measurements: readonly Measurement[], pue: number): number {
  return measurements.reduce(
    (sum, m) => sum + Number(m.energyKWh) * (m.kind === "codecarbon" ? 1 : pue),
    0,
  );
}

function energyBasis(actuals: Actuals, measurements: readonly Measurement[], pue: number): string {
  const logs = measurements.filter((m) => m.kind === "power-log");
  const codeCarbon = measurements.filter((m) => m.kind === "codecarbon");
  const parts = [
    ...(codeCarbon.length
      ? [`CodeCarbon energy_consumed (with its own PUE) of ${fileList(codeCarbon)}`]
      : []),
    ...(logs.length
      ? [
          `power log ${fileList(logs)} integrated (trapezoid, gaps not filled) x ${
            actuals.pue !== undefined ? `measured PUE ${pue}` : `the forecast's PUE ${pue}`
          }`,
        ]
      : []),
  ];
  return `measured: ${parts.join(" + ")}`;
}

/**
 * The figures a proposal's `actuals` section measures, keyed like the estimate's figures.
 * Explicit totals win over imported measurements; power logs, which stop at the accelerators or
 * nodes, are scaled by the measured PUE (or the forecast's, said so in the basis). Pure.
 */
export function actualFigures(proposal: Proposal): Record<string, ActualFigure> {
  const actuals = proposal.actuals;
  if (!actuals) return {};
  const out: Record<string, ActualFigure> = {};
  const measurements = actuals.measurements ?? [];
  const point = likelyPoint(resolveInputs(proposal));
  const pue = num(actuals.pue) ?? point.pue ?? 1;

  const hours = num(actuals.acceleratorHours);
  const codeCarbonHours = measurements.every(
    (m) => m.kind === "codecarbon" && m.acceleratorHours !== undefined,
  )
    ? measurements.reduce(
        (s, m) => s + (m.kind === "codecarbon" ? Number(m.acceleratorHours ?? 0) : 0),
        0,
      )
    : undefined;
  if (hours !== undefined)
    out["time.acceleratorHours"] = { value: hours, unit: "h", basis: "actuals.acceleratorHours" };
  else if (codeCarbonHours !== undefined && measurements.length > 0)
    out["time.acceleratorHours"] = {
      value: codeCarbonHours,
      unit: "h",
      basis: `measured: CodeCarbon duration x gpu_count of ${fileList(measurements)}`,
    };
  const days = num(actuals.wallClockDays);
  if (days !== undefined)
    out["time.wallClockDays"] = { value: days, unit: "d", basis: "actuals.wallClockDays" };
  const tokens = num(actuals.tokens);
  if (tokens !== undefined)
    out["training.tokens"] = { value: tokens, unit: "tokens", basis: "actuals.tokens" };

  const energyMWh = num(actuals.energyMWh);
  if (energyMWh !== undefined)
    out["energy.trainingMWh"] = { value: energyMWh, unit: "MWh", basis: "actuals.energyMWh" };
  else if (measurements.length > 0)
    out["energy.trainingMWh"] = {
      value: measuredEnergy(measurements, pue) / 1000,
      unit: "MWh",
      basis: energyBasis(actuals, measurements, pue),
    };

  const location = num(actuals.locationBasedTCO2e);
  const energy = out["energy.trainingMWh"];
  if (location !== undefined) {
    out["carbon.trainingOperationalTCO2e"] = {
      value: location,
      unit: "tCO2e",
      basis: "actuals.locationBasedTCO2e",
    };
  } else if (
    energyMWh === undefined &&
    measurements.length > 0 &&
    measurements.every((m) => m.kind === "codecarbon")
  ) {
    const kg = measurements.reduce(
      (s, m) => s + (m.kind === "codecarbon" ? Number(m.emissionsKg) : 0),
      0,
    );
    out["carbon.trainingOperationalTCO2e"] = {
      value: kg / 1000,
      unit: "tCO2e",
      basis: `measured: CodeCarbon emissions (its own grid intensity) of ${fileList(measurements)}`,
    };
  } else if (energy && point.carbonIntensity !== undefined) {
    out["carbon.trainingOperationalTCO2e"] = {
      value: energy.value * point.carbonIntensity,
      unit: "tCO2e",
      basis: `measured energy x the forecast's grid intensity ${point.carbonIntensity} kgCO2e/kWh`,
    };
  }
  const market = num(actuals.marketBasedTCO2e);
  if (market !== undefined)
    out["carbon.trainingMarketBasedTCO2e"] = {
      value: market,
      unit: "tCO2e",
      basis: "actuals.marketBasedTCO2e",
    };
  return out;
}
