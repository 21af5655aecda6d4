/** Sweep parts that cannot be merged (missing, foreign, incomplete or damaged): the CLI exits 5. */
export class PartsError extends Error {
  override readonly name = 'PartsError';
}
