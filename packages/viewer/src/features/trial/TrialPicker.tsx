/**
 * "Your own trial" (docs/viewer.md): under the Gait task, a gait lab picks its own OpenSim kinematics .mot (one cycle
 * from right heel strike, or a whole trial whose cycle its plates or two typed heel strikes cut) and, optionally, the same trial's force plates with the measured subject's mass (and
 * height), and the cycle (figure, compare figure, read-outs, plots, exports) runs on it in the worker. Which plate
 * columns are which foot's: two prefix fields (OpenSim's names by default), filled from the lab's ExternalLoads .xml
 * when one is chosen. Files are read once (File.text()) and kept in the store, never in a link. A refused trial's
 * message (naming the file or field) shows here; the cycle on screen stays.
 */
import { useId, useState } from 'react';
import { buildTrial, columnsFromExternalLoads, DEFAULT_PREFIXES, type TrialColumns, type TrialFile } from '../../lib/gait-trial.ts';
import { useViewer, useViewerStoreApi } from '../../store/use-viewer.ts';
import { selectGait } from '../../store/store.ts';
import './trial.css';

/** A chosen file's name and text (null: none chosen, or cleared). */
async function readChosen(input: HTMLInputElement): Promise<TrialFile | null> {
  const file = input.files?.[0];
  return file ? { name: file.name, text: await file.text() } : null;
}

export function TrialPicker() {
  const id = useId();
  const trial = useViewer((s) => (s.task.kind === 'gait' ? s.task.trial : undefined));
  const trialError = useViewer((s) => s.trialError);
  // the cycle the shown answer simulated (its source names the span a whole trial was cut at)
  const simulated = useViewer((s) => (s.task.kind === 'gait' && s.task.trial && s.shown?.task === s.task ? selectGait(s)?.source : undefined));
  const setTrial = useViewer((s) => s.setTrial);
  const store = useViewerStoreApi();
  const [kinematics, setKinematics] = useState<TrialFile | null>(null);
  const [forces, setForces] = useState<TrialFile | null>(null);
  const [massText, setMassText] = useState('');
  const [heightText, setHeightText] = useState('');
  const [startText, setStartText] = useState('');
  const [endText, setEndText] = useState('');
  const [rightPrefix, setRightPrefix] = useState<string>(DEFAULT_PREFIXES.rightPrefix);
  const [leftPrefix, setLeftPrefix] = useState<string>(DEFAULT_PREFIXES.leftPrefix);
  // the prefixes the chosen .xml gave (the status line names it while the fields still hold them), or its refusal
  const [fromXml, setFromXml] = useState<TrialColumns | null>(null);
  const [xmlError, setXmlError] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const errors = [...(trialError ? [trialError] : []), ...(xmlError ? [xmlError] : []), ...formErrors];

  const chooseExternalLoads = async (input: HTMLInputElement) => {
    const file = await readChosen(input);
    setFromXml(null);
    setXmlError(null);
    if (!file) return;
    const read = await columnsFromExternalLoads(file);
    if (!read.ok) {
      setXmlError(read.error);
      return;
    }
    setFromXml(read.columns);
    setRightPrefix(read.columns.rightPrefix);
    setLeftPrefix(read.columns.leftPrefix);
  };

  const run = () => {
    if (!kinematics) return;
    // a refused .xml stays refused (its message shown) until another is chosen or it is cleared
    if (xmlError) return;
    const xmlName = fromXml && fromXml.rightPrefix === rightPrefix && fromXml.leftPrefix === leftPrefix ? { externalLoadsName: fromXml.externalLoadsName } : {};
    const built = buildTrial(kinematics, forces, massText, heightText, { rightPrefix, leftPrefix, ...xmlName }, { startText, endText });
    setFormErrors(built.ok ? [] : built.errors);
    if (built.ok) setTrial(built.trial);
    // the last refused trial's message is about that trial, not this one
    else store.setState({ trialError: null });
  };

  return (
    // closed until asked for (a lecture's gait needs the sliders, not file pickers); open while a trial is shown
    // or refused. `open` only when true: React then leaves a user's own opening alone
    <details className="group trial" open={trial !== undefined || errors.length > 0 ? true : undefined}>
      <summary className="group__title">Your own trial</summary>
      <p className="trial__now" data-testid="trial-status">
        {trial ? (
          <>
            Cycle: <strong>your trial</strong>, {trial.kinematics.name}
            {trial.forces ? ` with force plates ${trial.forces.name} (${trial.subjectMassKg} kg)` : ' (the built-in subject\'s ground reactions)'}
            {trial.externalLoadsName !== undefined && `, feet as in ${trial.externalLoadsName}`}
            {trial.subjectHeightM !== undefined && `, ${trial.subjectHeightM} m`}
            {trial.cycleStartS !== undefined && `, cycle ${trial.cycleStartS}–${trial.cycleEndS} s`}
            {simulated !== undefined && (
              <>
                <br />
                <small data-testid="trial-simulated">Simulated: {simulated}</small>
              </>
            )}
          </>
        ) : (
          <>Cycle: <strong>built-in</strong> (normative, OpenSim subject01)</>
        )}
      </p>
      <label className="trial__field">
        <span>Kinematics .mot <small>(OpenSim: one cycle from right heel strike, or the whole trial)</small></span>
        <input type="file" accept=".mot,.sto,text/plain" data-testid="trial-kinematics" onChange={async (e) => setKinematics(await readChosen(e.currentTarget))} />
      </label>
      <label className="trial__field">
        <span>Force plates .mot <small>(optional, same trial)</small></span>
        <input type="file" accept=".mot,.sto,text/plain" data-testid="trial-forces" onChange={async (e) => setForces(await readChosen(e.currentTarget))} />
      </label>
      <label className="trial__field">
        <span>External loads .xml <small>(optional, OpenSim: which plate is which foot)</small></span>
        <input type="file" accept=".xml,text/xml,application/xml" aria-describedby={`${id}-columns`} data-testid="trial-external-loads" onChange={(e) => void chooseExternalLoads(e.currentTarget)} />
      </label>
      <div className="trial__numbers">
        <label className="trial__field">
          <span>Right foot columns</span>
          <input type="text" value={rightPrefix} spellCheck={false} autoComplete="off" aria-describedby={`${id}-columns`} data-testid="trial-right-prefix" onChange={(e) => setRightPrefix(e.currentTarget.value)} />
        </label>
        <label className="trial__field">
          <span>Left foot columns</span>
          <input type="text" value={leftPrefix} spellCheck={false} autoComplete="off" aria-describedby={`${id}-columns`} data-testid="trial-left-prefix" onChange={(e) => setLeftPrefix(e.currentTarget.value)} />
        </label>
      </div>
      <p id={`${id}-columns`} className="trial__hint">
        The plates' columns of each foot are <code>{'<prefix>'}force_v…</code>, <code>force_p…</code>, <code>torque_…</code> (OpenSim's names); a chosen .xml fills both prefixes.
      </p>
      <div className="trial__numbers">
        <label className="trial__field">
          <span>Subject mass, kg <small>{forces ? '(required)' : '(with plates)'}</small></span>
          <input type="number" inputMode="decimal" min={20} max={250} step={0.1} value={massText} aria-describedby={`${id}-mass`} data-testid="trial-mass" onChange={(e) => setMassText(e.currentTarget.value)} />
        </label>
        <label className="trial__field">
          <span>Height, m <small>(optional)</small></span>
          <input type="number" inputMode="decimal" min={1.4} max={2.1} step={0.01} value={heightText} data-testid="trial-height" onChange={(e) => setHeightText(e.currentTarget.value)} />
        </label>
      </div>
      <p id={`${id}-mass`} className="trial__hint">
        The measured subject's mass scales the plates' forces to the model's subject (Subject and strategy).
      </p>
      <div className="trial__numbers">
        <label className="trial__field">
          <span>Cycle from, s <small>(optional)</small></span>
          <input type="number" inputMode="decimal" min={0} step={0.001} value={startText} aria-describedby={`${id}-cycle`} data-testid="trial-cycle-start" onChange={(e) => setStartText(e.currentTarget.value)} />
        </label>
        <label className="trial__field">
          <span>Cycle to, s <small>(optional)</small></span>
          <input type="number" inputMode="decimal" min={0} step={0.001} value={endText} aria-describedby={`${id}-cycle`} data-testid="trial-cycle-end" onChange={(e) => setEndText(e.currentTarget.value)} />
        </label>
      </div>
      <p id={`${id}-cycle`} className="trial__hint">
        A whole trial: its plates find the first right-foot cycle (heel strike to heel strike); without plates, type
        the two right heel strikes on the file's clock.
      </p>
      <div className="trial__buttons">
        <button type="button" onClick={run} disabled={!kinematics} data-testid="trial-run">
          Run this trial
        </button>
        <button type="button" onClick={() => setTrial(null)} disabled={!trial} data-testid="trial-built-in">
          Back to the built-in cycle
        </button>
      </div>
      {errors.length > 0 && (
        <div role="alert" className="banner banner--danger trial__error" data-testid="trial-error">
          <strong>This trial could not be used</strong>
          {trial || trialError ? '; the cycle shown is the last good one' : ''}:
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
