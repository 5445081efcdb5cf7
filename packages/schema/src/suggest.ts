/**
 * Finds the candidate closest to a misspelt word, for "did you mean" hints.
 * @param word - what the user wrote.
 * @param candidates - valid words.
 * @returns the candidates that extend the word, else the closest within a third of its length in edits
 *   (case ignored), else undefined.
 * @example suggest("acceleratorcount", ["acceleratorCount", "accelerator"]) // "acceleratorCount"
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const target = word.toLowerCase();
  const extensions = candidates.filter(
    (c) => word.length >= 3 && c.toLowerCase().startsWith(target),
  );
  if (extensions.length > 0) return extensions.join('" or "');
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance between two strings, in single-character edits. */
export function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
