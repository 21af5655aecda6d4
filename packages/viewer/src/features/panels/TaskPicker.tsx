/**
 * Chooses what the model solves: a static task or one gait cycle. Buttons
 * carry aria-pressed; the flexion angle has its own slider.
 */
import { useState } from 'react';
import { useViewer } from '../../store/use-viewer.ts';
import type { ViewerTask } from '../../lib/viewer-task.ts';

const DEFAULT_FLEXION_DEG = 30;

/** Pressed state ignores the flexion angle (the slider shows it). */
function sameKind(a: ViewerTask, b: ViewerTask): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'single-leg-stance' && b.kind === 'single-leg-stance') return a.side === b.side;
  return true;
}

export function TaskPicker() {
  const task = useViewer((s) => s.task);
  const setTask = useViewer((s) => s.setTask);
  // the slider shows the active flexion angle, or the last one used while another task is active
  const [remembered, setRemembered] = useState(DEFAULT_FLEXION_DEG);
  const angle = task.kind === 'trunk-flexion' ? task.angleDeg : remembered;
  const choices: { label: string; task: ViewerTask; hint?: string }[] = [
    { label: 'Standing', task: { kind: 'standing' } },
    { label: 'Single-leg stance (left)', task: { kind: 'single-leg-stance', side: 'left' } },
    { label: 'Single-leg stance (right)', task: { kind: 'single-leg-stance', side: 'right' } },
    { label: 'Trunk flexion', task: { kind: 'trunk-flexion', angleDeg: angle } },
    { label: 'Sitting', task: { kind: 'sitting' } },
    { label: 'Gait', task: { kind: 'gait' }, hint: 'One walking cycle (normative kinematics, or your own trial) with the compensations the muscles force' },
  ];
  return (
    <section aria-labelledby="task-heading" className="task-picker">
      <h2 id="task-heading">Task</h2>
      <div role="group" aria-labelledby="task-heading" className="task-picker__buttons">
        {choices.map((c) => (
          <button key={c.label} type="button" aria-pressed={sameKind(task, c.task)} title={c.hint} onClick={() => {
            // Gait again keeps the lab's own trial running (features/trial/)
            if (task.kind !== 'gait' || c.task.kind !== 'gait') setTask(c.task);
          }}>
            {c.label}
          </button>
        ))}
      </div>
      {/* only while trunk flexion is the task: the other tasks have no flexion angle */}
      {task.kind === 'trunk-flexion' && (
      <label className="slider" title="Forward bend of the trunk from upright (0–90°)">
        <span className="slider__head">
          <span className="slider__label">Trunk flexion angle</span>
          <output className="slider__value">{angle}°</output>
        </span>
        <input
          type="range"
          min={0}
          max={90}
          step={1}
          value={angle}
          aria-label="Trunk flexion angle"
          aria-valuetext={`${angle}° forward bend from upright`}
          onChange={(e) => {
            const angleDeg = Number(e.currentTarget.value);
            setRemembered(angleDeg);
            setTask({ kind: 'trunk-flexion', angleDeg });
          }}
        />
      </label>
      )}
    </section>
  );
}
