/**
 * The keyboard shortcuts as one pure table: a key press (with what has focus
 * and what is open) → an action, or null to leave the key to the browser.
 * The hook in use-shortcuts.ts installs the one listener and performs the
 * actions; the help overlay and docs/viewer.md list SHORTCUTS.
 *
 * Arrow keys: while a story is open, ←/→ go back/forward in the story (what
 * a presenter's clicker sends) and Shift+←/→ step the gait frame; without a
 * story, ←/→ step the gait frame. PageUp/PageDown always move the story.
 * Nothing fires while a text field or select has focus or Ctrl/Meta/Alt is
 * held; a focused slider keeps its arrow, Page and Home/End keys, and a
 * focused button or checkbox keeps Space and Enter.
 */

export type ShortcutAction =
  | { readonly type: 'togglePlay' }
  | { readonly type: 'gaitStep'; readonly delta: 1 | -1 }
  | { readonly type: 'storyNext' }
  | { readonly type: 'storyBack' }
  /** Index into the preset list (0 for key 1). */
  | { readonly type: 'preset'; readonly index: number }
  | { readonly type: 'toggleCompare' }
  | { readonly type: 'fullscreen' }
  | { readonly type: 'toggleLecture' }
  | { readonly type: 'toggleHelp' }
  | { readonly type: 'closeHelp' };

/** What has focus, as far as shortcuts care. */
export type TargetKind = 'text' | 'range' | 'activatable' | 'other';

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: TargetKind;
}

export interface ShortcutContext {
  readonly storyOpen: boolean;
  readonly gait: boolean;
  readonly helpOpen: boolean;
}

/** The parts of a DOM element the classification reads (a plain object in tests). */
export interface TargetLike {
  readonly tagName?: string;
  readonly type?: string;
  readonly isContentEditable?: boolean;
}

const ACTIVATABLE_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'color', 'file']);

export function targetKind(el: TargetLike | null | undefined): TargetKind {
  if (!el || typeof el.tagName !== 'string') return 'other';
  const tag = el.tagName.toUpperCase();
  if (el.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return 'text';
  if (tag === 'INPUT') {
    const type = (el.type ?? 'text').toLowerCase();
    if (type === 'range') return 'range';
    return ACTIVATABLE_INPUTS.has(type) ? 'activatable' : 'text';
  }
  if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return 'activatable';
  return 'other';
}

/** Keys a focused slider uses itself. */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

export function shortcutFor(press: KeyPress, ctx: ShortcutContext): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.target === 'text') return null;
  if (press.target === 'range' && SLIDER_KEYS.has(press.key)) return null;
  const { key } = press;
  if (key === 'Escape') return ctx.helpOpen ? { type: 'closeHelp' } : null;
  if (key === '?') return { type: 'toggleHelp' };
  // the help is a modal dialog: only its own keys act while it is open
  if (ctx.helpOpen) return null;
  if (key === ' ' || key === 'Spacebar') {
    if (press.target === 'activatable') return null;
    return ctx.gait ? { type: 'togglePlay' } : null;
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const delta = key === 'ArrowRight' ? 1 : -1;
    if (ctx.storyOpen && !press.shiftKey) return { type: delta > 0 ? 'storyNext' : 'storyBack' };
    return ctx.gait ? { type: 'gaitStep', delta } : null;
  }
  if (key === 'PageDown' || key === 'PageUp') {
    if (!ctx.storyOpen) return null;
    return { type: key === 'PageDown' ? 'storyNext' : 'storyBack' };
  }
  if (/^[1-9]$/.test(key)) return { type: 'preset', index: Number(key) - 1 };
  switch (key.toLowerCase()) {
    case 'c':
      return { type: 'toggleCompare' };
    case 'f':
      return { type: 'fullscreen' };
    case 'l':
      return { type: 'toggleLecture' };
    default:
      return null;
  }
}

/** Every shortcut, for the help overlay and the docs. */
export const SHORTCUTS: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: 'Space', does: 'Play or pause the gait cycle' },
  { keys: '← / →', does: 'Previous / next story step while a story is open; otherwise one gait frame back / forward (pauses)' },
  { keys: 'Shift + ← / →', does: 'One gait frame back / forward, also while a story is open' },
  { keys: 'Page Up / Page Down', does: 'Previous / next story step (a presenter clicker sends these)' },
  { keys: '1 – 9', does: 'Choose the preset at that place in the preset list' },
  { keys: 'C', does: 'Compare on or off (the healthy preset)' },
  { keys: 'F', does: 'Full screen on or off' },
  { keys: 'L', does: 'Lecture mode on or off' },
  { keys: '?', does: 'Show or hide this list' },
  { keys: 'Esc', does: 'Close this list' },
];
