/**
 * `*` in a parameter or output path matches within one dotted segment:
 * `muscles.*.left.strength` is every left-side strength, `lumbar.levels.*.compressionN`
 * every level's compression, `pelvis.*Deg` every pelvis angle.
 */
export function isPattern(path: string): boolean {
  return path.includes('*');
}

export function matchPattern(pattern: string, paths: readonly string[]): string[] {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[^.]*');
  const regex = new RegExp(`^${source}$`);
  return paths.filter((p) => regex.test(p));
}
