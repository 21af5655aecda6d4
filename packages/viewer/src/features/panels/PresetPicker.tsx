/**
 * Chooses a clinical preset from @lumbo/scenarios/presets (a native select:
 * keyboard operable, accessible name "Preset"), with its description, where
 * it comes from and the honest note on what the model does and does not show.
 */
import { useId } from 'react';
import { findPreset, PRESETS } from '../../lib/presets.ts';
import { useViewer } from '../../store/use-viewer.ts';
import { WhyButton } from '../why/WhyButton.tsx';
import { WholeNameSelect } from './WholeNameSelect.tsx';

export function PresetPicker() {
  const id = useId();
  const presetId = useViewer((s) => s.presetId);
  const choosePreset = useViewer((s) => s.choosePreset);
  const preset = presetId === null ? undefined : findPreset(presetId);
  return (
    <section aria-labelledby={`${id}-heading`} className="preset-picker">
      <h2 id={`${id}-heading`}>Scenario</h2>
      <label className="preset-picker__label" htmlFor={id}>
        Preset
      </label>
      {/* closed, the whole name shows, wrapping at spaces (a native select's own text is cut at its edge) */}
      <WholeNameSelect id={id} shown={preset?.label ?? 'Model defaults'} value={presetId ?? ''} onChange={(e) => choosePreset(e.currentTarget.value)}>
        {presetId === null && <option value="">Model defaults</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </WholeNameSelect>
      {preset && (
        <div className="preset-picker__about">
          <p>
            {preset.description} <WhyButton preset={preset.id} />
          </p>
          <details>
            <summary>What the model shows, and where it simplifies</summary>
            <p>
              <strong>Shows:</strong> {preset.honesty.shows}
            </p>
            <p>
              <strong>Simplifies:</strong> {preset.honesty.simplifies}
            </p>
            <ul className="preset-picker__sources">
              {preset.sources.map((s) => (
                <li key={s.citation}>
                  {s.citation}: {s.finding}
                </li>
              ))}
            </ul>
          </details>
          <p className="preset-picker__reference">The translucent figure is the compare set (see Compare), with the same body size.</p>
        </div>
      )}
    </section>
  );
}
