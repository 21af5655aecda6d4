/**
 * The header's "Shortcuts" button, the help overlay listing every shortcut
 * (a modal dialog; Escape, ? or the Close button close it and focus returns
 * where it was), and the notice when a shortcut could not be carried out.
 */
import { useEffect, useId, useRef, type RefObject } from 'react';
import { SHORTCUTS } from './shortcuts.ts';
import { useShortcuts } from './use-shortcuts.ts';

function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const id = useId();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="shortcut-help" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="shortcut-help__dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <table className="shortcut-help__table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="shortcut-help__note">Shortcuts do nothing while a text field or list has focus, or with Ctrl, Alt or ⌘ held; a focused slider keeps its own arrow keys.</p>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

export function KeyboardShortcuts({ root }: { root: RefObject<HTMLElement | null> }) {
  const { helpOpen, setHelpOpen, notice } = useShortcuts(root);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setHelpOpen(true)} title="Keyboard shortcuts (?)">
        {/* the word may be hidden where the header is short of room (lecture mode on a laptop): still read, the ? stays */}
        <span className="shortcuts-button__word">Shortcuts</span> <kbd>?</kbd>
      </button>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      <p className="shortcut-notice" role="status">
        {notice}
      </p>
    </>
  );
}
