/** The key → action table: every key, the story/gait context, and the keys left to inputs, sliders, buttons and modifiers. */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../lib/presets.ts';
import { SHORTCUTS, shortcutFor, targetKind, type KeyPress, type ShortcutContext, type TargetKind } from './shortcuts.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: 'other',
  ...extra,
});
const ctx = (extra: Partial<ShortcutContext> = {}): ShortcutContext => ({ storyOpen: false, gait: false, helpOpen: false, ...extra });

describe('the shortcut table', () => {
  it('maps each key to its action', () => {
    const gait = ctx({ gait: true });
    expect(shortcutFor(press(' '), gait)).toEqual({ type: 'togglePlay' });
    expect(shortcutFor(press('ArrowRight'), gait)).toEqual({ type: 'gaitStep', delta: 1 });
    expect(shortcutFor(press('ArrowLeft'), gait)).toEqual({ type: 'gaitStep', delta: -1 });
    expect(shortcutFor(press('c'), ctx())).toEqual({ type: 'toggleCompare' });
    expect(shortcutFor(press('C', { shiftKey: true }), ctx())).toEqual({ type: 'toggleCompare' });
    expect(shortcutFor(press('f'), ctx())).toEqual({ type: 'fullscreen' });
    expect(shortcutFor(press('l'), ctx())).toEqual({ type: 'toggleLecture' });
    expect(shortcutFor(press('L', { shiftKey: true }), ctx())).toEqual({ type: 'toggleLecture' });
    expect(shortcutFor(press('?', { shiftKey: true }), ctx())).toEqual({ type: 'toggleHelp' });
    expect(shortcutFor(press('x'), ctx())).toBeNull();
  });

  it('maps 1–9 to the presets in list order (and there are nine to choose from)', () => {
    for (let d = 1; d <= 9; d++) expect(shortcutFor(press(String(d)), ctx())).toEqual({ type: 'preset', index: d - 1 });
    expect(shortcutFor(press('0'), ctx())).toBeNull();
    expect(PRESETS.length).toBeGreaterThanOrEqual(9);
  });

  it('moves the story with ←/→ and PageUp/PageDown while one is open, and the gait frame with Shift+←/→', () => {
    const story = ctx({ storyOpen: true, gait: true });
    expect(shortcutFor(press('ArrowRight'), story)).toEqual({ type: 'storyNext' });
    expect(shortcutFor(press('ArrowLeft'), story)).toEqual({ type: 'storyBack' });
    expect(shortcutFor(press('PageDown'), story)).toEqual({ type: 'storyNext' });
    expect(shortcutFor(press('PageUp'), story)).toEqual({ type: 'storyBack' });
    expect(shortcutFor(press('ArrowRight', { shiftKey: true }), story)).toEqual({ type: 'gaitStep', delta: 1 });
    expect(shortcutFor(press('PageDown'), ctx())).toBeNull();
  });

  it('leaves Space and the arrows alone when there is nothing to play', () => {
    expect(shortcutFor(press(' '), ctx())).toBeNull();
    expect(shortcutFor(press('ArrowRight'), ctx())).toBeNull();
  });

  it('fires nothing while Ctrl, Meta or Alt is held', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      for (const key of [' ', 'ArrowRight', '1', 'c', 'f', 'l', '?', 'Escape']) {
        expect(shortcutFor(press(key, { [mod]: true }), ctx({ gait: true, storyOpen: true, helpOpen: key === 'Escape' })), `${mod}+${key}`).toBeNull();
      }
    }
  });

  it('fires nothing while typing in a text field, a select or a textarea', () => {
    for (const key of [' ', 'ArrowRight', '1', 'c', 'f', 'l', '?', 'PageDown']) {
      expect(shortcutFor(press(key, { target: 'text' }), ctx({ gait: true, storyOpen: true }))).toBeNull();
    }
  });

  it('leaves a focused slider its own keys, and still answers the letter keys there', () => {
    const story = ctx({ gait: true, storyOpen: true });
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']) {
      expect(shortcutFor(press(key, { target: 'range' }), story), key).toBeNull();
    }
    expect(shortcutFor(press('l', { target: 'range' }), story)).toEqual({ type: 'toggleLecture' });
  });

  it('leaves Space to a focused button or checkbox', () => {
    expect(shortcutFor(press(' ', { target: 'activatable' }), ctx({ gait: true }))).toBeNull();
    expect(shortcutFor(press('l', { target: 'activatable' }), ctx())).toEqual({ type: 'toggleLecture' });
  });

  it('while the help is open: Escape or ? closes it, other keys do nothing', () => {
    const help = ctx({ helpOpen: true, gait: true });
    expect(shortcutFor(press('Escape'), help)).toEqual({ type: 'closeHelp' });
    expect(shortcutFor(press('?'), help)).toEqual({ type: 'toggleHelp' });
    expect(shortcutFor(press('l'), help)).toBeNull();
    expect(shortcutFor(press(' '), help)).toBeNull();
    expect(shortcutFor(press('Escape'), ctx())).toBeNull();
  });

  it('classifies focus targets', () => {
    const cases: [Parameters<typeof targetKind>[0], TargetKind][] = [
      [{ tagName: 'INPUT', type: 'text' }, 'text'],
      [{ tagName: 'INPUT', type: 'number' }, 'text'],
      [{ tagName: 'INPUT' }, 'text'],
      [{ tagName: 'SELECT' }, 'text'],
      [{ tagName: 'TEXTAREA' }, 'text'],
      [{ tagName: 'DIV', isContentEditable: true }, 'text'],
      [{ tagName: 'INPUT', type: 'range' }, 'range'],
      [{ tagName: 'INPUT', type: 'checkbox' }, 'activatable'],
      [{ tagName: 'BUTTON' }, 'activatable'],
      [{ tagName: 'SUMMARY' }, 'activatable'],
      [{ tagName: 'BODY' }, 'other'],
      [null, 'other'],
    ];
    for (const [el, kind] of cases) expect(targetKind(el), JSON.stringify(el)).toBe(kind);
  });

  it('documents every action it can return', () => {
    const keys = SHORTCUTS.map((s) => s.keys).join(' ');
    for (const k of ['Space', '←', 'Shift', 'Page Up', '1 – 9', 'C', 'F', 'L', '?', 'Esc']) expect(keys).toContain(k);
  });
});
