import { describe, expect, it } from 'vitest';
import { createViewerStore } from './store.ts';

describe('viewer store', () => {
  it('moves only the touched side while the group is unlinked', () => {
    const store = createViewerStore();
    store.getState().setField('muscles.gluteusMaximus.left.strength', 0.5);
    expect(store.getState().params.muscles.gluteusMaximus.left.strength).toBe(0.5);
    expect(store.getState().params.muscles.gluteusMaximus.right.strength).toBe(1);
    expect(store.getState().modified).toBe(true);
  });

  it('moves both sides of a linked group', () => {
    const store = createViewerStore();
    store.getState().setLinked('gluteusMedius', true);
    store.getState().setField('muscles.gluteusMedius.right.tone', 0.1);
    expect(store.getState().params.muscles.gluteusMedius.left.tone).toBe(0.1);
    expect(store.getState().params.muscles.gluteusMaximus.left.tone).toBe(0);
  });

  it('applies a preset over the defaults and resets back to them', () => {
    const store = createViewerStore();
    store.getState().applyPreset({ muscles: { iliopsoas: { left: { tightness: 0.5 }, right: { tightness: 0.5 } } } }, 'Tight hip flexors');
    expect(store.getState().params.muscles.iliopsoas.right.tightness).toBe(0.5);
    expect(store.getState().presetLabel).toBe('Tight hip flexors');
    store.getState().reset();
    expect(store.getState().params.muscles.iliopsoas.right.tightness).toBe(0);
    expect(store.getState().modified).toBe(false);
  });
});
