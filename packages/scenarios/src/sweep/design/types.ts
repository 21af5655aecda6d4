/** A design: how many points, and the factor values of any one point, computed on demand. */
export interface Design {
  /** `single` when the file has no design section (one point: the scenario itself). */
  readonly type: 'single' | 'grid' | 'one-at-a-time' | 'random' | 'latin-hypercube' | 'saltelli';
  /** The varied parameter paths, in column order. */
  readonly factorPaths: readonly string[];
  readonly pointCount: number;
  /** Writes the factor values of point `index` into `out` (one per factor path). Deterministic and independent of other calls. */
  pointValues(index: number, out: Float64Array): void;
  /**
   * Designs with a `varied` column say what each point is: one-at-a-time, which factor it varies
   * (`baseline` for the first); Saltelli, which matrix it comes from (`A`, `B`, or the factor whose
   * column is taken from B).
   */
  variedFactor?(index: number): string;
}
