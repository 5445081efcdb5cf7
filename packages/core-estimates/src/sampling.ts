import type { Range } from "@forecard/schema";
import { newColumn } from "./column-pool.js";
import { drawTriangular, seededRandom } from "./random.js";

/**
 * Samples already drawn in one estimate, by input and range, so that scenarios which leave an
 * input unchanged reuse the base's column instead of drawing it again.
 */
export type SampleCache = Map<string, Float64Array>;

/** FNV-1a, 32 bits: a stable number for a text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The uniform random stream of one input: seeded by the seed and the input's name, so it does not
 * depend on which other inputs are ranged.
 */
export function inputRandom(key: string, seed: number): () => number {
  return seededRandom(inputSeed(key, seed));
}

function inputSeed(key: string, seed: number): number {
  return seed ^ hash(key);
}

/**
 * Draws `samples` values of one ranged input from its triangular distribution.
 * Each input has its own random stream, seeded by the seed and the input's name. A scenario
 * therefore draws the same uniforms for an input as its base (common random numbers) even when
 * it adds or drops other ranged inputs, so its differences from the base carry less noise.
 * @param key - the input's name, e.g. `mfu`.
 */
export function sampleColumn(
  key: string,
  range: Range,
  samples: number,
  seed: number,
  cache?: SampleCache,
): Float64Array {
  const id = `${key} ${range.low} ${range.likely} ${range.high} ${samples} ${seed}`;
  const cached = cache?.get(id);
  if (cached) return cached;
  const column = newColumn(samples);
  drawTriangular(range, column, inputSeed(key, seed));
  cache?.set(id, column);
  return column;
}
