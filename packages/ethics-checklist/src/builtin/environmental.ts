import { defineChecklist } from "./define.js";

/**
 * The built-in environmental checklist: disclosure of energy, carbon and water, including what
 * EU AI Act Annex XI 1.2 asks of general-purpose model providers (compute, time, energy).
 */
export const ENVIRONMENTAL = defineChecklist({
  id: "environmental",
  version: "1.0.0",
  title: "Environmental footprint and disclosure",
  description:
    "Whether the footprint of training and serving the model was estimated before the fact, measured during it, and disclosed afterwards.",
  sections: [
    {
      id: "estimate",
      title: "Before training",
      items: [
        {
          id: "estimate.footprint",
          question:
            "Were energy, carbon, water and cost estimated, with ranges, before the compute was committed?",
          guidance:
            "The Forecard impact report of this proposal answers this item; link it as evidence.",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "estimate.alternatives",
          question:
            "Were smaller, sparser or distilled alternatives compared on footprint as well as quality?",
          guidance: "The scenarios section of the proposal is the place for these comparisons.",
          references: { nistAiRmf: ["MEASURE 2.12"], euAiAct: ["Annex IV 2(b)"] },
          severity: "medium",
        },
        {
          id: "estimate.siting",
          question:
            "Were the grid carbon intensity and water stress of candidate datacenter locations compared?",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "measure",
      title: "During training",
      items: [
        {
          id: "measure.energy",
          question:
            "Is the energy actually consumed metered, at a stated boundary (accelerators, servers or facility)?",
          references: { euAiAct: ["Annex XI 1.2"], nistAiRmf: ["MEASURE 2.12"] },
          severity: "high",
          evidenceRequired: true,
        },
        {
          id: "measure.compute-and-time",
          question:
            "Are training compute (FLOPs) and training time recorded for the documentation?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Annex XI 1.2"] },
          severity: "high",
        },
        {
          id: "measure.water",
          question:
            "Is on-site water consumption recorded, together with the water usage effectiveness of the facility?",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "medium",
        },
      ],
    },
    {
      id: "disclose",
      title: "Disclosure",
      items: [
        {
          id: "disclose.energy",
          question: "Is the known or estimated energy consumption of training disclosed?",
          appliesWhen: { generalPurpose: true },
          references: { euAiAct: ["Annex XI 1.2", "Art. 53(1)(a)"], nistAiRmf: ["MEASURE 2.12"] },
          severity: "high",
          answeredByFigures: ["energy.trainingMWh"],
          evidenceRequired: true,
        },
        {
          id: "disclose.carbon-location-based",
          question: "Are location-based emissions disclosed, whatever certificates were bought?",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "medium",
          answeredByFigures: ["carbon.trainingOperationalTCO2e"],
        },
        {
          id: "disclose.carbon-market-based",
          question:
            "If market-based emissions are claimed, are the contracts or certificates behind them documented?",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "medium",
        },
        {
          id: "disclose.embodied",
          question:
            "Is the embodied carbon of the hardware, at least its share for this run, estimated and disclosed?",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "low",
          answeredByFigures: ["carbon.embodiedTCO2e"],
        },
        {
          id: "disclose.inference",
          question:
            "Is the expected footprint of serving the model over its life estimated, not only of training it?",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "medium",
          answeredByFigures: ["inference.lifetimeTCO2e"],
        },
        {
          id: "disclose.model-card",
          question:
            "Does the model card carry the footprint (for example Hugging Face co2_eq_emissions) with its method?",
          references: { nistAiRmf: ["MEASURE 2.12"] },
          severity: "low",
          answeredByFigures: ["carbon.trainingTotalTCO2e"],
        },
      ],
    },
  ],
});
