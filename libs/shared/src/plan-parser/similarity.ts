/** Text comparison that ignores what conversion changes: spaces, letter case. */

export function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * Dice coefficient of character bigrams, 0…1. Annex titles in a document's annex list and
 * at the annex itself differ by a character now and then ("一网统管" / "一网通管").
 */
export function similarity(a: string, b: string): number {
  const left = bigrams(compact(a));
  const right = bigrams(compact(b));
  if (left.length === 0 || right.length === 0) return compact(a) === compact(b) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}
