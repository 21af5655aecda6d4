/**
 * One catalogue field as a native range input: it has the slider role, is
 * keyboard operable (arrows, Page Up/Down, Home/End), its accessible name is
 * exactly the catalogue label and its tooltip the description.
 */
import { useId } from 'react';
import type { ScalarFieldSpec } from '@lumbo/model';
import { getNumberAt } from '../../lib/params-path.ts';
import { useViewer } from '../../store/use-viewer.ts';
import { decimalsForStep, formatNumber, unitSymbol } from '../../lib/format.ts';

interface Props {
  readonly field: ScalarFieldSpec;
  readonly value: number;
  readonly onChange: (value: number) => void;
  /** Shorter visible text when a heading already names the muscle; the accessible name stays `field.label`. */
  readonly shortLabel?: string;
}

export function FieldSlider({ field, value, onChange, shortLabel }: Props) {
  const id = useId();
  const text = `${formatNumber(value, decimalsForStep(field.step))}${unitSymbol(field.unit)}`;
  const changed = Math.abs(value - field.default) > field.step / 2;
  return (
    <div className={changed ? 'slider slider--changed' : 'slider'} title={field.description}>
      <label className="slider__head" htmlFor={id}>
        <span className="slider__label">
          {shortLabel ?? field.label}
        </span>
        <output htmlFor={id} className="slider__value">
          {text}
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        aria-label={field.label}
        aria-valuetext={text}
        data-path={field.path}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
    </div>
  );
}

/** A slider bound to its own parameter in the store: only the moved slider re-renders. */
export function StoreSlider({ field, shortLabel }: { readonly field: ScalarFieldSpec; readonly shortLabel?: string }) {
  const value = useViewer((s) => getNumberAt(s.params, field.path) ?? field.default);
  const setField = useViewer((s) => s.setField);
  const optional = shortLabel === undefined ? {} : { shortLabel };
  return <FieldSlider field={field} value={value} onChange={(v) => setField(field.path, v)} {...optional} />;
}
