import type { Range } from "@forecard/schema";

/**
 * Effective stock of quality- and repetition-adjusted public human-generated text, tokens (it
 * already allows the few epochs of repetition that cost little, so it is not a one-epoch count):
 * about 300T, 90% interval 100T to 1,000T (Villalobos et al. 2024, Will we run out of data?).
 */
export const PUBLIC_TEXT_STOCK_TOKENS: Range = { low: 100e12, likely: 300e12, high: 1000e12 };
