// Buckets per pass: enough that the few buckets holding a wanted rank are small, few enough that
// counting them stays cheap next to the pass over the values.
const BUCKETS = 1024;
// Bucket counts, reused by every call: a typed array allocated in the function slows the counting
// loop about 1.6-fold in V8 (measured), and each call is done with it before it recurses.
const scratchCounts = new Int32Array(BUCKETS);
// Below this many values a native sort is quicker than another pass of bucketing.
const SORT_BELOW = 64;

/**
 * The values of given ranks (0 = smallest) among numbers, without reordering or sorting
 * them all: values are counted into equal-width buckets between their minimum and maximum, and
 * only the buckets that hold a wanted rank are examined further. Linear time, where selection by
 * swapping (quickselect) reads and writes the column several times over.
 * @param values - not modified.
 * @param ranks - ranks wanted, each in [0, values.length).
 * @returns the value at each rank, in the order asked; undefined when a value is not finite.
 */
export function valuesAtRanks(
  values: Float64Array,
  ranks: readonly number[],
): number[] | undefined {
  const n = values.length;
  if (n <= SORT_BELOW) {
    if (!values.every(Number.isFinite)) return undefined;
    const sorted = values.slice().sort();
    return ranks.map((rank) => sorted[rank] as number);
  }
  const extent = extentOf(values);
  if (!extent) return undefined;
  const [min, max] = extent;
  if (min === max) return new Array<number>(ranks.length).fill(min);
  // Just under BUCKETS / width, so that (max - min) * scale truncates to BUCKETS - 1 at most
  // whatever the rounding, and `| 0` can stand for Math.floor on these non-negative numbers.
  const scale = (BUCKETS / (max - min)) * (1 - 1e-9);
  // A range wider than doubles can hold has no bucket width: sort instead.
  if (!(scale > 0 && Number.isFinite(scale))) {
    const sorted = values.slice().sort();
    return ranks.map((rank) => sorted[rank] as number);
  }
  const counts = countBuckets(values, min, scale);

  // Where each wanted rank falls: its bucket, and its rank among that bucket's values.
  const starts = new Int32Array(BUCKETS);
  for (let b = 1; b < BUCKETS; b++)
    starts[b] = (starts[b - 1] as number) + (counts[b - 1] as number);
  const wanted = ranks.map((rank) => {
    let bucket = BUCKETS - 1;
    while ((starts[bucket] as number) > rank) bucket--;
    return { bucket, rank: rank - (starts[bucket] as number) };
  });

  // Copy out the values of just the buckets that hold a wanted rank, then recurse into each.
  const buckets = [...new Set(wanted.map((w) => w.bucket))];
  const slot = new Int32Array(BUCKETS).fill(-1);
  buckets.forEach((bucket, i) => {
    slot[bucket] = i;
  });
  // Sized before recursing, which reuses the scratch counts.
  const members = buckets.map((bucket) => new Float64Array(counts[bucket] as number));
  collectBuckets(values, min, scale, slot, members);
  // The minimum and maximum fall in different buckets, so each bucket is smaller than the whole
  // and the recursion ends.
  const answers = buckets.map((bucket, i) =>
    valuesAtRanks(
      members[i] as Float64Array,
      wanted.filter((w) => w.bucket === bucket).map((w) => w.rank),
    ),
  );
  const taken = new Int32Array(buckets.length);
  return wanted.map(({ bucket }) => {
    const i = slot[bucket] as number;
    // Every value is finite by now, so each bucket's answer is defined.
    return (answers[i] as number[])[(taken[i] as number)++] as number;
  });
}

// The loops below are small functions of their own: V8 optimises a small function after fewer
// iterations than a large one, which matters in a one-shot command such as `check`.

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

/** How many values fall in each bucket of width 1 / scale above min, in the scratch counts. */
function countBuckets(values: Float64Array, min: number, scale: number): Int32Array {
  const counts = scratchCounts.fill(0);
  for (let i = 0; i < values.length; i++)
    (counts[(((values[i] as number) - min) * scale) | 0] as number)++;
  return counts;
}

/** Copies each value whose bucket has a slot into that slot's array, in order. */
function collectBuckets(
  values: Float64Array,
  min: number,
  scale: number,
  slot: Int32Array,
  members: Float64Array[],
): void {
  const filled = new Int32Array(members.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const s = slot[((x - min) * scale) | 0] as number;
    if (s >= 0) (members[s] as Float64Array)[(filled[s] as number)++] = x;
  }
}
