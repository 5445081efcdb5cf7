import {
  ACCELERATORS,
  type Estimate,
  formatQuantity,
  withSignificantDigits,
} from "@forecard/core-estimates";
import type { Proposal } from "@forecard/schema";
import { likelyOf } from "./input-value.js";

/**
 * Unexpected job interruptions per accelerator-day: 419 in 54 days on 16,384 H100 GPUs during the
 * Llama 3 405B pre-training (Llama Team, AI @ Meta (2024), The Llama 3 Herd of Models,
 * arXiv:2407.21783, Sec. 3.3.4, Table 5).
 */
export const INTERRUPTIONS_PER_ACCELERATOR_DAY = 419 / (54 * 16_384);

const LLAMA3_SOURCE =
  "Llama Team, AI @ Meta (2024), The Llama 3 Herd of Models, arXiv:2407.21783, Sec. 3.3.4: 419 unexpected interruptions in 54 days on 16,384 GPUs";

/** One feasibility flag: a figure a board checks against what a site and a team can deliver. */
export interface FeasibilityFlag {
  label: string;
  value: string;
  /** The arithmetic, with numbers, and its source. */
  basis: string;
}

function sig(n: number, digits = 3): string {
  return withSignificantDigits(n, digits);
}

/**
 * Facility power, expected interruptions per day, checkpoint size and serving fleet, each from the
 * estimate's own figures and a cited constant; a flag whose inputs are missing is left out. Pure.
 */
export function feasibilityFlags(proposal: Proposal, estimate: Estimate): FeasibilityFlag[] {
  const f = estimate.figures;
  const flags: FeasibilityFlag[] = [];
  const energy = f["energy.trainingMWh"];
  const days = f["time.wallClockDays"];
  if (energy && days && days.value > 0) {
    const mw = energy.value / (days.value * 24);
    flags.push({
      label: "Facility power",
      value: `${sig(mw)} MW average`,
      basis: `energy.trainingMWh / (time.wallClockDays × 24 h) = ${sig(energy.value)} MWh / (${sig(days.value)} d × 24 h), on the estimate's energy boundary; peak draw is higher.`,
    });
  }
  const count = likelyOf(proposal.training?.acceleratorCount);
  if (count !== undefined) {
    const perDay = count * INTERRUPTIONS_PER_ACCELERATOR_DAY;
    const minutes = (24 * 60) / perDay;
    flags.push({
      label: "Expected interruptions",
      value: `${sig(perDay)} per day${perDay > 1 ? ` (one every ${minutes >= 60 ? `${sig(minutes / 60, 2)} h` : `${sig(minutes, 2)} min`})` : ""}`,
      basis: `${sig(count)} accelerators × 419 / (54 d × 16,384 GPUs) = ${sig(count)} × ${INTERRUPTIONS_PER_ACCELERATOR_DAY.toExponential(2)} per accelerator-day (${LLAMA3_SOURCE}).`,
    });
  }
  const state = f["memory.trainingStateBytes"];
  if (state)
    flags.push({
      label: "Checkpoint size",
      value: formatQuantity(state.value, "bytes"),
      basis: `memory.trainingStateBytes: ${state.formula}; a full checkpoint holds weights and optimizer states.`,
    });
  const fleet = servingFleet(proposal, estimate);
  if (fleet) flags.push(fleet);
  return flags;
}

function servingFleet(proposal: Proposal, estimate: Estimate): FeasibilityFlag | undefined {
  const perMillion = estimate.figures["inference.energyPerMillionTokensKWh"];
  const tokensPerDay = likelyOf(proposal.inference?.tokensPerDay);
  const id = proposal.inference?.accelerator ?? proposal.training?.accelerator;
  const accelerator = id ? ACCELERATORS[id] : undefined;
  const pue =
    likelyOf(proposal.datacenter?.pue) ??
    likelyOf(estimate.assumptions.find((a) => a.path === "datacenter.pue")?.value);
  if (!perMillion || tokensPerDay === undefined || !accelerator?.tdpWatts || pue === undefined)
    return undefined;
  const hoursPerMillion = perMillion.value / ((accelerator.tdpWatts / 1000) * pue);
  const busy = ((tokensPerDay / 1e6) * hoursPerMillion) / 24;
  const weights = estimate.figures["memory.inferenceWeightsBytes"]?.value;
  const perReplica = weights ? Math.ceil(weights / (accelerator.memoryGB * 1e9)) : undefined;
  return {
    label: "Serving fleet",
    value: `${sig(Math.max(busy, perReplica ?? 0))} × ${accelerator.id}${perReplica ? ` (≥ ${sig(perReplica)} per copy of the weights)` : ""}`,
    basis: `${accelerator.name} busy on average: tokensPerDay / 1e6 × inference.energyPerMillionTokensKWh / (TDP ${accelerator.tdpWatts} W × PUE ${sig(pue)}) / 24 h = ${sig(tokensPerDay / 1e6)} × ${sig(perMillion.value)} kWh / (${sig((accelerator.tdpWatts / 1000) * pue)} kW) / 24 h${weights ? `; weights ${formatQuantity(weights, "bytes")} / ${accelerator.memoryGB} GB per accelerator` : ""}.`,
  };
}
