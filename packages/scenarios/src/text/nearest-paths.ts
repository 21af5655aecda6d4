/**
 * "Did you mean": the catalogue paths closest to a mistyped one. Paths that
 * contain the input come first (`massKg` → `subject.massKg`), then the rest by
 * edit distance.
 */

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/** The `count` known paths nearest to `input`, best first. */
export function nearestPaths(input: string, known: readonly string[], count = 3): string[] {
  const needle = input.toLowerCase();
  const score = (path: string) =>
    needle.length > 0 && path.toLowerCase().includes(needle) ? path.length - needle.length - 1000 : editDistance(input, path);
  return [...known]
    .map((path) => ({ path, score: score(path) }))
    .sort((x, y) => x.score - y.score || x.path.localeCompare(y.path))
    .slice(0, count)
    .map((x) => x.path);
}
