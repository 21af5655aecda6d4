import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '@lumbo/model';
import { findPreset } from '../lib/presets.ts';
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

  it('opens on a named preset from @lumbo/scenarios/presets', () => {
    const store = createViewerStore({ presetId: 'lower-crossed-syndrome' });
    const lcs = findPreset('lower-crossed-syndrome')!;
    expect(store.getState().presetLabel).toBe(lcs.label);
    expect(store.getState().params.muscles.iliopsoas.left.tightness).toBe(lcs.params.muscles?.iliopsoas?.left?.tightness);
    expect(store.getState().params.muscles.iliopsoas.left.tightness).toBeGreaterThan(0);
  });

  it('switches presets over the defaults and resets to the chosen preset', () => {
    const store = createViewerStore({ presetId: 'lower-crossed-syndrome' });
    store.getState().choosePreset('trendelenburg-right');
    expect(store.getState().presetId).toBe('trendelenburg-right');
    // nothing of the previous preset is left
    expect(store.getState().params.muscles.iliopsoas.left.tightness).toBe(0);
    const weak = store.getState().params.muscles.gluteusMedius.right.strength;
    expect(weak).toBeLessThan(1);
    store.getState().setField('muscles.gluteusMedius.right.strength', 1);
    store.getState().reset();
    expect(store.getState().params.muscles.gluteusMedius.right.strength).toBe(weak);
    expect(store.getState().modified).toBe(false);
    store.getState().choosePreset('healthy');
    expect(store.getState().params).toEqual(DEFAULT_PARAMS);
  });

  it('keeps the playback speed within 0.25–2×', () => {
    const store = createViewerStore();
    store.getState().setPlayback({ speed: 5 });
    expect(store.getState().playback.speed).toBe(2);
    store.getState().setPlayback({ speed: 0.1, playing: false });
    expect(store.getState().playback).toEqual({ speed: 0.25, playing: false, loop: true });
  });
});

describe('viewer store: the compare set', () => {
  it('opens comparing with the healthy preset, over the figure', () => {
    const store = createViewerStore({ presetId: 'lower-crossed-syndrome' });
    expect(store.getState().compareSet?.presetId).toBe('healthy');
    expect(store.getState().compareSet?.params).toEqual(DEFAULT_PARAMS);
    expect(store.getState().compareLayout).toBe('overlay');
  });

  it('swaps the figure and the compare set in one step, and back', () => {
    const store = createViewerStore({ presetId: 'lower-crossed-syndrome' });
    const lcs = store.getState().params;
    store.getState().swapCompare();
    expect(store.getState().params).toEqual(DEFAULT_PARAMS);
    expect(store.getState().presetId).toBe('healthy');
    expect(store.getState().compareSet?.params).toBe(lcs);
    expect(store.getState().compareSet?.presetId).toBe('lower-crossed-syndrome');
    store.getState().swapCompare();
    expect(store.getState().params).toEqual(lcs);
    expect(store.getState().compareSet?.presetId).toBe('healthy');
  });

  it('keeps a swapped-in snapshot as what Reset returns to', () => {
    const store = createViewerStore({ presetId: 'healthy' });
    store.getState().setField('muscles.iliopsoas.left.tone', 0.15);
    store.getState().compareWithCurrent();
    expect(store.getState().compareSet?.presetId).toBeNull();
    store.getState().choosePreset('trendelenburg-right');
    store.getState().swapCompare();
    expect(store.getState().params.muscles.iliopsoas.left.tone).toBe(0.15);
    store.getState().setField('muscles.iliopsoas.left.tone', 0);
    store.getState().reset();
    expect(store.getState().params.muscles.iliopsoas.left.tone).toBe(0.15);
  });

  it('clears and brings back healthy with one toggle (key C)', () => {
    const store = createViewerStore({ presetId: 'lower-crossed-syndrome' });
    store.getState().toggleCompare();
    expect(store.getState().compareSet).toBeNull();
    store.getState().swapCompare(); // nothing to swap with: no change
    expect(store.getState().presetId).toBe('lower-crossed-syndrome');
    store.getState().toggleCompare();
    expect(store.getState().compareSet?.presetId).toBe('healthy');
  });

  it('ignores an unknown compare preset', () => {
    const store = createViewerStore();
    store.getState().setComparePreset('no-such-preset');
    expect(store.getState().compareSet?.presetId).toBe('healthy');
  });
});

describe('viewer store: lecture mode and stories', () => {
  it('frames the pelvis region in every story step while in lecture mode, and keeps the step’s own framing otherwise', () => {
    const store = createViewerStore();
    store.getState().openStory('lower-crossed-syndrome');
    expect(store.getState().focus).toBe('body');
    store.getState().setLecture(true);
    expect(store.getState().focus).toBe('spine');
    store.getState().storyBack();
    store.getState().openStory('piriformis');
    expect(store.getState().focus).toBe('spine');
    expect(store.getState().view).toBe('side');
    store.getState().setLecture(false);
    store.getState().openStory('piriformis');
    expect(store.getState().focus).toBe('body');
  });
});
