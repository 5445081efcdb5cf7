import type { Range } from "@forecard/schema";

/**
 * Effective stock of quality- and repetition-adjusted public human-generated text, tokens:
 * about 300T, 90% interval 100T to 1,000T (Villalobos et al. 2024, Will we run out of data?).
 */
export const PUBLIC_TEXT_STOCK_TOKENS: Range = { low: 100e12, likely: 300e12, high: 1000e12 };

/**
 * Epochs of repetition that cost almost nothing: up to about 4 epochs of repeated data train
 * about as well as unique data (Muennighoff et al. 2023, Scaling Data-Constrained Language Models).
 */
export const HARMLESS_EPOCHS = 4;
