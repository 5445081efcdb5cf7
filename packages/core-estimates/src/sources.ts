/**
 * Every source a figure or default can cite, by id. Each entry names the work and its year,
 * so a reviewer can trace any number in a report to where it came from.
 */
export const SOURCES = {
  kaplan2020:
    "Kaplan et al. (2020), Scaling Laws for Neural Language Models, arXiv:2001.08361, Sec. 2.1 (FLOPs per token)",
  hoffmann2022:
    "Hoffmann et al. (2022), Training Compute-Optimal Large Language Models (Chinchilla), arXiv:2203.15556",
  besiroglu2024:
    "Besiroglu et al. (2024), Chinchilla Scaling: A replication attempt, arXiv:2404.10102",
  narayanan2021:
    "Narayanan et al. (2021), Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM, SC21 (parameter and FLOP counts)",
  rajbhandari2020:
    "Rajbhandari et al. (2020), ZeRO: Memory Optimizations Toward Training Trillion Parameter Models, SC20 (16 bytes per parameter for mixed-precision Adam)",
  korthikanti2022:
    "Korthikanti et al. (2022), Reducing Activation Recomputation in Large Transformer Models, arXiv:2205.05198 (activation bytes per layer; Table 5: MFU 51.4% for GPT-3 175B and 56.3% for 1T parameters on A100s with selective recomputation; flash-free attention scores take 5as/h of the 34 + 5as/h bytes)",
  dao2022:
    "Dao et al. (2022), FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness, NeurIPS 2022 (attention scores are recomputed in SRAM, never stored)",
  shoeybi2019:
    "Shoeybi et al. (2019), Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism, arXiv:1909.08053: 8.3B GPT-2 at 39 TFLOP/s per V100 (30% of the 125 TFLOP/s fp16 peak)",
  chowdhery2022:
    "Chowdhery et al. (2022), PaLM: Scaling Language Modeling with Pathways, arXiv:2204.02311, Table 3 (MFU of earlier models: GPT-3 on V100 21.3%); PaLM's own figures are not used",
  mosaicFoundry2024:
    "MosaicML (2024), llm-foundry training benchmarks, github.com/mosaicml/llm-foundry scripts/train/benchmarking/README.md: bf16 MFU 53.3% for a 70B on 64 A100-80GB, 42.6% on 64 H100; fp8 over bf16 on H100 1.10-1.35x tokens/s",
  nemotron2024:
    "NVIDIA (2024), Nemotron-4 340B Technical Report, arXiv:2406.11704, Table 2: 41-42% MFU on up to 6,144 H100, bf16",
  patterson2021:
    "Patterson et al. (2021), Carbon Emissions and Large Neural Network Training, arXiv:2104.10350, Table 4: T5-11B at 37.1% of TPU v3 peak",
  dash2023:
    "Dash et al. (2023), Optimizing Distributed Training on Frontier for Large Language Models, arXiv:2312.12705: 36.1% of MI250X peak for a 175B model on 1,024 GPUs (throughput benchmark)",
  peng2023fp8:
    "Peng et al. (2023), FP8-LM: Training FP8 Large Language Models, arXiv:2310.18313: GPT-175B on H100 75% faster than Megatron-LM bf16 and 37% faster than Transformer Engine",
  xi2024coat:
    "Xi et al. (2024), COAT: Compressing Optimizer states and Activation for memory-efficient FP8 training, ICLR 2025, arXiv:2410.19313: 1.43x end-to-end over bf16",
  deepseekV2:
    "DeepSeek-AI (2024), DeepSeek-V2, arXiv:2405.04434, Sec. 3.2.3: 172.8K H800-hours per trillion tokens (21B active MoE) vs 300.6K for the dense DeepSeek 67B on the same cluster",
  granite3:
    "IBM Granite Team (2024), Granite 3.0 Language Models, Table 7: H100-hours of dense 2B/8B and MoE 1B-A400M/3B-A800M on the same Blue Vela cluster",
  megascale2024:
    "Jiang et al. (2024), MegaScale: Scaling Large Language Model Training to More Than 10,000 GPUs, NSDI 2024, arXiv:2402.15627: 55.2% MFU for a 175B model on 12,288 GPUs",
  pope2022:
    "Pope et al. (2022), Efficiently Scaling Transformer Inference, arXiv:2211.05102 (decoding is bound by compute or memory bandwidth)",
  eleutherMath2023: "EleutherAI (2023), Transformer Math 101 (bytes per parameter by precision)",
  nvidiaV100: "NVIDIA (2020), Tesla V100 datasheet (volta-v100-datasheet-update-us-1165301-r5)",
  nvidiaA100:
    "NVIDIA (2021), A100 Tensor Core GPU datasheet (nvidia-a100-datasheet-us-nvidia-1758950-r4); dense = half the sparse headline",
  nvidiaH100:
    "NVIDIA (2023), H100 Tensor Core GPU datasheet; dense = half the sparse headline; PCIe TDP from product brief PB-11133-001_v02 (2022)",
  nvidiaH800:
    "NVIDIA (2023), H800 SXM5: H100 SXM5 compute and memory with reduced NVLink bandwidth; 700 W TDP",
  nvidiaH200:
    "NVIDIA (2024), H200 Tensor Core GPU product page (H100 SXM compute, 141 GB HBM3e at 4.8 TB/s)",
  nvidiaB200:
    "NVIDIA (2024), HGX B200 specifications via glennklockwood.com/garden/processors/B200 (1000 W configuration, 180 GB usable)",
  amdMi250x:
    "AMD (2021), Instinct MI250X datasheet (383 TFLOPS FP16/BF16 dense matrix, 128 GB HBM2e, 3.2 TB/s, 560 W)",
  amdMi300x:
    "AMD (2023), Instinct MI300X specifications (1307.4 TFLOPS FP16 dense, 192 GB HBM3, 5.3 TB/s, 750 W)",
  googleTpuV3:
    "Google Cloud (2019), TPU v3 documentation; 283 W measured average from Patterson et al. (2021), arXiv:2104.10350",
  googleTpuV4:
    "Google Cloud (2022), TPU v4 documentation (275 TFLOPS; measured power min/mean/max 90/170/192 W)",
  googleTpuV5e: "Google Cloud (2023), TPU v5e documentation (power not published)",
  googleTpuV5p: "Google Cloud (2023), TPU v5p documentation (power not published)",
  owid2024:
    "Our World in Data (2024), carbon intensity of electricity (Ember, Energy Institute), as shipped in CodeCarbon global_energy_mix.json; latest year per country, mostly 2023",
  iea2019: "IEA (2019), Global Energy & CO2 Status Report: world average 475 gCO2e/kWh",
  googleRegionCarbon2023:
    "Google Cloud (2024), Carbon free energy for Google Cloud regions: location-based grid intensity per region, 2023 data",
  shehabi2024:
    "Shehabi et al. (2024), 2024 United States Data Center Energy Usage Report, LBNL: PUE 1.14 for specialised AI datacenters (via Epoch AI)",
  awsPue2024:
    "Amazon (2024), AWS sustainability page and 2024 report: global data-center fleet PUE 1.15 in 2023 and 2024 (best site 1.04)",
  googlePue2024:
    "Google (2024), data-center efficiency, as summarised by DatacenterDynamics (2024-12): fleet PUE about 1.10 (best site 1.06)",
  microsoftPue2022:
    "Microsoft (N. Walsh, Azure blog, 2022-04), quoted in the Cloud Carbon Footprint methodology: fleet trailing-twelve-month PUE 1.185, newest designs 1.125",
  shehabi2016:
    "Shehabi et al. (2016), United States Data Center Energy Usage Report, LBNL-1005775: on-site water 1.8 L/kWh",
  li2023water:
    "Li, Yang, Islam, Ren (2023), Making AI Less Thirsty, arXiv:2304.03271: water = E_IT x WUE_on-site + E_facility x EWIF; U.S. average EWIF 3.14 L/kWh",
  epochCluster2024:
    "Epoch AI (2024), GPU clusters documentation: non-GPU server overhead multiplier 1.82 (DGX H100)",
  chien2023:
    "Chien et al. (2023), Reducing the Carbon Impact of Generative AI Inference, HotCarbon'23: 318 kgCO2e per A100 incl. server share",
  luccioni2023:
    "Luccioni, Viguier, Ligozat (2023), Estimating the Carbon Footprint of BLOOM, JMLR 24(253): 150 kgCO2e per GPU, 2500 kgCO2e per 8-GPU node, 6-year life at 85% use",
  nvidiaPcf2025:
    "NVIDIA (2025), NVIDIA HGX B200 Reduces Embodied Carbon Emissions Intensity, NVIDIA Technical Blog (from the HGX H100 and HGX B200 product carbon footprint summaries): 0.66 and 0.50 gCO2e per exaFLOP of FP16",
  faiz2024: "Faiz et al. (2024), LLMCarbon, ICLR 2024: 5-year accelerator service life",
  lambda2025: "Lambda (2025), on-demand price of one H100 SXM: 2.49 USD/h",
  awsCapacityBlocks2024:
    "AWS (2024), EC2 Capacity Blocks for ML pricing, US East, valid to 2025-01-01: p5 (H100) 4.916, p5e (H200) 5.408, p4d (A100 40GB) 1.844 USD per accelerator-hour",
  mi300xPrices2025:
    "TensorWave and Vultr (2025), on-demand MI300X: 1.71-1.85 USD/h (midpoint 1.78)",
  calibration:
    "Forecard utilisation model fitted on the published runs listed in docs/validation.md (leave-one-out validated)",
  villalobos2024:
    "Villalobos et al. (2024), Will we run out of data? Limits of LLM scaling based on human-generated data, arXiv:2211.04325: effective stock of public text about 300T tokens (90% CI 100T-1,000T)",
  muennighoff2023:
    "Muennighoff et al. (2023), Scaling Data-Constrained Language Models, NeurIPS 2023: up to about 4 epochs of repetition are nearly as good as unique data",
  owner: "The proposal's own input",
} as const;

/** Id of a source in {@link SOURCES}. */
export type SourceId = keyof typeof SOURCES;

/** The citation text of sources, in the order given, without repeats. */
export function cite(ids: readonly SourceId[]): string[] {
  return [...new Set(ids)].map((id) => SOURCES[id]);
}
