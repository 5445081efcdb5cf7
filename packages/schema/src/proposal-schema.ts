import { z } from "zod";
import { actualsSchema } from "./actuals-schema.js";
import {
  ACCELERATOR_IDS,
  INFERENCE_PRECISIONS,
  LOCATION_PATTERN,
  TRAINING_PRECISIONS,
} from "./catalog-ids.js";
import { bounded, describeInput, kinds, likely, quantity } from "./quantity.js";
import { identifier, isoDate, text, textList } from "./text.js";

const flops = bounded("a number of FLOP", 1, 1e35);
// Lower bounds are physical floors: below them a divisor makes time, energy or cost overflow.
const mfu = bounded("an MFU", 0.01, 1);
const nonNegativeShape = {
  ...kinds.shape,
  noun: "an integer of at least 0",
  min: 0,
  minInclusive: true,
};

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) => `expected one of ${values.join(" | ")}, got ${JSON.stringify(iss.input)}`,
  });
}

const boolean = z.boolean({
  error: (iss) => `expected true or false, got ${JSON.stringify(iss.input)}`,
});

const moe = z
  .strictObject({
    experts: quantity(kinds.shape).describe("Routed experts per MoE layer."),
    activeExperts: quantity(kinds.shape).describe("Routed experts each token passes through."),
    sharedExperts: quantity(nonNegativeShape)
      .optional()
      .describe("Experts every token passes through in addition to the routed ones. Default 0."),
    layerEvery: quantity(kinds.shape)
      .optional()
      .describe("Every n-th layer is an MoE layer; the others are dense. Default 1."),
  })
  .superRefine((value, ctx) => {
    if (Number(value.activeExperts) > Number(value.experts)) {
      ctx.addIssue({
        code: "custom",
        path: ["activeExperts"],
        message: `expected at most experts (${value.experts}), got ${value.activeExperts}`,
      });
    }
  })
  .describe("Mixture of experts replacing the dense feed-forward block.");

const transformer = z
  .strictObject({
    layers: quantity(kinds.shape).describe("Transformer blocks."),
    hiddenSize: quantity(kinds.shape).describe("Model (residual stream) width d_model."),
    attentionHeads: quantity(kinds.shape).describe("Query heads per attention layer."),
    kvHeads: quantity(kinds.shape)
      .optional()
      .describe(
        "Key/value heads; fewer than attentionHeads means GQA (1 means MQA). Default attentionHeads.",
      ),
    headDim: quantity(kinds.shape)
      .optional()
      .describe("Width of one head. Default hiddenSize / attentionHeads."),
    ffnHiddenSize: quantity(kinds.shape)
      .optional()
      .describe(
        "Inner width of the feed-forward block (per expert for MoE). Default 4 x hiddenSize.",
      ),
    ffnActivation: oneOf(["gelu", "relu", "swiglu", "geglu"])
      .optional()
      .describe(
        "Feed-forward activation; swiglu and geglu are gated (three matrices). Default gelu.",
      ),
    vocabSize: quantity(kinds.shape).describe("Tokenizer vocabulary size."),
    contextLength: quantity(kinds.shape)
      .optional()
      .describe("Training sequence length, tokens. Default 2048."),
    tiedEmbeddings: boolean
      .optional()
      .describe("Input and output embeddings share one matrix. Default false."),
    positionEmbedding: oneOf(["learned", "rope", "alibi", "none"])
      .optional()
      .describe(
        "Position encoding; only learned adds parameters (contextLength x hiddenSize). Default rope.",
      ),
    normalization: oneOf(["rmsnorm", "layernorm"])
      .optional()
      .describe(
        "Normalisation layers: rmsnorm has a weight, layernorm a weight and a bias. Default rmsnorm.",
      ),
    bias: boolean
      .optional()
      .describe("Linear layers carry bias vectors (GPT-2/GPT-3 style). Default false."),
    distinctLayers: quantity(kinds.shape)
      .optional()
      .describe(
        "ALBERT-style parameter sharing: this many distinct layer blocks are reused across the depth; parameters and memory count each once, compute counts every layer. Default: every layer distinct.",
      ),
    moe: moe.optional(),
  })
  .superRefine((value, ctx) => {
    const heads = Number(value.attentionHeads);
    if (value.kvHeads !== undefined && heads % Number(value.kvHeads) !== 0) {
      ctx.addIssue({
        code: "custom",
        path: ["kvHeads"],
        message: `expected a divisor of attentionHeads (${heads}), got ${value.kvHeads}`,
      });
    }
    const distinct = value.distinctLayers as number | undefined;
    if (
      distinct !== undefined &&
      (distinct > Number(value.layers) || Number(value.layers) % distinct !== 0)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["distinctLayers"],
        message: `expected a divisor of layers (${value.layers}), got ${distinct}`,
      });
    }
    if (value.headDim === undefined && Number(value.hiddenSize) % heads !== 0) {
      ctx.addIssue({
        code: "custom",
        path: ["attentionHeads"],
        message: `expected a divisor of hiddenSize (${value.hiddenSize}) or an explicit headDim, got ${heads}`,
      });
    }
  })
  .describe("A transformer to count parameters from.");

const architecture = z
  .strictObject({
    parameters: quantity(kinds.count)
      .optional()
      .describe("Total parameters; overrides the count derived from the transformer."),
    activeParameters: quantity(kinds.count)
      .optional()
      .describe("Parameters used per token (mixture of experts); default the total."),
    transformer: transformer.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.parameters !== undefined && value.activeParameters !== undefined) {
      if (likely(value.activeParameters) > likely(value.parameters)) {
        ctx.addIssue({
          code: "custom",
          path: ["activeParameters"],
          message: "expected at most the total parameters",
        });
      }
    }
  })
  .describe("Model size: explicit counts, or a transformer to count.");

const model = z
  .strictObject({
    name: text(200)
      .min(1, { error: "expected a non-empty name" })
      .describe("Model name; the report files are named after it."),
    version: text(50).optional().describe("Model version."),
    organization: text(200).optional().describe("Organisation proposing the model."),
    description: text(20_000).optional().describe("What the model is, in a paragraph."),
    intendedUse: textList(100, 2_000).optional().describe("Uses the model is meant for."),
    outOfScopeUse: textList(100, 2_000).optional().describe("Uses the model is not meant for."),
    license: text(100)
      .optional()
      .describe("License id, e.g. apache-2.0 (Hugging Face license ids)."),
    licenseName: identifier
      .optional()
      .describe(
        "Short id of a license the Hugging Face Hub does not list; with license: other (Hub license_name).",
      ),
    licenseLink: text(2_000)
      .optional()
      .describe(
        "URL or repository path of the license text; with license: other (Hub license_link).",
      ),
    status: oneOf(["proposed", "training", "trained"])
      .optional()
      .describe(
        "Where the model stands: proposed (not started), training (running), trained (finished). Default proposed.",
      ),
    pipelineTag: text(100)
      .optional()
      .describe('Hugging Face pipeline tag, e.g. "text-generation".'),
    datasets: textList(100, 200).optional().describe("Hugging Face dataset ids trained on."),
    baseModel: textList(20, 200)
      .optional()
      .describe("Hugging Face ids of the model(s) this one is fine-tuned or derived from."),
    modalities: textList(10, 100)
      .optional()
      .describe(
        'Input and output modalities and formats, e.g. "text in, text out" (Annex XI 1(e)).',
      ),
    integration: text(5_000)
      .optional()
      .describe(
        "Technical means to integrate the model into AI systems: instructions, infrastructure, tools (Annex XI 2(a)).",
      ),
    acceptableUsePolicy: text(2_000)
      .optional()
      .describe("URL or summary of the acceptable use policy (Annex XI 1(b))."),
    releaseDate: isoDate.optional().describe("Planned or actual release date (Annex XI 1(c))."),
    unionReleaseDate: isoDate
      .optional()
      .describe(
        "Planned or actual date the model is placed on the Union market (Model Documentation Form 1.5).",
      ),
    authenticity: text(500)
      .optional()
      .describe(
        "Evidence of the model's provenance and authenticity: a secure hash of the released weights, or the service's endpoint URL (Model Documentation Form 1.3).",
      ),
    distribution: text(500)
      .optional()
      .describe('How the model is distributed, e.g. "API", "open weights" (Annex XI 1(c)).'),
    languages: textList(500, 20).optional().describe("Languages covered (ISO 639-1 codes)."),
    tags: textList(100, 100).optional().describe("Free tags for the model card."),
    contact: text(500).optional().describe("Where to send questions about the model."),
    generalPurpose: boolean
      .optional()
      .describe(
        "A general-purpose model (EU AI Act Art. 3(63)), as most large language models are. Default true.",
      ),
    usesPersonalData: boolean
      .optional()
      .describe(
        "Training or serving data include personal data. Default true (unknown is treated as yes).",
      ),
    deployment: oneOf(["internal", "restricted", "public"])
      .optional()
      .describe(
        "Who will use the model: internal teams, restricted partners, or the public. Default public.",
      ),
  })
  .describe("What the model is.");

const mfuRange = quantity(mfu).describe(
  "Model FLOPs utilisation against the dense bf16 peak (6·N·D model FLOPs), including any fp8 or MoE effect. Default: the calibrated utilisation model. A range makes time, energy and cost distributions.",
);

const training = z
  .strictObject({
    tokens: z
      .union([z.literal("compute-optimal"), quantity(kinds.count)])
      .optional()
      .describe('Training tokens, or "compute-optimal" for the Chinchilla allocation.'),
    flops: quantity(flops)
      .optional()
      .describe(
        "Training compute in model FLOPs (6·N·D convention, attention excluded); overrides 6·N·D.",
      ),
    precision: oneOf(TRAINING_PRECISIONS).optional().describe("Training precision. Default bf16."),
    optimizer: oneOf(["adamw", "adam", "adafactor", "sgd", "lion"])
      .optional()
      .describe("Optimizer; sets optimizer-state memory. Default adamw."),
    accelerator: oneOf(ACCELERATOR_IDS).optional().describe("Accelerator catalog id."),
    acceleratorCount: quantity(kinds.accelerators)
      .optional()
      .describe("Accelerators in the training cluster."),
    mfu: mfuRange.optional(),
    acceleratorHours: quantity(bounded("a number of accelerator-hours", 1, 1e15))
      .optional()
      .describe("Accelerator-hours, measured or planned; overrides the estimate from compute."),
    wallClockDays: quantity(bounded("a number of days", 0.01, 36_500))
      .optional()
      .describe("Wall-clock training days; with acceleratorCount gives accelerator-hours."),
    powerWatts: quantity(bounded("a power in watts", 1, 100_000))
      .optional()
      .describe("Average draw per accelerator, W; default its TDP."),
    overheadFactor: quantity(kinds.factor)
      .optional()
      .describe("Multiplier on accelerator-hours for restarts, failures and evaluation."),
    start: isoDate.optional().describe("Planned start date."),
    scalingLaw: oneOf(["besiroglu2024", "hoffmann2022"])
      .optional()
      .describe(
        "Chinchilla fit used for both the compute-optimal split and the predicted loss. Default besiroglu2024.",
      ),
  })
  .describe("How the model is trained.");

const datacenter = z
  .strictObject({
    location: z
      .string({
        error: (iss) =>
          `expected a location such as US or aws:us-east-1, got ${JSON.stringify(iss.input)}`,
      })
      .regex(LOCATION_PATTERN, {
        error: (iss) =>
          `expected an ISO country code (US) or a cloud region (aws:us-east-1), got ${JSON.stringify(iss.input)}`,
      })
      .optional()
      .describe(
        "ISO 3166-1 alpha-2 country, or cloud region as aws:REGION, gcp:REGION, azure:REGION.",
      ),
    pue: quantity(kinds.pue).optional().describe("Power usage effectiveness of the facility."),
    carbonIntensity: quantity({ ...kinds.nonNegative, max: 2 })
      .optional()
      .describe("Grid carbon intensity, kgCO2e/kWh; overrides the location's."),
    carbonFreeEnergyShare: quantity(kinds.share)
      .optional()
      .describe("Share of energy matched by carbon-free contracts (market-based accounting)."),
    electricityUsdPerKWh: quantity({ ...kinds.nonNegative, max: 10 })
      .optional()
      .describe("Electricity price, USD/kWh."),
    wue: quantity({ ...kinds.nonNegative, max: 20 })
      .optional()
      .describe("On-site water usage effectiveness, L/kWh."),
    accountingBoundary: oneOf(["accelerators", "servers"])
      .optional()
      .describe(
        "What the power draw covers: accelerators alone (as most publishers report), or whole servers (x1.82, Epoch AI). Default accelerators.",
      ),
  })
  .describe("Where the model is trained.");

const cost = z
  .strictObject({
    model: oneOf(["rental", "ownership"])
      .optional()
      .describe(
        "rental: hours x hourly price; ownership: amortised purchase plus electricity. Default rental.",
      ),
    acceleratorHourUsd: quantity({ ...kinds.nonNegative, max: 1_000 })
      .optional()
      .describe("Rental price of one accelerator-hour, USD."),
    acceleratorPriceUsd: quantity(bounded("a price in USD", 1, 10_000_000))
      .optional()
      .describe("Purchase price of one accelerator with its server share, USD (ownership)."),
    serviceLifeYears: quantity(bounded("a number of years", 0.25, 20))
      .optional()
      .describe("Years the hardware is amortised over (ownership). Default 5."),
  })
  .describe("Money.");

const inference = z
  .strictObject({
    tokensPerDay: quantity(kinds.count).optional().describe("Tokens served per day."),
    years: quantity(bounded("a number of years", 0.01, 50))
      .optional()
      .describe("Years in service."),
    accelerator: oneOf(ACCELERATOR_IDS).optional().describe("Serving accelerator catalog id."),
    precision: oneOf(INFERENCE_PRECISIONS)
      .optional()
      .describe("Serving precision, including int8/int4 quantisation."),
    batch: quantity({ ...kinds.positive, max: 100_000 })
      .optional()
      .describe("Sequences decoded together per model replica. Default 16 to 256, likely 64."),
  })
  .describe("How the model is served.");

const evidence = z
  .union(
    [
      text(5_000),
      z.strictObject({
        url: text(2_000).optional().describe("Link to the evidence."),
        file: text(500).optional().describe("Repository file, relative to the proposal."),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, { error: "expected 64 lowercase hex digits" })
          .optional()
          .describe("SHA-256 of the file, pinning the reviewed version."),
      }),
    ],
    {
      error: (iss) =>
        `expected text, or a mapping with url or file and sha256, got ${describeInput(iss.input)}`,
    },
  )
  .describe("Evidence: text, or a URL, or a repository file with its sha256.");

const answer = z
  .strictObject({
    status: oneOf(["done", "open", "not-applicable"]).describe("Where the item stands."),
    evidence: evidence.optional(),
    justification: text(5_000)
      .optional()
      .describe("Why the item does not apply; required for not-applicable."),
    owner: text(200).optional().describe("Who is responsible."),
    reviewer: text(200).optional().describe("Who reviewed the answer."),
    reviewedAt: isoDate.optional(),
    likelihood: quantity(kinds.rating)
      .optional()
      .describe("Inherent likelihood, 1 (rare) to 5 (almost certain)."),
    severity: quantity(kinds.rating)
      .optional()
      .describe("Inherent severity, 1 (negligible) to 5 (critical)."),
    mitigation: text(5_000).optional().describe("What reduces the risk."),
    residualLikelihood: quantity(kinds.rating)
      .optional()
      .describe("Likelihood after mitigation, 1 to 5."),
    residualSeverity: quantity(kinds.rating)
      .optional()
      .describe("Severity after mitigation, 1 to 5."),
  })
  .superRefine((value, ctx) => {
    if (value.status === "not-applicable" && !value.justification?.trim()) {
      ctx.addIssue({
        code: "custom",
        path: ["justification"],
        message: "expected a justification when status is not-applicable",
      });
    }
  })
  .describe("A recorded answer to one checklist item.");

const evaluationResult = z
  .strictObject({
    task: text(100).describe('Hugging Face task type, e.g. "text-generation".'),
    dataset: text(200).describe('Hugging Face dataset id, e.g. "cais/mmlu".'),
    datasetName: text(200).optional().describe("Readable dataset name; default the id."),
    metric: text(100).describe('Metric type, e.g. "accuracy".'),
    value: z
      .union([z.number(), text(100)], { error: "expected a number or a short text" })
      .describe("The result."),
    group: text(200)
      .optional()
      .describe("The group or slice the result is for (disaggregated evaluation)."),
  })
  .describe("One evaluation result (planned or measured).");

const card = z
  .strictObject({
    factors: textList(50, 1_000)
      .optional()
      .describe(
        "Groups, instruments and environments performance may vary across (Mitchell et al. 2019).",
      ),
    metrics: textList(50, 1_000)
      .optional()
      .describe("Performance measures and why they were chosen."),
    trainingData: text(10_000).optional().describe("What the model is trained on."),
    evaluationData: text(10_000).optional().describe("What the model is evaluated on, and why."),
    ethicalConsiderations: textList(50, 2_000)
      .optional()
      .describe("Ethical considerations beyond the checklists."),
    caveats: textList(50, 2_000).optional().describe("Caveats and recommendations for users."),
    results: z
      .array(evaluationResult)
      .max(500)
      .optional()
      .describe("Evaluation results; they become the Hugging Face model-index."),
  })
  .describe("Model card content (Mitchell et al. 2019) beyond what Forecard computes.");

const checklistAnswers = z
  .strictObject({
    version: text(20).optional().describe("Checklist version the answers were given against."),
    source: text(500)
      .optional()
      .describe(
        "A custom checklist YAML file, relative to the proposal and inside its repository.",
      ),
    answers: z.record(identifier, answer).optional().describe("Answers by item id."),
  })
  .describe("Answers to one checklist.");

const scenario = z
  .strictObject({
    name: identifier.describe("Scenario name."),
    description: text(2_000).optional().describe("What the scenario changes and why."),
    overrides: z
      .record(
        z.string().regex(/^[A-Za-z$][A-Za-z0-9]*$/, { error: "expected a proposal field name" }),
        z.unknown(),
        {
          error: "expected a mapping of proposal fields",
        },
      )
      .describe("A partial proposal deep-merged over the base; validated as strictly as the base."),
  })
  .describe("A what-if variant of the proposal.");

/** Schema of a proposal file (`schemaVersion: 1`). */
export const proposalSchema = z
  .strictObject({
    $schema: text(500).optional().describe("JSON Schema reference for editors; ignored."),
    schemaVersion: z
      .literal(1, {
        error: (iss) => `expected 1 (the only schema version), got ${JSON.stringify(iss.input)}`,
      })
      .describe("Version of the proposal format. Always 1."),
    model,
    architecture: architecture.optional(),
    training: training.optional(),
    datacenter: datacenter.optional(),
    cost: cost.optional(),
    inference: inference.optional(),
    card: card.optional(),
    checklists: z
      .record(identifier, checklistAnswers)
      .optional()
      .describe("Checklist answers by checklist id."),
    scenarios: z
      .array(scenario)
      .max(50, { error: "expected at most 50 scenarios" })
      .superRefine((list, ctx) => {
        // Scenario names key the estimate JSON and report sections; a repeat would hide one.
        const seen = new Set<string>();
        for (const [index, { name }] of list.entries()) {
          if (seen.has(name))
            ctx.addIssue({
              code: "custom",
              path: [index, "name"],
              message: `scenario name ${JSON.stringify(name)} is used twice`,
            });
          seen.add(name);
        }
      })
      .optional(),
    actuals: actualsSchema.optional(),
    calibration: z
      .strictObject({
        file: text(500).describe("Calibration YAML file, relative to the proposal."),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, { error: "expected 64 lowercase hex digits" })
          .optional()
          .describe("SHA-256 of the file, pinning the reviewed version."),
      })
      .optional()
      .describe("An organisation's calibration written by `forecard calibrate`."),
  })
  .describe("A Forecard training proposal.");

/** A parsed, validated proposal; every number is a plain number or a range. */
export type Proposal = z.output<typeof proposalSchema>;
