/** A count with its noun in the right number: `count(1, "error")` is "1 error", 2 gives "2 errors". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
