/**
 * One catalogue field as a native range input: it has the slider role, is
 * keyboard operable (arrows, Page Up/Down, Home/End), its accessible name is
 * exactly the catalogue label and its tooltip the description.
 */
import { useId } from 'react';
import type { KnobName, ScalarFieldSpec } from '@lumbo/model';
import { KNOB_MEANING } from '../../lib/knob-meaning.ts';
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
  // a muscle knob says what it means (lib/knob-meaning.ts); other fields show their number and unit
  const knob = 'knob' in field ? (field as { knob: KnobName }).knob : null;
  const meaning = knob ? KNOB_MEANING[knob] : null;
  const plain = `${formatNumber(value, decimalsForStep(field.step))}${unitSymbol(field.unit)}`;
  const text = meaning ? meaning.reading(value) : plain;
  const valueText = meaning ? meaning.valueText(value) : `${plain}${field.unit === 'fraction' ? '' : ''}`;
  const changed = Math.abs(value - field.default) > field.step / 2;
  // the model's clinical sentence for each end of the range (catalogue `ends`), in the tooltip
  const ends = (field as { ends?: { min: string; max: string } }).ends;
  // where "normal" (the default) sits along the track, for the tick under it
  const normalAt = ((field.default - field.min) / (field.max - field.min)) * 100;
  return (
    <div className={changed ? 'slider slider--changed' : 'slider'} title={ends ? `${field.description}\nLowest: ${ends.min}\nHighest: ${ends.max}` : field.description}>
      <label className="slider__head" htmlFor={id}>
        <span className="slider__label">
          {shortLabel ?? field.label}
        </span>
        <output htmlFor={id} className="slider__value" title={changed ? 'Changed from normal' : undefined}>
          {text}
          {changed && <span className="slider__changed"> · changed</span>}
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
        aria-valuetext={valueText}
        data-path={field.path}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      {meaning && (
        <div className="slider__ends" aria-hidden="true">
          <span>{meaning.minLabel}</span>
          {normalAt > 5 && normalAt < 95 && (
            <span className="slider__normal" style={{ left: `${normalAt}%` }}>
              ▲ {meaning.normalLabel}
            </span>
          )}
          <span>{meaning.maxLabel}</span>
        </div>
      )}
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
