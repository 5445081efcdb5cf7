/** A commented starter proposal written by `forecard init`; it validates as written. */
export const STARTER_PROPOSAL = `# A Forecard training proposal. Only schemaVersion and model.name are required;
# every figure is computed from what you give. Numbers may be plain (70000000000),
# SI-suffixed strings ("70B", "2T", "350k") or ranges { low, likely, high }.
# Check it with: forecard validate THIS_FILE
# Editor completion: forecard schema proposal > proposal.schema.json, then add the line
#   # yaml-language-server: $schema=./proposal.schema.json
schemaVersion: 1

model:
  name: My-Model-70B            # report files are named after this
  version: 0.1.0
  organization: My Lab
  description: What the model is and what it is for, in a paragraph.
  intendedUse:
    - The uses the model is meant for
  outOfScopeUse:
    - Uses it must not be put to
  license: apache-2.0

architecture:
  # Either give the counts (parameters, activeParameters for MoE) or describe the
  # transformer and let Forecard count; an explicit count wins.
  transformer:
    layers: 80
    hiddenSize: 8192
    attentionHeads: 64
    kvHeads: 8                  # fewer than attentionHeads: grouped-query attention
    ffnHiddenSize: 28672
    ffnActivation: swiglu       # gelu | relu | swiglu | geglu
    vocabSize: 128000
    contextLength: 8192

training:
  tokens: 15T                   # or "compute-optimal"
  precision: bf16               # fp32 | tf32 | fp16 | bf16 | fp8
  accelerator: nvidia-h100-sxm  # catalog ids: forecard schema proposal, or docs/catalogs.md
  acceleratorCount: 8192
  mfu: { low: 0.3, likely: 0.4, high: 0.5 }

datacenter:
  location: US                  # ISO country code or cloud region, e.g. aws:us-east-1
  pue: 1.1

checklists:
  bias-risk:
    answers: {}                 # forecard checklist template bias-risk prints a skeleton
`;

/** A commented starter policy written by `forecard init --policy`; it validates as written. */
export const STARTER_POLICY = `# A Forecard gating policy: forecard check PROPOSAL --policy THIS_FILE exits 1
# when a rule of severity error is broken. Editor completion: forecard schema policy.
schemaVersion: 1
name: My Lab policy

budgets:
  - id: energy-cap
    figure: energy.trainingMWh  # any figure key of the estimate output
    statistic: p95              # value | p50 | p95
    max: 50000
    severity: error             # error fails the check; warning only reports

checklists:
  required: [bias-risk]
  maxOpenRisks: { high: 0 }
  severity: error
`;
