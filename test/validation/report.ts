/**
 * Validation report helper: every literature check prints one line with the
 * model value, the published reference and the acceptance band, so a CI log
 * reads as a validation table.
 */
/**
 * How a row relates to the model: `predicted` rows come out of the mechanics with nothing tuned to
 * them; `input`, `calibration` and `identity` rows are reproduced because the reference value is a
 * model input, a value the model was calibrated to, or a mathematical identity (docs/model.md §12).
 */
export type RowKind = 'predicted' | 'input' | 'calibration' | 'identity';

export interface Row {
  id: string;
  kind: RowKind;
  quantity: string;
  model: number;
  reference: string;
  band: readonly [number, number];
  unit: string;
  /**
   * Set when the model is known to miss this row: why, and where docs/model.md names it. The line then
   * reads MISS (red in the report), and the test passes only while the miss lasts — a row that starts
   * to pass must lose its mark, so the list of misses stays true.
   */
  knownMiss?: string;
}

export function report(row: Row): boolean {
  const pass = row.model >= row.band[0] && row.model <= row.band[1];
  const verdict = pass ? (row.knownMiss ? 'PASS (marked as a known miss: remove the mark)' : 'PASS') : row.knownMiss ? `MISS (known: ${row.knownMiss})` : 'FAIL';
  console.log(
    `[${row.id} ${row.kind}] ${row.quantity}: model ${row.model.toFixed(3)} ${row.unit} | reference ${row.reference} | band ${row.band[0]}–${row.band[1]} ${row.unit} | ${verdict}`,
  );
  return row.knownMiss ? !pass : pass;
}
