import { describe, expect, it } from 'vitest';
import { createViewerStore } from '../../store/store.ts';
import { STORIES } from '../../store/stories/index.ts';
import { loadLink, snapshotSharedState } from './store-link.ts';
import { encodeSharedState } from './url-state.ts';

describe('links and the viewer store', () => {
  it('restore the same state a link was written from', () => {
    const from = createViewerStore({ presetId: 'trendelenburg-right' });
    const a = from.getState();
    a.setField('muscles.gluteusMedius.right.strength', 0.2);
    a.setTask({ kind: 'single-leg-stance', side: 'right' });
    a.setView('back');
    a.setComparePreset('duchenne-right');
    a.setCompareLayout('beside');
    a.setLecture(true);
    const hash = encodeSharedState(snapshotSharedState(from.getState()));

    const to = createViewerStore({ presetId: 'lower-crossed-syndrome' });
    expect(loadLink(to, hash)).toEqual([]);
    expect(snapshotSharedState(to.getState())).toEqual(snapshotSharedState(from.getState()));
    expect(to.getState().presetId).toBe('trendelenburg-right');
    expect(to.getState().modified).toBe(true);
    expect(to.getState().compareSet?.label).toBe(from.getState().compareSet?.label);
    // Reset returns to the preset the link names
    to.getState().reset();
    expect(to.getState().params.muscles.gluteusMedius.right.strength).not.toBe(0.2);
  });

  it('leave a lab\'s own trial out: the link opens the built-in gait cycle', () => {
    const from = createViewerStore();
    from.getState().setTrial({ kinematics: { name: 'walk.mot', text: 'a large file' }, forces: { name: 'grf.mot', text: 'another' }, subjectMassKg: 72.6 });
    const hash = encodeSharedState(snapshotSharedState(from.getState()));
    expect(hash).not.toContain('walk');
    const to = createViewerStore();
    expect(loadLink(to, hash)).toEqual([]);
    expect(to.getState().task).toEqual({ kind: 'gait' });
  });

  it('open a linked story at its step and phase', () => {
    const story = STORIES[0]!;
    const last = story.steps.length - 1;
    const to = createViewerStore();
    expect(loadLink(to, `#st=${story.id}.${last + 1}.s`)).toEqual([]);
    expect(to.getState().story).toMatchObject({ id: story.id, step: last, phase: 'shown' });
  });

  it('leave the store untouched and return the reasons for a refused link', () => {
    const to = createViewerStore({ presetId: 'lower-crossed-syndrome' });
    const before = to.getState().params;
    const errors = loadLink(to, '#p=healthy&x=gmed.R.str~99');
    expect(errors.join(' ')).toContain('muscles.gluteusMedius.right.strength must be a number within [0, 1.5]');
    expect(to.getState().params).toBe(before);
  });
});
