import type { PublishedRun } from "./published-runs.js";

/**
 * Published runs with accelerator-hours, tokens and hardware but no published energy or emissions:
 * forecast-tier cases and calibration points of the utilisation model. Runs whose published hours are
 * flagged as allocations, upper bounds or unverified recollections (low confidence), or whose
 * model card and paper disagree (Phi-1, Phi-2), and runs trained by pruning and distillation
 * (Llama 3.2 1B and 3B, whose hours include teacher passes that 6·N·D does not count) are left out.
 */
export const HOURS_ONLY_RUNS: PublishedRun[] = [
  {
    name: "GLaM (64B/64E), 280B-token run",
    year: 2021,
    source:
      "Du, N. et al. (2022). GLaM: Efficient Scaling of Language Models with Mixture-of-Experts. ICML 2022, arXiv:2112.06905 (1,024 TPU-v4 chips; 574 h for 280B tokens = 213 MWh; full 600B-token run 456 MWh, 40.2 tCO2e; 1.2T total, 96.6B active, 64 experts top-2) - via ai-papers.xuzou.cn/papers/glam_2021 and aiportalx.com/google/glam",
    note: "derived here: acceleratorCount x wallClockDays x 24 (both published) (574 hours published); scope: time to reach GPT-3-level quality at 280B tokens (the full 600B-token run used 456 MWh; its hours are not given directly); confidence: medium (secondary summary of the paper)",
    parameters: 1_200_000_000_000,
    activeParameters: 96_600_000_000,
    tokens: 280_000_000_000,
    accelerator: "google-tpu-v4",
    acceleratorCount: 1024,
    published: { acceleratorHours: 587_776 },
  },
  {
    name: "OPT-175B",
    year: 2022,
    source:
      "Zhang, S. et al. (2022). OPT: Open Pre-trained Transformer Language Models. arXiv:2205.01068 (992 A100 80GB; up to 147 TFLOP/s per GPU); Zhang, Roller, Goyal, Shleifer (2022-01-07) '175B Training Run Completed', github.com/facebookresearch/metaseq projects/OPT/chronicles/final_update.md (300B tokens, ~4.30e23 FLOPs, '~33 days of continuous training on 1024 80GB A100s' assuming no failures; ~90 restarts; ~2 machines fail per day)",
    note: "derived here from the logbook's idealised '~33 days of continuous training on 1024 A100s' (no failures); NOT actual elapsed GPU-hours; scope: idealised compute-only time; actual run spanned ~late Oct 2021 to 6 Jan 2022 with ~90 restarts; confidence: medium (hours idealised; use as a lower bound)",
    parameters: 175_000_000_000,
    tokens: 300_000_000_000,
    accelerator: "nvidia-a100-80gb",
    acceleratorCount: 992,
    published: { acceleratorHours: 811_008 },
  },
  {
    name: "StarCoderBase 15.5B",
    year: 2023,
    source:
      "Li, R. et al. (2023). StarCoder: may the source be with you! TMLR, arXiv:2305.06161; HF model card bigcode/starcoder 'Hardware' section (512 A100, 24 days) (512 A100, 24 days, quoted in HF discussion bigcode/starcoder #37); Li et al. 2023 Sec 5 (512 A100 80GB, 64 nodes) via nl2code.github.io/posts/StarCoder; Li et al. 2023: BF16 used despite ~10% lower throughput than FP16 (via nl2code); recall - 320,256 GPU hours (to re-verify)",
    note: "published accelerator-hours (320,256 from recall of the model card / paper carbon section; 512 x 24 d x 24 = 294,912 as a cross-check); scope: StarCoderBase pretraining; the Python fine-tune to StarCoder (35B tokens) took ~10-11k GPU-h extra; confidence: medium",
    parameters: 15_500_000_000,
    tokens: 1_000_000_000_000,
    accelerator: "nvidia-a100-80gb",
    acceleratorCount: 512,
    published: { acceleratorHours: 320_256 },
  },
  {
    name: "Falcon-40B",
    year: 2023,
    source:
      "Almazrouei, E. et al. (2023). The Falcon Series of Open Language Models. arXiv:2311.16867; HF model cards tiiuae/falcon-40b and tiiuae/falcon-7b (Training Procedure: 384 A100 40GB on AWS SageMaker P4d) (384 A100 40GB, two months, 1,000B tokens verified via Azure ML catalog copy of the card)",
    note: "derived here: acceleratorCount x wallClockDays x 24 (both published) ('two months' taken as 60 days - approximate); scope: pretraining; confidence: medium (duration approximate)",
    parameters: 40_000_000_000,
    tokens: 1_000_000_000_000,
    accelerator: "nvidia-a100-40gb",
    acceleratorCount: 384,
    published: { acceleratorHours: 552_960 },
  },
  {
    name: "MPT-7B",
    year: 2023,
    source:
      "MosaicML NLP Team (2023-05-05). Introducing MPT-7B: A New Standard for Open-Source, Commercially Usable LLMs. databricks.com/blog/mpt-7b (1T tokens, 9.5 days, ~$200k); HF model card mosaicml/mpt-7b (440 A100-40GB) (9.5 days, 1T tokens verified); HF model card mosaicml/mpt-7b (440 A100-40GB) - recall, not re-read",
    note: "derived here: acceleratorCount x wallClockDays x 24 (both published); scope: pretraining (zero human intervention, ~$200k); confidence: medium",
    parameters: 6_700_000_000,
    tokens: 1_000_000_000_000,
    accelerator: "nvidia-a100-40gb",
    acceleratorCount: 440,
    published: { acceleratorHours: 100_320 },
  },
  {
    name: "TinyLlama 1.1B",
    year: 2024,
    source:
      "Zhang, P., Zeng, G., Wang, T., Lu, W. (2024). TinyLlama: An Open-Source Small Language Model. arXiv:2401.02385; github.com/jzhang38/TinyLlama README (Training Details table; 'Blazingly Fast': 24k tok/s/A100-40G = 56% MFU without activation checkpointing; 3,456 A100 GPU-hours per 300B tokens; 90 days on 16 A100-40G for 3T tokens)",
    note: "derived: 16 GPUs x planned 90 days (README); equals 3,456 GPU-h per 300B tokens x 10 (published speed figure); scope: planned/ideal pretraining time for 3T tokens; actual calendar time not verified; confidence: medium (hours are the project's plan/speed claim)",
    parameters: 1_100_000_000,
    tokens: 3_000_000_000_000,
    accelerator: "nvidia-a100-40gb",
    acceleratorCount: 16,
    published: { acceleratorHours: 34_560 },
  },
  {
    name: "Pythia-1B",
    year: 2023,
    source:
      "Biderman, S. et al. (2023). Pythia: A Suite for Analyzing Large Language Models Across Training and Scaling. ICML 2023, arXiv:2304.01373 (GPU-hours table in appendix); github.com/EleutherAI/pythia README (architecture table; 299,892,736,000 tokens; fp16 except pythia-1b bf16) via Zhang, P., Zeng, G., Wang, T., Lu, W. (2024). TinyLlama: An Open-Source Small Language Model. arXiv:2401.02385; github.com/jzhang38/TinyLlama README (Training Details table; 'Blazingly Fast': 24k tok/s/A100-40G = 56% MFU without activation checkpointing; 3,456 A100 GPU-hours per 300B tokens; 90 days on 16 A100-40G for 3T tokens); github.com/EleutherAI/pythia README",
    note: "published accelerator-hours (Pythia paper appendix, as quoted in TinyLlama README); scope: final run; confidence: medium-high",
    parameters: 1_000_000_000,
    tokens: 299_900_000_000,
    accelerator: "nvidia-a100-40gb",
    published: { acceleratorHours: 4830 },
  },
  {
    name: "Granite 3.0 2B",
    year: 2024,
    source:
      "Granite Team, IBM (2024). Granite 3.0 Language Models. Technical report, github.com/ibm-granite/granite-3.0-language-models paper.pdf (HEAD of stored snapshot), Table 1 (hyper-parameters), Table 7 (GPU-hours, 700 W, MWh, tCO2eq), Sec 6 (Blue Vela: 8x H100 SXM5 80GB per node, PUE 1.3, 0.39 kgCO2e/kWh); not stated in report; bf16 assumed",
    note: "published accelerator-hours; scope: training of the released model (Table 7); report does not say whether ablations are included; confidence: high",
    parameters: 2_500_000_000,
    tokens: 12_000_000_000_000,
    accelerator: "nvidia-h100-sxm",
    published: { acceleratorHours: 192_030 },
  },
  {
    name: "Granite 3.0 8B",
    year: 2024,
    source:
      "Granite Team, IBM (2024). Granite 3.0 Language Models. Technical report, github.com/ibm-granite/granite-3.0-language-models paper.pdf (HEAD of stored snapshot), Table 1 (hyper-parameters), Table 7 (GPU-hours, 700 W, MWh, tCO2eq), Sec 6 (Blue Vela: 8x H100 SXM5 80GB per node, PUE 1.3, 0.39 kgCO2e/kWh); not stated in report; bf16 assumed",
    note: "published accelerator-hours; scope: training of the released model (Table 7); report does not say whether ablations are included; confidence: high",
    parameters: 8_100_000_000,
    tokens: 12_000_000_000_000,
    accelerator: "nvidia-h100-sxm",
    published: { acceleratorHours: 832_102 },
  },
  {
    name: "Granite 3.0 1B-A400M",
    year: 2024,
    source:
      "Granite Team, IBM (2024). Granite 3.0 Language Models. Technical report, github.com/ibm-granite/granite-3.0-language-models paper.pdf (HEAD of stored snapshot), Table 1 (hyper-parameters), Table 7 (GPU-hours, 700 W, MWh, tCO2eq), Sec 6 (Blue Vela: 8x H100 SXM5 80GB per node, PUE 1.3, 0.39 kgCO2e/kWh); not stated in report; bf16 assumed",
    note: "published accelerator-hours; scope: training of the released model (Table 7); report does not say whether ablations are included; confidence: high",
    parameters: 1_300_000_000,
    activeParameters: 400_000_000,
    tokens: 10_000_000_000_000,
    denseReference: "Granite 3.0 2B",
    accelerator: "nvidia-h100-sxm",
    published: { acceleratorHours: 71_171 },
  },
  {
    name: "Granite 3.0 3B-A800M",
    year: 2024,
    source:
      "Granite Team, IBM (2024). Granite 3.0 Language Models. Technical report, github.com/ibm-granite/granite-3.0-language-models paper.pdf (HEAD of stored snapshot), Table 1 (hyper-parameters), Table 7 (GPU-hours, 700 W, MWh, tCO2eq), Sec 6 (Blue Vela: 8x H100 SXM5 80GB per node, PUE 1.3, 0.39 kgCO2e/kWh); not stated in report; bf16 assumed",
    note: "published accelerator-hours; scope: training of the released model (Table 7); report does not say whether ablations are included; confidence: high",
    parameters: 3_300_000_000,
    activeParameters: 800_000_000,
    tokens: 10_000_000_000_000,
    denseReference: "Granite 3.0 2B",
    accelerator: "nvidia-h100-sxm",
    published: { acceleratorHours: 133_308 },
  },
  {
    name: "JetMoE-8B",
    year: 2024,
    source:
      "Shen, Y., Guo, Z., Cai, T., Qin, Z. (2024). JetMoE: Reaching Llama2 Performance with 0.1M Dollars. arXiv:2404.07413 (abstract: 1.25T tokens, 30,000 H100 GPU hours, 8B total / 2B active); github.com/myshell-ai/JetMoE README (96xH100 for ~2 weeks); HF transformers docs model_doc/jetmoe (~100B tokens/day on 96 H100, 3-way pipeline parallel)",
    note: "published accelerator-hours; scope: pretraining (2 phases); confidence: high (hours); medium (architecture)",
    parameters: 8_000_000_000,
    activeParameters: 2_200_000_000,
    tokens: 1_250_000_000_000,
    accelerator: "nvidia-h100-sxm",
    acceleratorCount: 96,
    published: { acceleratorHours: 30_000 },
  },
  {
    name: "Phi-4",
    year: 2024,
    source:
      "Abdin, M. et al. (2024). Phi-4 Technical Report. arXiv:2412.08905; HF model card microsoft/phi-4 (GPUs 1920 H100-80G, training time 21 days, 9.8T tokens, 14B dense, Oct-Nov 2024) as mirrored (shuiyin.accos.tk/venkycs/phi4-abliterated, openllmlist.com)",
    note: "derived here: acceleratorCount x wallClockDays x 24 (both published); scope: card 'Training time 21 days' (may include mid-training; unclear whether post-training included); confidence: medium-high",
    parameters: 14_700_000_000,
    tokens: 9_800_000_000_000,
    accelerator: "nvidia-h100-sxm",
    acceleratorCount: 1920,
    published: { acceleratorHours: 967_680 },
  },
  {
    name: "GPT-NeoX-20B",
    year: 2022,
    source:
      "Black, S., Biderman, S., Hallahan, E. et al. (2022). GPT-NeoX-20B: An Open-Source Autoregressive Language Model. BigScience Workshop @ ACL 2022, arXiv:2204.06745 (12 Supermicro AS-4124GO-NART servers x 8 A100-SXM4-40GB = 96 GPUs; 44 layers, d=6144, 64 heads, 2048 ctx, ~3.15M-token batch = 1,538 contexts, 150,000 steps, fp16; training time 1,830 hours) - via nl2code.github.io/posts/GPT-NeoX and ai-papers.xuzou.cn/papers/gpt_neox_2022; HF model card EleutherAI/gpt-neox-20b (20,556,201,984 params, d_ff 24,576, vocab 50,257 padded to 50,432); derived here: 150,000 steps x 1,538 sequences x 2,048 tokens = 472.5B (paper states ~3.15M-token batch and 150k steps)",
    note: "derived here: acceleratorCount x wallClockDays x 24 (both published) (1,830 h training time x 96 GPUs); scope: final run (wall-clock 1,830 h per paper; assumed to be elapsed time of the 96-GPU job); confidence: medium-high",
    parameters: 20_556_201_984,
    tokens: 472_473_600_000,
    accelerator: "nvidia-a100-40gb",
    acceleratorCount: 96,
    published: { acceleratorHours: 175_680 },
  },
  {
    name: "SmolLM3-3B",
    year: 2025,
    source:
      "Hugging Face SmolLM team (2025-07-08). SmolLM3: smol, multilingual, long-context reasoner. huggingface.co/blog/smollm3 (384 H100, 24 days, 11.2T tokens in 3 stages at 4k context + 2 long-context stages) - via summ.gziz.io summary (~220,000 GPU hours) and asia.aguea.com repost; HF HuggingFaceTB/SmolLM3-3B-checkpoints (GBS 2,359,296 tokens; stage boundaries at steps 3.45M/4.2M/4.72M)",
    note: "derived here: acceleratorCount x wallClockDays x 24 (both published) (secondary summary quotes ~220,000 GPU hours); scope: pretraining (3 stages, 11.2T tokens); long-context and post-training stages probably excluded - uncertain; confidence: medium (secondary summaries of the HF blog)",
    parameters: 3_080_000_000,
    tokens: 11_200_000_000_000,
    accelerator: "nvidia-h100-sxm",
    acceleratorCount: 384,
    published: { acceleratorHours: 221_184 },
  },
  {
    name: "DeepSeek-V2",
    year: 2024,
    source:
      "DeepSeek-AI (2024). DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model. arXiv:2405.04434 (github.com/deepseek-ai/DeepSeek-V2 deepseek-v2-tech-report.pdf), Sec 3.1.2 (60 layers, d=5120, 128 heads, 2 shared + 160 routed experts, 6 active, 8.1T tokens, 4K seq), Sec 3.1.3 (H800 cluster), Sec 3.2.3 (172.8K GPU-hours per trillion tokens; DeepSeek 67B 300.6K); not stated in the V2 report; bf16 assumed (FP8 used only for inference)",
    note: "derived here: published GPU-hours-per-trillion-tokens x published tokens (172.8K GPU-h/T x 8.1T); scope: pretraining at 4K context; excludes YaRN long-context extension, SFT, RL; confidence: high (rate and tokens both published)",
    parameters: 236_000_000_000,
    activeParameters: 21_000_000_000,
    tokens: 8_100_000_000_000,
    denseReference: "DeepSeek LLM 67B",
    accelerator: "nvidia-h800",
    location: "CN",
    published: { acceleratorHours: 1_399_680 },
  },
  {
    name: "DeepSeek LLM 67B",
    year: 2024,
    source:
      "DeepSeek-AI (2024). DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model. arXiv:2405.04434 (github.com/deepseek-ai/DeepSeek-V2 deepseek-v2-tech-report.pdf), Sec 3.1.2 (60 layers, d=5120, 128 heads, 2 shared + 160 routed experts, 6 active, 8.1T tokens, 4K seq), Sec 3.1.3 (H800 cluster), Sec 3.2.3 (172.8K GPU-hours per trillion tokens; DeepSeek 67B 300.6K); DeepSeek-AI (2024). DeepSeek LLM: Scaling Open-Source Language Models with Longtermism. arXiv:2401.02954; github.com/deepseek-ai/DeepSeek-LLM README (2T tokens, seq 4096, batch 4608 for 67B)",
    note: "derived here: published GPU-hours-per-trillion-tokens x published tokens (300.6K GPU-h/T x 2T); scope: pretraining; rate measured 'during practical training on the H800 cluster' (V2 report); confidence: medium (DeepSeek LLM paper says its models were trained on A100 and H800 clusters; the 300.6K/T rate is quoted for H800)",
    parameters: 67_000_000_000,
    tokens: 2_000_000_000_000,
    accelerator: "nvidia-h800",
    location: "CN",
    published: { acceleratorHours: 601_200 },
  },
  {
    name: "Nemotron-4 340B (7.6T-token main stage)",
    year: 2024,
    source:
      "NVIDIA (2024). Nemotron-4 340B Technical Report. arXiv:2406.11704, Table 2 (up to 6,144 H100 on 768 DGX nodes; MFU 41-42%; main stage batch 2,304, iteration time 8.0 s, 7.6T tokens; 9T tokens total) - via aiportalx.com/nvidia/nemotron-4-340b; NVIDIA dgxc-benchmarking nemotron4-340b README (96 layers, seq 4096)",
    note: "derived here: 6,144 GPUs x (7.6T tokens / (2,304 x 4,096 tokens per iteration) x 8.0 s per iteration) - all inputs published in Table 2; excludes the two smaller ramp-up stages (1.4T tokens) and any downtime; scope: main pretraining stage only, ideal (no restarts); confidence: medium (hours derived from iteration time)",
    parameters: 340_000_000_000,
    tokens: 7_600_000_000_000,
    accelerator: "nvidia-h100-sxm",
    acceleratorCount: 6144,
    published: { acceleratorHours: 10_995_370 },
  },
];
