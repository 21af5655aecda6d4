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
}

export function report(row: Row): boolean {
  const pass = row.model >= row.band[0] && row.model <= row.band[1];
  console.log(
    `[${row.id} ${row.kind}] ${row.quantity}: model ${row.model.toFixed(3)} ${row.unit} | reference ${row.reference} | band ${row.band[0]}–${row.band[1]} ${row.unit} | ${pass ? 'PASS' : 'FAIL'}`,
  );
  return pass;
}
