/**
 * Installs the one keydown listener of the page and performs what the
 * shortcut table (shortcuts.ts) answers. State is read from the store at
 * key time, so the listener is installed once and never re-rendered.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { PRESETS } from '../../lib/presets.ts';
import { usePlayhead, useViewerStoreApi } from '../../store/use-viewer.ts';
import { shortcutFor, targetKind, type ShortcutAction, type TargetLike } from './shortcuts.ts';

/** How long a notice (e.g. "full screen is not available") stays. */
const NOTICE_MS = 6000;

/** Actions that make sense while a key is held down (auto-repeat); toggles would flicker. */
const REPEATABLE = new Set<ShortcutAction['type']>(['gaitStep', 'storyNext', 'storyBack']);

/** Full screen on the app root, or back; rejects when the browser refuses (iframe without permission, no user gesture, no API). */
export async function toggleFullscreen(root: HTMLElement | null): Promise<void> {
  if (document.fullscreenElement) {
    await document.exitFullscreen();
    return;
  }
  if (!root || typeof root.requestFullscreen !== 'function' || document.fullscreenEnabled === false) {
    throw new Error('this browser does not allow it on this page');
  }
  await root.requestFullscreen();
}

export interface Shortcuts {
  readonly helpOpen: boolean;
  setHelpOpen(open: boolean): void;
  /** A short message about a shortcut that could not be carried out, or null. */
  readonly notice: string | null;
}

export function useShortcuts(root: RefObject<HTMLElement | null>): Shortcuts {
  const store = useViewerStoreApi();
  const playhead = usePlayhead();
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const help = useRef(helpOpen);
  help.current = helpOpen;

  useEffect(() => {
    let clear: ReturnType<typeof setTimeout> | undefined;
    const say = (text: string) => {
      clearTimeout(clear);
      setNotice(text);
      clear = setTimeout(() => setNotice(null), NOTICE_MS);
    };
    const perform = (action: ShortcutAction) => {
      const s = store.getState();
      switch (action.type) {
        case 'togglePlay': {
          const last = playhead.frames - 1;
          // as the Play button: a non-looping run that has ended starts again from the beginning
          if (!s.playback.playing && !s.playback.loop && playhead.index >= last) playhead.seek(0);
          s.setPlayback({ playing: !s.playback.playing });
          return;
        }
        case 'gaitStep': {
          const last = playhead.frames - 1;
          if (last <= 0) return;
          if (s.playback.playing) s.setPlayback({ playing: false });
          // the last frame equals the first, so stepping wraps over frames 0 … last − 1
          const next = (((Math.round(playhead.position) + action.delta) % last) + last) % last;
          playhead.seek(next);
          return;
        }
        case 'storyNext':
          s.storyNext();
          return;
        case 'storyBack':
          s.storyBack();
          return;
        case 'preset': {
          const preset = PRESETS[action.index];
          if (preset) s.choosePreset(preset.id);
          return;
        }
        case 'toggleCompare':
          s.toggleCompare();
          return;
        case 'fullscreen':
          toggleFullscreen(root.current).catch((error: unknown) =>
            say(`Full screen is not available: ${error instanceof Error ? error.message : String(error)}.`),
          );
          return;
        case 'toggleLecture':
          s.setLecture(!s.lecture);
          return;
        case 'toggleHelp':
          setHelpOpen(!help.current);
          return;
        case 'closeHelp':
          setHelpOpen(false);
          return;
      }
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const s = store.getState();
      const action = shortcutFor(
        { key: e.key, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, target: targetKind(e.target as TargetLike | null) },
        { storyOpen: s.story !== null, gait: s.shown?.answer.kind === 'gait' && s.task.kind === 'gait', helpOpen: help.current },
      );
      if (!action) return;
      // the key is ours (no page scroll on Space or the arrows), even when a held key is not repeated
      e.preventDefault();
      if (e.repeat && !REPEATABLE.has(action.type)) return;
      perform(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearTimeout(clear);
    };
  }, [store, playhead, root]);

  return { helpOpen, setHelpOpen, notice };
}
