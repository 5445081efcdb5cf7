/** Where a catalog value comes from, and whether it was published or estimated by others or us. */
export interface CatalogValue {
  value: number;
  source: string;
  /** True when the value is derived (e.g. 6·N·D) rather than published by the developers. */
  estimate?: boolean;
}

/**
 * Where a published training energy stops counting. `facility` includes the datacenter's PUE, the
 * boundary of Forecard's own energy.trainingMWh (IT energy x PUE); `it` counts accelerators or
 * servers only. `pue` is the PUE the source states (for `it`, the one that converts it).
 */
export interface EnergyBoundary {
  kind: "facility" | "it";
  pue?: number;
  /** Where the PUE is stated, when not in the energy value's own source. */
  pueSource?: string;
}

/** A published energy, MWh, with its accounting boundary. */
export interface EnergyValue extends CatalogValue {
  boundary: EnergyBoundary;
}

/** A notable model, for comparison only: estimators never read this catalog. */
export interface ReferenceModel {
  id: string;
  name: string;
  year: number;
  organization: string;
  parametersTotal: CatalogValue;
  parametersActive?: CatalogValue;
  tokens?: CatalogValue;
  trainingFlops?: CatalogValue;
  energyMWh?: EnergyValue;
  tCO2e?: CatalogValue;
}

const PATTERSON =
  "Patterson et al. (2021), Carbon Emissions and Large Neural Network Training, arXiv:2104.10350, Table 4";
const LLAMA1 = "Touvron et al. (2023), LLaMA, arXiv:2302.13971, Tables 2 and 15";
const LLAMA2 = "Touvron et al. (2023), Llama 2, arXiv:2307.09288, Table 2";
const LLAMA3_CARD = "Meta (2024), Llama 3 model card";
const CHINCHILLA =
  "Hoffmann et al. (2022), Training Compute-Optimal Large Language Models, arXiv:2203.15556, Table 1";
const SIX_ND = "6 x parameters (active) x tokens, computed by Forecard";

const v = (value: number, source: string, estimate = false): CatalogValue =>
  estimate ? { value, source, estimate } : { value, source };
const sixND = (active: number, tokens: number) => v(6 * active * tokens, SIX_ND, true);
// Published energy with its boundary: facility (PUE included) or IT only, with the stated PUE.
const facility = (value: number, source: string, pue?: number): EnergyValue => ({
  value,
  source,
  boundary: pue === undefined ? { kind: "facility" } : { kind: "facility", pue },
});
const itOnly = (value: number, source: string, pue?: number, pueSource?: string): EnergyValue => ({
  value,
  source,
  boundary: {
    kind: "it",
    ...(pue === undefined ? {} : { pue }),
    ...(pueSource ? { pueSource } : {}),
  },
});

/** Notable language models (37), with every value's source and an estimate flag. */
export const REFERENCE_MODELS: ReferenceModel[] = [
  {
    id: "bert-large",
    name: "BERT-Large",
    year: 2018,
    organization: "Google",
    parametersTotal: v(340e6, "Devlin et al. (2019), BERT, arXiv:1810.04805"),
    tokens: v(128e9, "Devlin et al. (2019): 1M steps x 256 sequences x 512 tokens, rounded", true),
    trainingFlops: sixND(340e6, 128e9),
  },
  {
    id: "gpt-2",
    name: "GPT-2 1.5B",
    year: 2019,
    organization: "OpenAI",
    parametersTotal: v(
      1.542e9,
      "Radford et al. (2019), Language Models are Unsupervised Multitask Learners",
    ),
  },
  {
    id: "t5-11b",
    name: "T5-11B",
    year: 2019,
    organization: "Google",
    parametersTotal: v(11e9, "Raffel et al. (2020), T5, JMLR 21(140)"),
    energyMWh: facility(85.7, PATTERSON, 1.12),
    tCO2e: v(46.7, PATTERSON),
  },
  {
    id: "xlm",
    name: "XLM",
    year: 2019,
    organization: "Meta",
    parametersTotal: v(550e6, "LLMCarbon validation data (Faiz et al. 2024)"),
    energyMWh: facility(94.4, "Faiz et al. (2024), LLMCarbon, ICLR 2024, validation table", 1.1),
    tCO2e: v(39.0, "Faiz et al. (2024), LLMCarbon, ICLR 2024, validation table"),
  },
  {
    id: "meena",
    name: "Meena 2.6B",
    year: 2020,
    organization: "Google",
    parametersTotal: v(
      2.6e9,
      "Adiwardana et al. (2020), Towards a Human-like Open-Domain Chatbot, arXiv:2001.09977",
    ),
    energyMWh: facility(232, PATTERSON, 1.09),
    tCO2e: v(96.4, PATTERSON),
  },
  {
    id: "gpt-3",
    name: "GPT-3 175B",
    year: 2020,
    organization: "OpenAI",
    parametersTotal: v(
      175e9,
      "Brown et al. (2020), Language Models are Few-Shot Learners, arXiv:2005.14165",
    ),
    tokens: v(300e9, "Brown et al. (2020), Table 2.2"),
    trainingFlops: v(3.14e23, "Brown et al. (2020), Table D.1"),
    energyMWh: facility(1287, PATTERSON, 1.1),
    tCO2e: v(552.1, PATTERSON),
  },
  {
    // OpenAI's technical report (arXiv:2303.08774) discloses neither size nor compute: every
    // value here is an outside estimate and flagged as such.
    id: "gpt-4",
    name: "GPT-4 (estimated)",
    year: 2023,
    organization: "OpenAI",
    parametersTotal: v(
      1.8e12,
      "SemiAnalysis (2023), GPT-4 Architecture, Infrastructure, Training Dataset, Costs (reported, unconfirmed by OpenAI)",
      true,
    ),
    trainingFlops: v(
      2.1e25,
      "Epoch AI (2024), Notable AI Models database: GPT-4 training compute estimate",
      true,
    ),
  },
  {
    id: "gshard-600b",
    name: "GShard 600B",
    year: 2020,
    organization: "Google",
    parametersTotal: v(600e9, "Lepikhin et al. (2020), GShard, arXiv:2006.16668"),
    energyMWh: facility(24.1, PATTERSON),
    tCO2e: v(4.3, PATTERSON),
  },
  {
    id: "switch-c",
    name: "Switch-C",
    year: 2021,
    organization: "Google",
    parametersTotal: v(
      1.571e12,
      "Fedus et al. (2021), Switch Transformers, arXiv:2101.03961, Table 9",
    ),
    energyMWh: facility(179, PATTERSON),
    tCO2e: v(59.1, PATTERSON),
  },
  {
    id: "gpt-j-6b",
    name: "GPT-J 6B",
    year: 2021,
    organization: "EleutherAI",
    parametersTotal: v(6.05e9, "Wang and Komatsuzaki (2021), GPT-J-6B"),
    tokens: v(402e9, "Wang and Komatsuzaki (2021): 402B tokens of the Pile"),
    trainingFlops: sixND(6.05e9, 402e9),
  },
  {
    id: "jurassic-1",
    name: "Jurassic-1 Jumbo",
    year: 2021,
    organization: "AI21 Labs",
    parametersTotal: v(178e9, "Lieber et al. (2021), Jurassic-1 technical report"),
    tokens: v(300e9, "Lieber et al. (2021)"),
    trainingFlops: sixND(178e9, 300e9),
  },
  {
    id: "gopher",
    name: "Gopher 280B",
    year: 2021,
    organization: "DeepMind",
    parametersTotal: v(280e9, CHINCHILLA),
    tokens: v(300e9, CHINCHILLA),
    trainingFlops: v(
      5.76e23,
      "Hoffmann et al. (2022): Chinchilla used the same compute budget as Gopher, 5.76e23 FLOP",
    ),
  },
  {
    id: "glam",
    name: "GLaM",
    year: 2021,
    organization: "Google",
    parametersTotal: v(1.2e12, "Du et al. (2022), GLaM, arXiv:2112.06905"),
    parametersActive: v(96.6e9, "Du et al. (2022): 96.6B parameters activated per token"),
  },
  {
    id: "chinchilla",
    name: "Chinchilla 70B",
    year: 2022,
    organization: "DeepMind",
    parametersTotal: v(70e9, CHINCHILLA),
    tokens: v(1.4e12, CHINCHILLA),
    trainingFlops: v(5.76e23, CHINCHILLA),
  },
  {
    id: "palm",
    name: "PaLM 540B",
    year: 2022,
    organization: "Google",
    parametersTotal: v(540e9, "Chowdhery et al. (2022), PaLM, arXiv:2204.02311"),
    tokens: v(780e9, "Chowdhery et al. (2022): 780B training tokens"),
    trainingFlops: sixND(540e9, 780e9),
  },
  {
    id: "mt-nlg",
    name: "Megatron-Turing NLG 530B",
    year: 2022,
    organization: "Microsoft and NVIDIA",
    parametersTotal: v(530e9, "Smith et al. (2022), arXiv:2201.11990"),
    tokens: v(270e9, "Smith et al. (2022): 270B training tokens"),
    trainingFlops: sixND(530e9, 270e9),
  },
  {
    id: "opt-175b",
    name: "OPT-175B",
    year: 2022,
    organization: "Meta",
    parametersTotal: v(175e9, "Zhang et al. (2022), OPT, arXiv:2205.01068"),
    tokens: v(180e9, "Zhang et al. (2022): 180B tokens"),
    trainingFlops: sixND(175e9, 180e9),
    tCO2e: v(75, "Zhang et al. (2022): about 75 tCO2e"),
  },
  {
    id: "bloom-176b",
    name: "BLOOM 176B",
    year: 2022,
    organization: "BigScience",
    parametersTotal: v(176.247e9, "BigScience (2022), BLOOM, arXiv:2211.05100"),
    tokens: v(366e9, "BigScience (2022): 366B tokens"),
    trainingFlops: sixND(176.247e9, 366e9),
    energyMWh: itOnly(
      433.196,
      "Luccioni et al. (2023), JMLR 24(253): dynamic GPU energy, without PUE; Jean Zay's PUE 1.2",
      1.2,
    ),
    tCO2e: v(24.69, "Luccioni et al. (2023), JMLR 24(253): dynamic consumption, 0.057 kg/kWh"),
  },
  {
    id: "llama-7b",
    name: "LLaMA 7B",
    year: 2023,
    organization: "Meta",
    parametersTotal: v(6.7e9, LLAMA1),
    tokens: v(1e12, LLAMA1),
    trainingFlops: sixND(6.7e9, 1e12),
    energyMWh: facility(36, LLAMA1, 1.1),
    tCO2e: v(14, LLAMA1),
  },
  {
    id: "llama-13b",
    name: "LLaMA 13B",
    year: 2023,
    organization: "Meta",
    parametersTotal: v(13e9, LLAMA1),
    tokens: v(1e12, LLAMA1),
    trainingFlops: sixND(13e9, 1e12),
    energyMWh: facility(59, LLAMA1, 1.1),
    tCO2e: v(23, LLAMA1),
  },
  {
    id: "llama-65b",
    name: "LLaMA 65B",
    year: 2023,
    organization: "Meta",
    parametersTotal: v(65.2e9, LLAMA1),
    tokens: v(1.4e12, LLAMA1),
    trainingFlops: sixND(65.2e9, 1.4e12),
    energyMWh: facility(449, LLAMA1, 1.1),
    tCO2e: v(173, LLAMA1),
  },
  {
    id: "llama-2-7b",
    name: "Llama 2 7B",
    year: 2023,
    organization: "Meta",
    parametersTotal: v(6.738e9, LLAMA2),
    tokens: v(2e12, LLAMA2),
    trainingFlops: sixND(6.738e9, 2e12),
    tCO2e: v(31.22, LLAMA2),
  },
  {
    id: "llama-2-13b",
    name: "Llama 2 13B",
    year: 2023,
    organization: "Meta",
    parametersTotal: v(13.016e9, LLAMA2),
    tokens: v(2e12, LLAMA2),
    trainingFlops: sixND(13.016e9, 2e12),
    tCO2e: v(62.44, LLAMA2),
  },
  {
    id: "llama-2-70b",
    name: "Llama 2 70B",
    year: 2023,
    organization: "Meta",
    parametersTotal: v(68.977e9, LLAMA2),
    tokens: v(2e12, LLAMA2),
    trainingFlops: sixND(68.977e9, 2e12),
    tCO2e: v(291.42, LLAMA2),
  },
  {
    id: "falcon-40b",
    name: "Falcon 40B",
    year: 2023,
    organization: "TII",
    parametersTotal: v(
      40e9,
      "Almazrouei et al. (2023), The Falcon Series of Open Language Models, arXiv:2311.16867",
    ),
    tokens: v(1e12, "Almazrouei et al. (2023): 1T tokens"),
    trainingFlops: sixND(40e9, 1e12),
  },
  {
    id: "falcon-180b",
    name: "Falcon 180B",
    year: 2023,
    organization: "TII",
    parametersTotal: v(180e9, "Almazrouei et al. (2023), arXiv:2311.16867"),
    tokens: v(3.5e12, "Almazrouei et al. (2023): 3.5T tokens"),
    trainingFlops: sixND(180e9, 3.5e12),
  },
  {
    id: "mistral-7b",
    name: "Mistral 7B",
    year: 2023,
    organization: "Mistral AI",
    parametersTotal: v(7.3e9, "Jiang et al. (2023), Mistral 7B, arXiv:2310.06825"),
  },
  {
    id: "mixtral-8x7b",
    name: "Mixtral 8x7B",
    year: 2023,
    organization: "Mistral AI",
    parametersTotal: v(46.7e9, "Jiang et al. (2024), Mixtral of Experts, arXiv:2401.04088"),
    parametersActive: v(12.9e9, "Jiang et al. (2024): 12.9B active parameters per token"),
  },
  {
    id: "llama-3-8b",
    name: "Llama 3 8B",
    year: 2024,
    organization: "Meta",
    parametersTotal: v(8.03e9, LLAMA3_CARD),
    tokens: v(15e12, LLAMA3_CARD),
    trainingFlops: sixND(8.03e9, 15e12),
    tCO2e: v(390, LLAMA3_CARD),
  },
  {
    id: "llama-3-70b",
    name: "Llama 3 70B",
    year: 2024,
    organization: "Meta",
    parametersTotal: v(70.554e9, LLAMA3_CARD),
    tokens: v(15e12, LLAMA3_CARD),
    trainingFlops: sixND(70.554e9, 15e12),
    tCO2e: v(1900, LLAMA3_CARD),
  },
  {
    id: "llama-3.1-405b",
    name: "Llama 3.1 405B",
    year: 2024,
    organization: "Meta",
    parametersTotal: v(405e9, "Llama Team (2024), The Llama 3 Herd of Models, arXiv:2407.21783"),
    tokens: v(15.6e12, "Llama Team (2024): 15.6T tokens"),
    trainingFlops: v(3.8e25, "Llama Team (2024): 3.8e25 FLOPs"),
  },
  {
    id: "gemma-7b",
    name: "Gemma 7B",
    year: 2024,
    organization: "Google DeepMind",
    parametersTotal: v(8.54e9, "Gemma Team (2024), arXiv:2403.08295"),
    tokens: v(6e12, "Gemma Team (2024): 6T tokens"),
    trainingFlops: sixND(8.54e9, 6e12),
  },
  {
    id: "olmo-7b",
    name: "OLMo 7B",
    year: 2024,
    organization: "AI2",
    parametersTotal: v(6.9e9, "Groeneveld et al. (2024), OLMo, arXiv:2402.00838"),
    tokens: v(2.46e12, "Groeneveld et al. (2024): 2.46T tokens"),
    trainingFlops: sixND(6.9e9, 2.46e12),
    energyMWh: itOnly(
      104,
      "Groeneveld et al. (2024), Table 6: GPU power only, before PUE; the paper's PUE 1.1",
      1.1,
    ),
  },
  {
    id: "olmo-2-7b",
    name: "OLMo 2 7B",
    year: 2024,
    organization: "AI2",
    parametersTotal: v(7.3e9, "OLMo Team (2024), 2 OLMo 2 Furious, arXiv:2501.00656"),
    tokens: v(4.05e12, "OLMo Team (2024): 4.05T tokens"),
    trainingFlops: sixND(7.3e9, 4.05e12),
    energyMWh: itOnly(
      131,
      "OLMo Team (2024), Table 19: GPU power only, before PUE; PUE 1.2",
      1.2,
      "Morrison et al. (2025), Holistically Evaluating the Environmental Impact of Creating Language Models, ICLR 2025: 157 MWh = 131 MWh x PUE 1.2",
    ),
  },
  {
    id: "deepseek-v3",
    name: "DeepSeek-V3",
    year: 2024,
    organization: "DeepSeek",
    parametersTotal: v(671e9, "DeepSeek-AI (2024), DeepSeek-V3 Technical Report, arXiv:2412.19437"),
    parametersActive: v(37e9, "DeepSeek-AI (2024): 37B activated per token"),
    tokens: v(14.8e12, "DeepSeek-AI (2024): 14.8T tokens"),
    trainingFlops: sixND(37e9, 14.8e12),
  },
];

/**
 * Looks up reference models by id.
 * @throws Error listing the valid ids when one is unknown.
 */
export function referenceModels(ids: readonly string[]): ReferenceModel[] {
  return ids.map((id) => {
    const model = REFERENCE_MODELS.find((m) => m.id === id);
    if (!model) throw new UnknownReferenceError(id);
    return model;
  });
}

/** An id that is not in the reference catalog. */
export class UnknownReferenceError extends Error {
  constructor(readonly id: string) {
    super(
      `no reference model ${JSON.stringify(id)}; valid ids: ${REFERENCE_MODELS.map((m) => m.id).join(", ")}`,
    );
  }
}
