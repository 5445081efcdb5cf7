import type { Proposal } from "@forecard/schema";
import { describe, expect, it } from "vitest";
import { FP8_SPEEDUP } from "../src/catalog/utilisation-factors.js";
import { estimateProposal, estimateWithScenarios } from "../src/estimate.js";
import { SERVICE_HOURS } from "../src/figures/footprint.js";
import { DEFAULT_UTILISATION_MODEL } from "../src/utilisation-fit.js";
import { example, proposal, ratio } from "./helpers.js";

const accounting = proposal({
  architecture: { parameters: "70B" },
  training: { accelerator: "nvidia-a100-80gb", acceleratorHours: 1_000_000, powerWatts: 400 },
  datacenter: { pue: 1.1, carbonIntensity: 0.4, carbonFreeEnergyShare: 0.25, wue: 2 },
  cost: { acceleratorHourUsd: 2 },
});

describe("accounting figures", () => {
  // One sample evaluates the figures at the likely inputs, so formulas can be checked exactly.
  const { figures } = estimateProposal(accounting, { samples: 1 });

  it("computes energy as hours x watts x PUE", () => {
    expect(ratio(figures["energy.trainingMWh"]?.value, (1e6 * 400 * 1.1) / 1e6)).toBeCloseTo(1, 9);
  });

  it("computes location-based carbon as energy x intensity and market-based net of carbon-free energy", () => {
    expect(ratio(figures["carbon.trainingOperationalTCO2e"]?.value, 440 * 0.4)).toBeCloseTo(1, 9);
    expect(ratio(figures["carbon.trainingMarketBasedTCO2e"]?.value, 440 * 0.4 * 0.75)).toBeCloseTo(
      1,
      9,
    );
  });

  it("shares each accelerator's embodied carbon over its service hours", () => {
    // Likely embodied footprint 318 kg (Chien et al. 2023).
    expect(
      ratio(figures["carbon.embodiedTCO2e"]?.value, (1e6 * 318) / SERVICE_HOURS / 1000),
    ).toBeCloseTo(1, 9);
    const total =
      (figures["carbon.trainingOperationalTCO2e"]?.value ?? 0) +
      (figures["carbon.embodiedTCO2e"]?.value ?? 0);
    expect(ratio(figures["carbon.trainingTotalTCO2e"]?.value, total)).toBeCloseTo(1, 9);
  });

  it("computes water on site from IT energy and off site from facility energy", () => {
    // Li et al. (2023): water = E_IT x WUE + E_facility x EWIF, EWIF 3.14 L/kWh.
    expect(ratio(figures["water.trainingKL"]?.value, (440 / 1.1) * 2 + 440 * 3.14)).toBeCloseTo(
      1,
      9,
    );
  });

  it("computes rental cost as hours x price", () => {
    expect(figures["cost.trainingUsd"]?.value).toBe(2_000_000);
  });

  it("gives every figure a formula, its inputs and sources", () => {
    for (const [key, figure] of Object.entries(figures)) {
      expect(figure.formula, key).not.toBe("");
      expect(Array.isArray(figure.inputs), key).toBe(true);
      expect(figure.sources.length + figure.inputs.length, key).toBeGreaterThan(0);
    }
  });
});

describe("compute and time", () => {
  const base = {
    architecture: { parameters: "10B" },
    training: {
      tokens: "200B",
      accelerator: "nvidia-h100-sxm",
      acceleratorCount: 1000,
      mfu: 0.5,
      overheadFactor: 1,
    },
  };

  it("uses 6 N D without a transformer", () => {
    const { figures } = estimateProposal(proposal(base), { samples: 1 });
    expect(ratio(figures["compute.trainingFlops"]?.value, 6 * 10e9 * 200e9)).toBeCloseTo(1, 9);
  });

  it("derives accelerator-hours from FLOPs, dense peak and MFU, and days from the count", () => {
    const { figures } = estimateProposal(proposal(base), { samples: 1 });
    // H100 SXM dense bf16 peak 989.4 TFLOP/s (NVIDIA datasheet, sparse headline halved).
    const hours = (6 * 10e9 * 200e9) / (989.4e12 * 0.5 * 3600);
    expect(ratio(figures["time.acceleratorHours"]?.value, hours)).toBeCloseTo(1, 9);
    expect(ratio(figures["time.wallClockDays"]?.value, hours / 1000 / 24)).toBeCloseTo(1, 9);
  });

  it("uses one FLOP definition: a described transformer gives the same compute and hours as its counts", () => {
    const t = { layers: 2, hiddenSize: 64, attentionHeads: 4, vocabSize: 100, contextLength: 128 };
    const training = { tokens: 1000, accelerator: "nvidia-h100-sxm" };
    const described = estimateProposal(proposal({ architecture: { transformer: t }, training }), {
      samples: 1,
    }).figures;
    const n = described["parameters.total"]?.value ?? 0;
    const counted = estimateProposal(proposal({ architecture: { parameters: n }, training }), {
      samples: 1,
    }).figures;
    expect(ratio(described["compute.trainingFlops"]?.value, 6 * n * 1000)).toBeCloseTo(1, 9);
    expect(described["time.acceleratorHours"]?.value).toBe(counted["time.acceleratorHours"]?.value);
  });

  it("trains compute-optimal models on the chosen law's optimal tokens", () => {
    const { figures } = estimateProposal(
      proposal({ architecture: { parameters: "1B" }, training: { tokens: "compute-optimal" } }),
      { samples: 1 },
    );
    // Besiroglu et al. (2024): G = (alpha A / (beta B))^(1/(alpha+beta)); D = (N/G)^(alpha/beta) / G.
    const [a, b, A, B] = [0.3478, 0.3658, 482.01, 2085.43];
    const g = ((a * A) / (b * B)) ** (1 / (a + b));
    const tokens = (1e9 / g) ** (a / b) / g;
    expect(ratio(figures["training.tokens"]?.value, tokens)).toBeCloseTo(1, 9);
    // About 20 per parameter, the rule of thumb the corrected fit agrees with.
    expect(figures["training.tokensPerParameter"]?.value).toBeGreaterThan(15);
    expect(figures["training.tokensPerParameter"]?.value).toBeLessThan(30);
  });

  it("prefers measured hours, then days x count", () => {
    const days = estimateProposal(
      proposal({ training: { wallClockDays: 10, acceleratorCount: 100 } }),
      { samples: 1 },
    );
    expect(days.figures["time.acceleratorHours"]?.value).toBe(24_000);
  });
});

describe("defaults and absent figures", () => {
  it("records each default applied as an assumption with its source", () => {
    const { assumptions } = estimateProposal(
      proposal({
        architecture: { parameters: "1B" },
        training: { tokens: "20B", accelerator: "nvidia-h100-sxm" },
      }),
      { samples: 1 },
    );
    const byPath = Object.fromEntries(assumptions.map((a) => [a.path, a]));
    const { fit } = DEFAULT_UTILISATION_MODEL;
    // The Hopper anchor as an MFU: its effective utilisation over the calibrated goodput.
    expect(byPath["training.mfu.anchor"]?.value).toBeCloseTo(
      Math.exp(fit.logAnchors.hopper - fit.logGoodput),
      2,
    );
    expect(byPath["training.mfu.anchor"]?.sources.join(" ")).toMatch(/Nemotron-4/);
    expect(byPath["training.mfu.residual"]?.value).toMatchObject({ likely: 0 });
    expect(byPath["training.overheadFactor"]?.value).toBeCloseTo(Math.exp(-fit.logGoodput), 2);
    expect(byPath["training.powerWatts"]?.value).toBe(700);
    expect(byPath["datacenter.pue"]?.value).toBe(1.14);
    // World average 475 g/kWh (IEA 2019), with the grid spread around it.
    expect(byPath["datacenter.carbonIntensity"]?.value).toMatchObject({ likely: 0.475 });
    for (const a of assumptions.filter(
      (x) => x.value !== null && x.path.startsWith("datacenter.p"),
    )) {
      expect(a.sources.length).toBeGreaterThan(0);
    }
  });

  it("estimates energy and carbon for an accounting-only proposal, and leaves compute absent with a reason", () => {
    const { figures, assumptions } = estimateProposal(
      proposal({
        architecture: { parameters: "7B" },
        training: { accelerator: "nvidia-a100-80gb", acceleratorHours: 1000 },
        datacenter: { location: "FR" },
      }),
      { samples: 1 },
    );
    expect(figures["energy.trainingMWh"]).toBeDefined();
    expect(figures["carbon.trainingTotalTCO2e"]).toBeDefined();
    expect(figures["compute.trainingFlops"]).toBeUndefined();
    expect(assumptions.find((a) => a.path === "compute.trainingFlops")?.note).toMatch(
      /^not estimated: needs /,
    );
  });

  it("uses the location's grid and the cloud provider's PUE", () => {
    const { assumptions } = estimateProposal(
      proposal({ datacenter: { location: "gcp:europe-north1" } }),
      { samples: 1 },
    );
    const byPath = Object.fromEntries(assumptions.map((a) => [a.path, a.value]));
    expect(byPath["datacenter.carbonIntensity"]).toMatchObject({ likely: 0.046 });
    expect(byPath["datacenter.pue"]).toBe(1.1);
  });

  it("gives an AWS region its country's current grid, so the same run emits the same in either", () => {
    const run = (location: string) =>
      estimateProposal(
        proposal({
          architecture: { parameters: "7B" },
          training: { accelerator: "nvidia-h100-sxm", acceleratorHours: 1000, powerWatts: 700 },
          datacenter: { location, pue: 1.1 },
        }),
        { samples: 1 },
      );
    const frankfurt = run("aws:eu-central-1");
    const germany = run("DE");
    expect(frankfurt.figures["carbon.trainingOperationalTCO2e"]?.value).toBe(
      germany.figures["carbon.trainingOperationalTCO2e"]?.value,
    );
    const note = frankfurt.assumptions.find((a) => a.path === "datacenter.carbonIntensity")?.note;
    expect(note).toMatch(/\(Germany\) grid, 380.95 gCO2e\/kWh \(2023/);
  });

  it("takes each cloud's default PUE from what the provider states", () => {
    const pue = (location: string) =>
      estimateProposal(proposal({ datacenter: { location } }), { samples: 1 }).assumptions.find(
        (a) => a.path === "datacenter.pue",
      );
    expect(pue("aws:us-east-1")?.value).toBe(1.15);
    expect(pue("aws:us-east-1")?.sources.join(" ")).toMatch(/AWS/);
    expect(pue("azure:eastus")?.value).toBe(1.185);
    expect(pue("azure:eastus")?.sources.join(" ")).toMatch(/Microsoft/);
  });
});

describe("warnings", () => {
  const codes = (fields: Record<string, unknown>) =>
    estimateProposal(proposal(fields), { samples: 1 }).warnings.map((w) => w.code);
  const big = { parameters: "1T" };

  it.each([
    ["UNDERTRAINED", { architecture: big, training: { tokens: "1T" } }],
    [
      "TRAINING_STATE_DOES_NOT_FIT",
      { architecture: big, training: { accelerator: "nvidia-h100-sxm", acceleratorCount: 8 } },
    ],
    [
      "TRAINING_OVER_A_YEAR",
      {
        architecture: big,
        training: { tokens: "20T", accelerator: "nvidia-v100", acceleratorCount: 1000 },
      },
    ],
    ["MFU_ABOVE_PUBLISHED", { training: { mfu: { low: 0.4, high: 0.7 } } }],
    ["UNKNOWN_LOCATION", { datacenter: { location: "aws:mars-1" } }],
    ["PRECISION_NOT_NATIVE", { training: { accelerator: "nvidia-a100-80gb", precision: "fp8" } }],
    [
      "EXTRAPOLATED_SCALING_LAW",
      { architecture: { parameters: "70B" }, training: { tokens: "2T" } },
    ],
    [
      "INCONSISTENT_INPUTS",
      { training: { acceleratorHours: 100, wallClockDays: 10, acceleratorCount: 10 } },
    ],
  ])("warns %s", (code, fields) => {
    expect(codes(fields)).toContain(code);
  });

  it("names the nearest known locations for an unknown one", () => {
    const { warnings } = estimateProposal(proposal({ datacenter: { location: "aws:us-east-9" } }), {
      samples: 1,
    });
    expect(warnings[0]?.message).toMatch(/did you mean aws:us-east-[12]\?/);
  });

  it("stays quiet for a plausible proposal within the fitted scaling range", () => {
    expect(
      codes({
        architecture: { parameters: "1B" },
        training: { tokens: "40B", accelerator: "nvidia-h100-sxm", acceleratorCount: 64 },
        datacenter: { location: "US" },
      }),
    ).toEqual([]);
  });

  it("says how far past the fitted compute the loss extrapolates", () => {
    const { warnings } = estimateProposal(
      proposal({ architecture: { parameters: "70B" }, training: { tokens: "2T" } }),
      { samples: 1 },
    );
    const message = warnings.find((w) => w.code === "EXTRAPOLATED_SCALING_LAW")?.message ?? "";
    // 6 x 70e9 x 2e12 = 8.4e23 FLOP against 6 x 16e9 x 500e9 = 4.8e22 fitted: 17.5 times.
    expect(message).toMatch(/17\.5 times \(1\.24 decades\)/);
  });

  it("names both numbers when explicit parameters disagree with the described transformer", () => {
    const t = { layers: 2, hiddenSize: 64, attentionHeads: 4, vocabSize: 100 };
    const { warnings } = estimateProposal(
      proposal({ architecture: { parameters: 1_000_000, transformer: t } }),
      { samples: 1 },
    );
    const counted = 2 * (4 * 64 * 64 + 2 * 4 * 64 * 64 + 2 * 64) + 2 * 100 * 64 + 64;
    const warning = warnings.find((w) => w.path === "architecture.parameters");
    expect(warning?.code).toBe("INCONSISTENT_INPUTS");
    expect(warning?.message).toContain("1,000,000");
    expect(warning?.message).toContain(Number(counted.toPrecision(3)).toLocaleString("en-US"));
  });
});

describe("uncertainty", () => {
  const ranged = proposal({
    architecture: { parameters: "70B" },
    training: {
      tokens: { low: "1T", likely: "2T", high: "3T" },
      accelerator: "nvidia-h100-sxm",
      acceleratorCount: 2048,
    },
    datacenter: { location: "US", pue: { low: 1.1, high: 1.3 } },
  });

  it("gives the same percentiles for the same seed, and others for another", () => {
    const a = estimateProposal(ranged, { samples: 2000, seed: 7 }).figures["energy.trainingMWh"];
    const b = estimateProposal(ranged, { samples: 2000, seed: 7 }).figures["energy.trainingMWh"];
    const c = estimateProposal(ranged, { samples: 2000, seed: 8 }).figures["energy.trainingMWh"];
    expect(a).toEqual(b);
    expect(c?.p5).not.toBe(a?.p5);
  });

  it("brackets the likely value between p5 and p95 for ranged inputs", () => {
    const f = estimateProposal(ranged, { samples: 4000 }).figures["energy.trainingMWh"];
    expect(f?.p5).toBeLessThan(f?.value ?? 0);
    expect(f?.p95).toBeGreaterThan(f?.value ?? 0);
  });

  it("collapses p5 and p95 onto the value when no input is a range", () => {
    const f = estimateProposal(accounting, { samples: 100 }).figures["energy.trainingMWh"];
    expect(f?.p5).toBe(f?.value);
    expect(f?.p95).toBe(f?.value);
  });

  it("ranks the inputs that swing each headline figure", () => {
    const swings = estimateProposal(ranged, { samples: 10 }).sensitivity.filter(
      (s) => s.figure === "energy.trainingMWh",
    );
    expect(swings.map((s) => s.input)).toEqual([
      "training.mfu.residual",
      "training.tokens",
      "datacenter.energyBoundary",
      "datacenter.pue",
    ]);
  });

  it.each<[string, () => Proposal]>([
    ["the ranged test proposal", () => ranged],
    ...["atlas-100t-moe.yaml", "atlas-100t-dense.yaml", "llama-2-70b.yaml"].map(
      (file): [string, () => Proposal] => [file, () => example(file)],
    ),
  ])("swings each headline figure as an evaluation of every figure would (%s)", async (_, load) => {
    const { evaluate } = await import("../src/evaluate.js");
    const { likelyPoint, resolveInputs } = await import("../src/inputs.js");
    const { rangedInputs } = await import("../src/monte-carlo.js");
    const { HEADLINE_FIGURES } = await import("../src/sensitivity.js");
    const subject = load();
    const context = resolveInputs(subject);
    const point = likelyPoint(context);
    const swings = estimateProposal(subject, { samples: 10 }).sensitivity;
    // Every ranged input is moved here, those the sensitivity skips as swinging nothing included.
    const expected = rangedInputs(context).flatMap(([key, range]) => {
      const low = evaluate({ ...point, [key]: range.low }, context);
      const high = evaluate({ ...point, [key]: range.high }, context);
      return HEADLINE_FIGURES.filter((figure) => low[figure] !== high[figure]).map((figure) => ({
        figure,
        input: context.inputs[key]?.path ?? key,
        atLow: low[figure],
        atHigh: high[figure],
      }));
    });
    const order = (s: { figure: string; input: string; atLow?: number }) =>
      `${s.figure} ${s.input} ${s.atLow}`;
    const sorted = <T extends { figure: string; input: string; atLow?: number }>(list: T[]) =>
      [...list].sort((a, b) => order(a).localeCompare(order(b)));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(swings)).toMatchObject(sorted(expected));
    expect(swings).toHaveLength(expected.length);
  });

  it("does not mutate its input", () => {
    const copy = structuredClone(ranged);
    estimateProposal(ranged, { samples: 10 });
    expect(ranged).toEqual(copy);
  });
});

describe("scenarios", () => {
  it("estimates each scenario with its overrides merged over the base", () => {
    const base = proposal({
      architecture: { parameters: "10B" },
      training: { tokens: "200B", accelerator: "nvidia-h100-sxm", acceleratorCount: 256 },
      datacenter: { location: "US" },
      scenarios: [
        { name: "sweden", overrides: { datacenter: { location: "SE" } } },
        { name: "fp8", overrides: { training: { precision: "fp8" } } },
      ],
    });
    const { base: b, scenarios } = estimateWithScenarios(base, { samples: 1 });
    const [sweden, fp8] = scenarios;
    expect(sweden?.figures["energy.trainingMWh"]?.value).toBe(
      b.figures["energy.trainingMWh"]?.value,
    );
    expect(sweden?.figures["carbon.trainingOperationalTCO2e"]?.value).toBeLessThan(
      b.figures["carbon.trainingOperationalTCO2e"]?.value ?? 0,
    );
    expect(fp8?.figures["compute.trainingFlops"]?.value).toBe(
      b.figures["compute.trainingFlops"]?.value,
    );
    // Time stays against the bf16 peak; fp8 gains its published end-to-end speed-up, not the
    // datasheet's 2x.
    const expected = (b.figures["time.acceleratorHours"]?.value ?? 0) / FP8_SPEEDUP.value.likely;
    expect(ratio(fp8?.figures["time.acceleratorHours"]?.value, expected)).toBeCloseTo(1, 9);
  });
});

describe("accounting boundary and cost models", () => {
  const base = {
    architecture: { parameters: "7B" },
    training: { accelerator: "nvidia-h100-sxm", acceleratorHours: 10_000, powerWatts: 700 },
    datacenter: { pue: 1.2, electricityUsdPerKWh: 0.1 },
  };

  it("scales power by 1.82 for a whole-server boundary (Epoch AI 2024)", () => {
    const accelerators =
      estimateProposal(proposal(base), { samples: 1 }).figures["energy.trainingMWh"]?.value ?? 0;
    const servers = estimateProposal(
      proposal({ ...base, datacenter: { ...base.datacenter, accountingBoundary: "servers" } }),
      { samples: 1 },
    );
    expect(ratio(servers.figures["energy.trainingMWh"]?.value, accelerators * 1.82)).toBeCloseTo(
      1,
      9,
    );
  });

  it("prices ownership as amortised hardware plus electricity", () => {
    const owned = estimateProposal(
      proposal({
        ...base,
        cost: { model: "ownership", acceleratorPriceUsd: 40_000, serviceLifeYears: 4 },
      }),
      { samples: 1 },
    ).figures;
    const energyKWh = (10_000 * 700 * 1.2) / 1000;
    const expected = (10_000 * 40_000) / (4 * 8760 * 0.85) + energyKWh * 0.1;
    expect(ratio(owned["cost.trainingUsd"]?.value, expected)).toBeCloseTo(1, 9);
    expect(ratio(owned["cost.electricityUsd"]?.value, energyKWh * 0.1)).toBeCloseTo(1, 9);
  });

  it("leaves ownership cost absent without a purchase price", () => {
    const { figures, assumptions } = estimateProposal(
      proposal({ ...base, cost: { model: "ownership" } }),
      { samples: 1 },
    );
    expect(figures["cost.trainingUsd"]).toBeUndefined();
    expect(assumptions.find((a) => a.path === "cost.trainingUsd")?.note).toContain("ownership");
  });
});

describe("Chinchilla scaling law", () => {
  it("splits a compute budget so that 6 N D spends it exactly, at the loss minimum", async () => {
    const { chinchillaLoss, computeOptimal, HOFFMANN_2022 } = await import("../src/scaling-law.js");
    // Gopher's budget, 5.76e23 FLOP (Hoffmann et al. 2022).
    const optimal = computeOptimal(5.76e23, HOFFMANN_2022);
    expect(ratio(6 * optimal.parameters * optimal.tokens, 5.76e23)).toBeCloseTo(1, 9);
    for (const factor of [0.8, 1.25]) {
      const n = optimal.parameters * factor;
      expect(chinchillaLoss(n, 5.76e23 / (6 * n), HOFFMANN_2022)).toBeGreaterThan(optimal.loss);
    }
  });
});

describe("compute-optimal loss", () => {
  it("takes off the predicted loss exactly the gain the law gives for splitting the compute optimally", async () => {
    const { chinchillaLoss, computeOptimal, BESIROGLU_2024, HOFFMANN_2022 } = await import(
      "../src/scaling-law.js"
    );
    // Inside the fitted compute, where the predicted loss at the likely inputs is the law itself.
    for (const [law, name] of [
      [HOFFMANN_2022, "hoffmann2022"],
      [BESIROGLU_2024, "besiroglu2024"],
    ] as const) {
      for (const [parameters, tokens] of [
        [1e9, 200e9],
        [8e9, 20e9],
      ] as const) {
        const { figures } = estimateProposal(
          proposal({ architecture: { parameters }, training: { tokens, scalingLaw: name } }),
          { samples: 1 },
        );
        const predicted = figures["scaling.predictedLoss"]?.value ?? Number.NaN;
        expect(predicted).toBeCloseTo(chinchillaLoss(parameters, tokens, law), 12);
        const split = computeOptimal(6 * parameters * tokens, law);
        const optimal = split.loss;
        expect(
          ratio(figures["scaling.computeOptimalParametersForCompute"]?.value, split.parameters),
        ).toBeCloseTo(1, 12);
        expect(
          ratio(figures["scaling.computeOptimalTokensForCompute"]?.value, split.tokens),
        ).toBeCloseTo(1, 12);
        const gain = chinchillaLoss(parameters, tokens, law) - optimal;
        expect(gain).toBeGreaterThan(1e-4);
        expect(figures["scaling.computeOptimalLoss"]?.value).toBeCloseTo(predicted - gain, 12);
      }
    }
  });
});

describe("scaling analysis", () => {
  it("splits compute like the paper's own approaches under the corrected fit, unlike the published one", async () => {
    const { computeOptimal, BESIROGLU_2024, HOFFMANN_2022 } = await import("../src/scaling-law.js");
    // Hoffmann et al. (2022), Table 3 (approach 1): compute-optimal parameters for a FLOP budget.
    const table3: [number, number][] = [
      [10e9, 1.23e22],
      [67e9, 5.76e23],
      [175e9, 3.85e24],
      [1e12, 1.27e26],
    ];
    for (const [parameters, flops] of table3) {
      const corrected = computeOptimal(flops, BESIROGLU_2024).parameters / parameters;
      const published = computeOptimal(flops, HOFFMANN_2022).parameters / parameters;
      expect(Math.abs(Math.log(corrected))).toBeLessThan(Math.abs(Math.log(published)));
    }
  });

  it("pins the published loss constants: Chinchilla beats Gopher at the same compute", async () => {
    const { chinchillaLoss, HOFFMANN_2022, BESIROGLU_2024 } = await import("../src/scaling-law.js");
    // Hoffmann et al. (2022), eq. 10; Chinchilla 70B x 1.4T and Gopher 280B x 300B share 5.76e23 FLOP.
    expect(HOFFMANN_2022).toEqual({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 });
    expect(BESIROGLU_2024).toEqual({
      E: 1.8172,
      A: 482.01,
      B: 2085.43,
      alpha: 0.3478,
      beta: 0.3658,
    });
    expect(chinchillaLoss(70e9, 1.4e12, HOFFMANN_2022)).toBeCloseTo(1.937, 2);
    expect(chinchillaLoss(70e9, 1.4e12, HOFFMANN_2022)).toBeLessThan(
      chinchillaLoss(280e9, 300e9, HOFFMANN_2022),
    );
  });

  it("gives the marginal gain of doubling compute, and what it costs in carbon and money", () => {
    const p = proposal({
      architecture: { parameters: "70B" },
      training: { tokens: "1.4T", accelerator: "nvidia-h100-sxm", acceleratorCount: 1000 },
      datacenter: { location: "US" },
    });
    const f = estimateProposal(p, { samples: 1 }).figures;
    const gain = f["scaling.lossReductionPerDoubling"]?.value ?? 0;
    expect(gain).toBeGreaterThan(0);
    expect(
      ratio(
        f["scaling.lossReductionPerKtCO2e"]?.value,
        gain / ((f["carbon.trainingTotalTCO2e"]?.value ?? 1) / 1000),
      ),
    ).toBeCloseTo(1, 9);
    expect(
      ratio(
        f["scaling.lossReductionPerBillionUsd"]?.value,
        gain / ((f["cost.trainingUsd"]?.value ?? 1) / 1e9),
      ),
    ).toBeCloseTo(1, 9);
  });

  it("uses one law at a time: the corrected fit by default, the published one when the proposal asks", () => {
    const fields = { architecture: { parameters: "70B" }, training: { tokens: "15T" } };
    const byDefault = estimateProposal(proposal(fields), { samples: 1 }).figures;
    const hoffmann = estimateProposal(
      proposal({ ...fields, training: { ...fields.training, scalingLaw: "hoffmann2022" } }),
      { samples: 1 },
    ).figures;
    expect(byDefault["scaling.predictedLoss"]?.formula).toMatch(/\(Besiroglu et al\. 2024\)/);
    expect(hoffmann["scaling.predictedLoss"]?.formula).toMatch(/\(Hoffmann et al\. 2022\)/);
    // Under either law, re-splitting the same compute optimally never predicts a worse loss
    // (Llama 3 70B's 15T tokens once did, when the split and the loss used different laws).
    for (const f of [byDefault, hoffmann]) {
      expect(f["scaling.computeOptimalLoss"]?.value).toBeLessThanOrEqual(
        f["scaling.predictedLoss"]?.value ?? 0,
      );
    }
  });

  it("gives the loss a range that reaches toward the other fit and widens past the fitted compute", () => {
    const p = proposal({ architecture: { parameters: "70B" }, training: { tokens: "1.4T" } });
    const loss = estimateProposal(p, { samples: 4000 }).figures["scaling.predictedLoss"];
    const hoffmann = 1.69 + 406.4 / 70e9 ** 0.34 + 410.7 / 1.4e12 ** 0.28;
    const besiroglu = 1.8172 + 482.01 / 70e9 ** 0.3478 + 2085.43 / 1.4e12 ** 0.3658;
    expect(loss?.p5).toBeLessThan(Math.min(hoffmann, besiroglu) + 0.02);
    expect(loss?.p95).toBeGreaterThan(besiroglu);
    expect((loss?.p95 ?? 0) - (loss?.p5 ?? 0)).toBeGreaterThan(Math.abs(hoffmann - besiroglu) / 2);
  });

  it("warns once when the plan needs more text than the effective stock, which already counts cheap repetition", () => {
    const { warnings } = estimateProposal(
      proposal({ architecture: { parameters: "1T" }, training: { tokens: "2000T" } }),
      { samples: 1 },
    );
    const data = warnings.filter((w) => w.code.startsWith("DATA_"));
    expect(data.map((w) => w.code)).toEqual(["DATA_STOCK_EXCEEDED"]);
    expect(data[0]?.message).toMatch(/6\.67 times the effective stock/);
  });

  it("warns when a compute-optimal run would need more text than exists", () => {
    const { warnings } = estimateProposal(
      proposal({ architecture: { parameters: "100T" }, training: { tokens: "30T" } }),
      { samples: 1 },
    );
    const [a, b, A, B] = [0.3478, 0.3658, 482.01, 2085.43];
    const g = ((a * A) / (b * B)) ** (1 / (a + b));
    const optimal = (100e12 / g) ** (a / b) / g;
    const round = (n: number) => Number(n.toPrecision(3)).toLocaleString("en-US");
    expect(
      warnings.find((w) => w.code === "COMPUTE_OPTIMAL_EXCEEDS_DATA_STOCK")?.message,
    ).toContain(`${round(optimal / 1e12)}T tokens, ${round(optimal / 300e12)} times`);
  });
});

describe("reference catalog and trends", () => {
  it("has at least 30 models, every value with a source", async () => {
    const { REFERENCE_MODELS } = await import("../src/reference/models.js");
    expect(REFERENCE_MODELS.length).toBeGreaterThanOrEqual(30);
    for (const model of REFERENCE_MODELS) {
      for (const field of [
        "parametersTotal",
        "parametersActive",
        "tokens",
        "trainingFlops",
        "energyMWh",
        "tCO2e",
      ] as const) {
        const value = model[field];
        if (value) expect(value.source, `${model.id}.${field}`).not.toBe("");
      }
    }
  });

  it("fits a least-squares line that matches a hand computation", async () => {
    const { fitPolynomial, predict } = await import("../src/reference/trend.js");
    // By hand: x̄ = 2019.5, ȳ = 10.625, Sxy = 5.75, Sxx = 5, slope 1.15, SSres 0.075, SStot 6.6875.
    const fit = fitPolynomial([2018, 2019, 2020, 2021], [9, 10, 11, 12.5], 1);
    expect(fit.coefficients[0]).toBeCloseTo(10.625, 10);
    expect(fit.coefficients[1]).toBeCloseTo(1.15, 10);
    expect(fit.r2).toBeCloseTo(1 - 0.075 / 6.6875, 10);
    expect(predict(fit, 2022).value).toBeCloseTo(10.625 + 1.15 * 2.5, 10);
    const interval = predict(fit, 2022);
    expect(interval.low).toBeLessThan(interval.value);
    expect(interval.high - interval.value).toBeCloseTo(interval.value - interval.low, 10);
  });

  it("fits a parabola exactly through points that lie on one", async () => {
    const { fitPolynomial } = await import("../src/reference/trend.js");
    const xs = [2015, 2016, 2017, 2018, 2019];
    const fit = fitPolynomial(
      xs,
      xs.map((x) => 1 + 0.5 * (x - 2017) + 0.25 * (x - 2017) ** 2),
      2,
    );
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.coefficients[2]).toBeCloseTo(0.25, 8);
  });

  it("compares with named references and ranks within the catalog", async () => {
    const { compareWithReferences } = await import("../src/reference/analysis.js");
    const e = estimateProposal(
      proposal({ architecture: { parameters: "350B" }, training: { tokens: "600B" } }),
      { samples: 1 },
    );
    const { rows, ranks } = compareWithReferences(e, ["gpt-3"]);
    // GPT-3: 175B parameters and 3.14e23 FLOP (Brown et al. 2020).
    expect(rows[0]?.ratios.parameters).toBeCloseTo(2, 10);
    expect(ratio(rows[0]?.ratios["training compute"], (6 * 350e9 * 600e9) / 3.14e23)).toBeCloseTo(
      1,
      9,
    );
    expect(ranks.find((r) => r.metric === "parameters")?.rank).toBeGreaterThan(1);
  });

  it("puts every energy comparison on the facility boundary, converting IT-only figures with the source's PUE", async () => {
    const { compareWithReferences } = await import("../src/reference/analysis.js");
    const { REFERENCE_MODELS } = await import("../src/reference/models.js");
    const e = estimateProposal(
      proposal({
        architecture: { parameters: "350B" },
        training: { tokens: "600B", accelerator: "nvidia-h100-sxm", acceleratorCount: 4096 },
        datacenter: { location: "US" },
      }),
      { samples: 1 },
    );
    const mine = e.figures["energy.trainingMWh"]?.value ?? Number.NaN;
    expect(mine).toBeGreaterThan(0);
    const { rows, ranks } = compareWithReferences(e, ["bloom-176b", "olmo-7b", "gpt-3"]);
    // BLOOM: 433.196 MWh of GPU energy without PUE, Jean Zay PUE 1.2 (Luccioni et al. 2023).
    expect(ratio(rows[0]?.ratios["training energy"], mine / (433.196 * 1.2))).toBeCloseTo(1, 9);
    expect(rows[0]?.energy).toMatchObject({ boundary: "it", pue: 1.2, publishedMWh: 433.196 });
    expect(rows[0]?.sources.join(" ")).toContain("PUE 1.2");
    // OLMo 7B: 104 MWh GPU power only, the paper's PUE 1.1 (Groeneveld et al. 2024).
    expect(ratio(rows[1]?.ratios["training energy"], mine / (104 * 1.1))).toBeCloseTo(1, 9);
    // GPT-3: 1,287 MWh already includes PUE 1.1 (Patterson et al. 2021): not converted.
    expect(ratio(rows[2]?.ratios["training energy"], mine / 1287)).toBeCloseTo(1, 9);
    expect(rows[2]?.energy?.pue).toBeUndefined();
    // The rank counts catalog energies on the same boundary.
    const facility = REFERENCE_MODELS.flatMap((m) =>
      m.energyMWh
        ? [
            m.energyMWh.value *
              (m.energyMWh.boundary.kind === "it" ? (m.energyMWh.boundary.pue ?? 1.14) : 1),
          ]
        : [],
    );
    expect(ranks.find((r) => r.metric === "training energy")?.rank).toBe(
      facility.filter((x) => x > mine).length + 1,
    );
  });

  it("gives every published energy a boundary, and every IT-only one a PUE", async () => {
    const { REFERENCE_MODELS } = await import("../src/reference/models.js");
    for (const m of REFERENCE_MODELS) {
      if (!m.energyMWh) continue;
      expect(["facility", "it"], m.id).toContain(m.energyMWh.boundary.kind);
    }
    const itOnly = REFERENCE_MODELS.filter((m) => m.energyMWh?.boundary.kind === "it");
    expect(itOnly.map((m) => m.id)).toEqual(["bloom-176b", "olmo-7b", "olmo-2-7b"]);
  });

  it("refuses an unknown reference id, listing the valid ones", async () => {
    const { referenceModels } = await import("../src/reference/models.js");
    expect(() => referenceModels(["gpt-5"])).toThrow(
      /no reference model "gpt-5"; valid ids: bert-large, gpt-2/,
    );
  });
});

describe("parameter sharing in estimates", () => {
  it("lowers parameters and memory but not compute", () => {
    const t = {
      layers: 24,
      hiddenSize: 2048,
      attentionHeads: 16,
      vocabSize: 32000,
      contextLength: 2048,
    };
    const base = estimateProposal(
      proposal({ architecture: { transformer: t }, training: { tokens: "100B" } }),
      { samples: 1 },
    ).figures;
    const shared = estimateProposal(
      proposal({
        architecture: { transformer: { ...t, distinctLayers: 4 } },
        training: { tokens: "100B" },
      }),
      { samples: 1 },
    ).figures;
    expect(shared["parameters.total"]?.value).toBeLessThan(
      (base["parameters.total"]?.value ?? 0) / 2,
    );
    expect(shared["memory.trainingStateBytes"]?.value).toBeLessThan(
      (base["memory.trainingStateBytes"]?.value ?? 0) / 2,
    );
    expect(
      ratio(shared["compute.trainingFlops"]?.value, base["compute.trainingFlops"]?.value ?? 0),
    ).toBeCloseTo(1, 9);
  });
});

describe("firstYearReaching", () => {
  it("finds the crossing year to a tenth, and says when there is none", async () => {
    const { firstYearReaching } = await import("../src/reference/trend.js");
    expect(firstYearReaching((x) => x - 2030.46, 0, 2024)).toBe(2030.5);
    expect(firstYearReaching(() => 0, 1, 2024)).toBeUndefined();
    expect(firstYearReaching(() => 5, 1, 2024)).toBe(2024);
  });
});

describe("the training-state formula", () => {
  it("names what each byte is for, and the parts add up to the bytes it multiplies by", () => {
    const fp8 = estimateProposal(example("atlas-100t-moe.yaml"), { samples: 1 });
    const formula = fp8.figures["memory.trainingStateBytes"]?.formula ?? "";
    // fp8 training keeps bf16 gradients: 1 + 2 + 12, not "fp8 weights and gradients".
    expect(formula).toContain(
      "x 15 bytes (fp8 weights 1, gradients 2, adamw states with fp32 master 12)",
    );
    for (const file of ["atlas-100t-moe.yaml", "atlas-100t-dense.yaml", "llama-2-70b.yaml"]) {
      const text = estimateProposal(example(file), { samples: 1 }).figures[
        "memory.trainingStateBytes"
      ]?.formula;
      const total = Number(/x ([\d.]+) bytes \(/.exec(text ?? "")?.[1]);
      const parts = [...(text ?? "").matchAll(/ ([\d.]+)(?=[,)])/g)].map((m) => Number(m[1]));
      expect(parts.length, file).toBe(3);
      expect(
        parts.reduce((a, b) => a + b, 0),
        file,
      ).toBe(total);
    }
  });
});
