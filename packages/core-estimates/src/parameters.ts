import type { Proposal } from "@forecard/schema";

/** The transformer section of a proposal, with every shape a plain integer. */
export type Transformer = NonNullable<NonNullable<Proposal["architecture"]>["transformer"]>;

/** Parameter counts of a transformer, by part. */
export interface ParameterCount {
  /** Every parameter stored. */
  total: number;
  /** Parameters each token passes through (all of them for a dense model). */
  active: number;
  /** Token embeddings, position embeddings and the output head. */
  embedding: number;
  /** Attention projections (and their biases) summed over layers. */
  attention: number;
  /** Feed-forward blocks or experts summed over layers (all experts). */
  feedForward: number;
  /** Normalisation layers and MoE routers. */
  other: number;
  /** Parameters each token's compute touches, counting a shared layer at every depth it is used. */
  computeActive: number;
}

const num = (q: unknown) => q as number;

/**
 * Counts the parameters of a decoder-only transformer exactly, following Narayanan et al. (2021):
 * per layer, attention (Q and O: d x heads·headDim; K and V: d x kvHeads·headDim), a feed-forward
 * block (gated: 3·d·f; else 2·d·f) or MoE experts plus a router (d x experts), and norms; plus
 * token embeddings, an untied output head, learned positions and a final norm.
 * @returns total and active counts, in parameters.
 * @example countParameters(llama2_70b).total // 68_976_648_192
 */
export function countParameters(t: Transformer): ParameterCount {
  const d = num(t.hiddenSize);
  const layers = num(t.layers);
  const heads = num(t.attentionHeads);
  const kvHeads = num(t.kvHeads ?? heads);
  const headDim = num(t.headDim ?? d / heads);
  const ffn = num(t.ffnHiddenSize ?? 4 * d);
  const vocab = num(t.vocabSize);
  const gated = t.ffnActivation === "swiglu" || t.ffnActivation === "geglu";
  const bias = t.bias ?? false;
  const normWidth = t.normalization === "layernorm" ? 2 * d : d;

  const q = heads * headDim;
  const kv = kvHeads * headDim;
  const attention = d * q + 2 * d * kv + q * d + (bias ? q + 2 * kv + d : 0);
  const expert = (gated ? 3 : 2) * d * ffn + (bias ? (gated ? 2 : 1) * ffn + d : 0);
  const norms = 2 * normWidth;

  const moe = t.moe;
  const moeEvery = num(moe?.layerEvery ?? 1);
  const moeLayers = moe ? Math.floor(layers / moeEvery) : 0;
  const denseLayers = layers - moeLayers;
  const experts = num(moe?.experts ?? 0);
  const activeExperts = num(moe?.activeExperts ?? 0);
  const shared = num(moe?.sharedExperts ?? 0);
  const router = d * experts;

  const feedForwardTotal = denseLayers * expert + moeLayers * (experts + shared) * expert;
  const feedForwardActive = denseLayers * expert + moeLayers * (activeExperts + shared) * expert;
  const positions = t.positionEmbedding === "learned" ? num(t.contextLength ?? 2048) * d : 0;
  const embedding = vocab * d * (t.tiedEmbeddings ? 1 : 2) + positions;
  const other = layers * norms + moeLayers * router + normWidth;
  const attentionTotal = layers * attention;
  const computeActive = embedding + attentionTotal + feedForwardActive + other;
  // Sharing stores each distinct block once (ALBERT, Lan et al. 2020) but computes every layer.
  const share = num(t.distinctLayers ?? layers) / layers;
  const layerShare = (n: number) => n * share;
  const stored = (feedForward: number) =>
    embedding +
    layerShare(attentionTotal + feedForward + layers * norms + moeLayers * router) +
    normWidth;

  return {
    total: stored(feedForwardTotal),
    active: stored(feedForwardActive),
    embedding,
    attention: layerShare(attentionTotal),
    feedForward: layerShare(feedForwardTotal),
    other: layerShare(layers * norms + moeLayers * router) + normWidth,
    computeActive,
  };
}
