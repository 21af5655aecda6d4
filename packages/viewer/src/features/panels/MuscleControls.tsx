/** Sliders for every muscle knob, generated from the catalogue and grouped by muscle, with a left/right link per group. */
import { MUSCLE_FIELDS, MUSCLE_GROUPS, MUSCLE_LABELS, type MuscleFieldSpec, type MuscleGroup } from '@lumbo/model';
import { knobAppliesTo } from '../../lib/knob-meaning.ts';
import { useViewer } from '../../store/use-viewer.ts';
import { StoreSlider } from './FieldSlider.tsx';

const KNOB_TITLES: Record<string, string> = {
  strength: 'Strength',
  tone: 'Resting tone',
  activationFloor: 'Guarding (always on)',
  tightness: 'Tightness',
  stiffness: 'Stiffness',
  coactivation: 'Co-activation',
  inhibition: 'Inhibition',
  onsetDelayMs: 'Onset delay after heel strike',
};

/** Left and right field of each knob of a group, in catalogue order. */
function knobRows(group: MuscleGroup): { knob: string; left?: MuscleFieldSpec; right?: MuscleFieldSpec }[] {
  const rows = new Map<string, { knob: string; left?: MuscleFieldSpec; right?: MuscleFieldSpec }>();
  for (const f of MUSCLE_FIELDS) {
    if (f.group !== group) continue;
    const row = rows.get(f.knob) ?? { knob: f.knob };
    row[f.side] = f;
    rows.set(f.knob, row);
  }
  return [...rows.values()];
}

function MuscleGroupControls({ group }: { group: MuscleGroup }) {
  const linked = useViewer((s) => s.linked[group]);
  const setLinked = useViewer((s) => s.setLinked);
  const label = MUSCLE_LABELS[group];
  // only the knobs the current task uses (the onset delay acts in gait only)
  const taskKind = useViewer((s) => s.task.kind);
  return (
    <details className="group" open>
      <summary className="group__title">{label}</summary>
      <label className="link-toggle">
        <input type="checkbox" checked={linked} onChange={(e) => setLinked(group, e.currentTarget.checked)} aria-label={`Link left and right: ${label}`} />
        <span aria-hidden="true">Link left and right</span>
      </label>
      {knobRows(group)
        .filter((row) => knobAppliesTo(row.knob as MuscleFieldSpec['knob'], taskKind))
        .map((row) => (
        <div className="knob-row" key={row.knob}>
          <div className="knob-row__title">{KNOB_TITLES[row.knob] ?? row.knob}</div>
          <div className="knob-row__sides">
            {(['left', 'right'] as const).map((side) => {
              const field = row[side];
              if (!field) return null;
              return (
                <StoreSlider key={side} field={field} shortLabel={side === 'left' ? 'Left' : 'Right'} />
              );
            })}
          </div>
        </div>
      ))}
    </details>
  );
}

export function MuscleControls() {
  return (
    <section aria-labelledby="muscles-heading">
      <h2 id="muscles-heading">Muscles</h2>
      <p className="muscles__note">Each slider reads what it means; “changed” marks a value away from normal.</p>
      {MUSCLE_GROUPS.map((g) => (
        <MuscleGroupControls key={g} group={g} />
      ))}
    </section>
  );
}
