/** Subject (body size, pelvic morphology) and compensation-strategy sliders, from the catalogue. */
import { STRATEGY_FIELDS, SUBJECT_FIELDS, type ScalarFieldSpec } from '@lumbo/model';
import { StoreSlider } from './FieldSlider.tsx';

function Fields({ fields }: { fields: readonly ScalarFieldSpec[] }) {
  return (
    <>
      {fields.map((f) => (
        <StoreSlider key={f.path} field={f} />
      ))}
    </>
  );
}

export function SubjectControls() {
  return (
    <details className="group" open>
      <summary className="group__title">Subject and strategy</summary>
      <Fields fields={SUBJECT_FIELDS} />
      <Fields fields={STRATEGY_FIELDS} />
    </details>
  );
}
