// Buckets per pass: enough that the few buckets holding a wanted rank are small, few enough that
// counting them stays cheap next to the pass over the values.
const BUCKETS = 1024;
const LAST_BUCKET = BUCKETS - 1;
// Bucket counts, reused by every call: a typed array allocated in the function slows the counting
// loop about 1.6-fold in V8 (measured), and each call is done with them before it recurses. Two
// tables, for even and odd positions: consecutive values often fall in the same bucket, and two
// increments of one counter in a row wait for each other (counting into two halves the time here).
const evenCounts = new Int32Array(BUCKETS);
const oddCounts = new Int32Array(BUCKETS);
// The bucket of each value, written while counting so that copying out the wanted buckets need
// not work each one out again (that second pass cost as much as the count, measured). Grown to
// the longest column seen; like the counts, each call is done with it before it recurses.
let bucketIndex = new Uint16Array(0);
// At or below this many values a native sort is quicker than another pass of bucketing.
const SORT_BELOW = 256;
// Values read to guess the range of the buckets (see bucketRange).
const PROBES = 128;

/**
 * The values of given ranks (0 = smallest) among numbers, without reordering or sorting
 * them all: values are counted into equal-width buckets, and only the buckets that hold a wanted
 * rank are examined further. Linear time, where selection by swapping (quickselect) reads and
 * writes the column several times over.
 * @param values - not modified.
 * @param ranks - ranks wanted, each in [0, values.length).
 * @returns the value at each rank, in the order asked; undefined when a value is not finite.
 */
export function valuesAtRanks(
  values: Float64Array,
  ranks: readonly number[],
): number[] | undefined {
  if (values.length <= SORT_BELOW) return sortedAtRanks(values, ranks);
  let range = probedRange(values);
  if (!range) {
    const extent = extentOf(values);
    if (!extent) return undefined;
    const [min, max] = extent;
    if (min === max) return new Array<number>(ranks.length).fill(min);
    range = bucketRange(min, max);
    // A range wider than doubles can hold has no bucket width: sort instead.
    if (!range) return sortedAtRanks(values, ranks);
  }
  const [low, scale] = range;
  if (bucketIndex.length < values.length) bucketIndex = new Uint16Array(values.length);
  if (countBuckets(values, low, scale, evenCounts, oddCounts, bucketIndex) !== 0) return undefined;

  // Where each wanted rank falls: its bucket, and its rank among that bucket's values. One walk
  // up the buckets, taking the ranks from smallest to largest.
  const order = ranks.map((_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
  const bucketAt = new Int32Array(ranks.length);
  const rankIn = new Int32Array(ranks.length);
  let bucket = 0;
  let below = 0;
  let size = (evenCounts[0] as number) + (oddCounts[0] as number);
  for (const i of order) {
    const rank = ranks[i] as number;
    while (below + size <= rank) {
      below += size;
      bucket++;
      size = (evenCounts[bucket] as number) + (oddCounts[bucket] as number);
    }
    bucketAt[i] = bucket;
    rankIn[i] = rank - below;
  }

  // Copy out the values of just the buckets that hold a wanted rank, then recurse into each.
  const buckets = [...new Set(bucketAt)];
  const slot = new Int32Array(BUCKETS).fill(-1);
  buckets.forEach((b, i) => {
    slot[b] = i;
  });
  // Sized before recursing, which reuses the scratch counts.
  const members = buckets.map(
    (b) => new Float64Array((evenCounts[b] as number) + (oddCounts[b] as number)),
  );
  collectBuckets(values, bucketIndex, slot, members);
  // The values low and high fall in the first and the last bucket, so each bucket is smaller than
  // the whole and the recursion ends.
  const answers = buckets.map((b, k) => {
    const wanted = ranks.flatMap((_, i) => (bucketAt[i] === b ? [rankIn[i] as number] : []));
    return valuesAtRanks(members[k] as Float64Array, wanted) as number[];
  });
  const taken = new Int32Array(buckets.length);
  // Every value is finite by now, so each bucket's answer is defined.
  return ranks.map((_, i) => {
    const k = slot[bucketAt[i] as number] as number;
    return (answers[k] as number[])[(taken[k] as number)++] as number;
  });
}

/** The values of given ranks by sorting a copy; undefined when a value is not finite. */
function sortedAtRanks(values: Float64Array, ranks: readonly number[]): number[] | undefined {
  if (!values.every(Number.isFinite)) return undefined;
  const sorted = values.slice().sort();
  return ranks.map((rank) => sorted[rank] as number);
}

/**
 * The range of the buckets guessed from evenly spaced values, which saves a whole pass for the
 * exact minimum and maximum. A value outside the guess counts in the first or the last bucket, so
 * the guess costs no exactness, only bucket sizes.
 * @returns undefined when the values read are all equal or not all finite.
 */
function probedRange(values: Float64Array): [number, number] | undefined {
  const step = Math.floor(values.length / PROBES);
  let low = values[0] as number;
  let high = low;
  for (let i = step; i < values.length; i += step) {
    const x = values[i] as number;
    if (x < low) low = x;
    else if (x > high) high = x;
  }
  return bucketRange(low, high);
}

/**
 * Buckets from low to high: where the first starts and the scale, buckets per unit.
 * @returns undefined unless low < high and the width is a finite, non-zero number of buckets.
 */
function bucketRange(low: number, high: number): [number, number] | undefined {
  // Just under BUCKETS / width, so that high itself falls in the last bucket whatever the rounding.
  const scale = (BUCKETS / (high - low)) * (1 - 1e-9);
  return low < high && scale > 0 && Number.isFinite(scale) ? [low, scale] : undefined;
}

/** The smallest and largest value; undefined when a value is not finite. */
function extentOf(values: Float64Array): [number, number] | undefined {
  let min = values[0] as number;
  let max = min;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) return undefined;
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  return [min, max];
}

// The loops below are small functions of their own: V8 optimises a small function after fewer
// iterations than a large one, which matters in a one-shot command such as `check`. They take the
// scratch tables as arguments: read from the module's scope inside the loop, they made it about
// 1.7 times slower (measured).

/** The bucket of a value: width 1 / scale from low, values below low or above high in the end ones. */
function bucketOf(x: number, low: number, scale: number): number {
  const at = (x - low) * scale;
  // Clamped to the end buckets; `| 0` truncates like Math.floor on what is left, and takes NaN to
  // 0 (countBuckets reports it). Math.min and Math.max made the count 1.4 times slower (measured).
  // biome-ignore lint/complexity/useMathMinMax: slower in this loop, see above
  return (at < 0 ? 0 : at > LAST_BUCKET ? LAST_BUCKET : at) | 0;
}

/**
 * Counts how many values fall in each bucket, values at even positions in `even` and odd in
 * `odd`, and notes each value's bucket in `index`.
 * @returns 0 when every value is finite, NaN otherwise.
 */
function countBuckets(
  values: Float64Array,
  low: number,
  scale: number,
  even: Int32Array,
  odd: Int32Array,
  index: Uint16Array,
): number {
  even.fill(0);
  odd.fill(0);
  const n = values.length;
  // x - x is 0 for a finite x and NaN otherwise, so one sum checks every value without a branch.
  let finite = 0;
  // The odd one out is counted first, and the caller compares the sum: code after a hot loop that
  // has not run yet costs V8 a deoptimisation on every call (measured), so the loop is the last
  // thing here.
  if (n % 2 === 1) {
    const x = values[n - 1] as number;
    finite += x - x;
    const last = bucketOf(x, low, scale);
    (even[last] as number)++;
    index[n - 1] = last;
  }
  for (let i = 0; i + 1 < n; i += 2) {
    const x = values[i] as number;
    const y = values[i + 1] as number;
    finite += x - x + (y - y);
    const a = bucketOf(x, low, scale);
    const b = bucketOf(y, low, scale);
    (even[a] as number)++;
    (odd[b] as number)++;
    index[i] = a;
    index[i + 1] = b;
  }
  return finite;
}

/** Copies each value whose bucket (as noted in `index`) has a slot into that slot's array, in order. */
function collectBuckets(
  values: Float64Array,
  index: Uint16Array,
  slot: Int32Array,
  members: Float64Array[],
): void {
  const filled = new Int32Array(members.length);
  for (let i = 0; i < values.length; i++) {
    const s = slot[index[i] as number] as number;
    if (s >= 0) (members[s] as Float64Array)[(filled[s] as number)++] = values[i] as number;
  }
}
