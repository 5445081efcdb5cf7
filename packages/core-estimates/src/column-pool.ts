// Memory of Monte Carlo columns, reused from one estimate to the next. A new typed array of 10,000
// numbers costs V8 more than filling it (zeroed memory, and garbage collections triggered by the
// memory outside its heap), and an estimate makes about a hundred. Every column handed out is a new
// view object, so nothing keyed by a column's identity (the memos of values.ts and percentiles.ts)
// can mistake a new column for an old one.

// Memory kept for later estimates, by column length. Bounded, so that one very large estimate
// does not hold its memory for the life of the process.
const free = new Map<number, ArrayBuffer[]>();
const MAX_FREE_BYTES = 32 * 1024 * 1024;
let freeBytes = 0;
// Memory lent inside the current pool, or undefined outside one.
let lent: ArrayBuffer[] | undefined;

/**
 * A column of `length` numbers whose contents are unspecified: the caller writes every sample.
 * Inside {@link withColumnPool} its memory is reused; outside one, it is a new array.
 */
export function newColumn(length: number): Float64Array {
  if (!lent) return new Float64Array(length);
  const reused = free.get(length)?.pop();
  if (reused) freeBytes -= reused.byteLength;
  const buffer = reused ?? new ArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT);
  lent.push(buffer);
  return new Float64Array(buffer);
}

/**
 * Runs a computation whose columns do not outlive it (it returns no column and keeps none), then
 * takes their memory back for the next. A call inside another shares the outer one's pool.
 */
export function withColumnPool<T>(run: () => T): T {
  if (lent) return run();
  const mine: ArrayBuffer[] = [];
  lent = mine;
  try {
    return run();
  } finally {
    lent = undefined;
    for (const buffer of mine) {
      if (freeBytes + buffer.byteLength > MAX_FREE_BYTES) break;
      const length = buffer.byteLength / Float64Array.BYTES_PER_ELEMENT;
      const list = free.get(length) ?? [];
      list.push(buffer);
      free.set(length, list);
      freeBytes += buffer.byteLength;
    }
  }
}
