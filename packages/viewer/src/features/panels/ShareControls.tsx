/**
 * Share: the address bar always holds the exact view (share/store-link.ts);
 * "Copy link" puts it on the clipboard, and shows it selectable where the
 * clipboard is not available (plain http, some school browsers).
 */
import { useState } from 'react';
import { currentLink } from '../share/store-link.ts';
import { useViewer, useViewerStoreApi } from '../../store/use-viewer.ts';

export function ShareControls() {
  const store = useViewerStoreApi();
  const [status, setStatus] = useState<{ kind: 'copied' | 'manual'; link: string } | null>(null);
  // a lab's own trial stays on this computer: the link opens the built-in cycle (share/store-link.ts)
  const trial = useViewer((s) => s.task.kind === 'gait' && s.task.trial !== undefined);
  const trialNote = trial ? ' It opens the built-in gait cycle: your trial\'s files are not in the link.' : '';
  const copy = async () => {
    const link = currentLink(store);
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ kind: 'copied', link });
    } catch {
      setStatus({ kind: 'manual', link });
    }
  };
  return (
    <div className="share" role="group" aria-label="Share">
      <button
        type="button"
        onClick={copy}
        title={`Copy a link that restores this exact view: parameters, task, camera, compare set, lecture step.${trialNote}`}
      >
        Copy link
      </button>
      {status?.kind === 'copied' && (
        <span role="status" className="share__status">
          Link copied ({status.link.length} characters).{trialNote}
        </span>
      )}
      {status?.kind === 'manual' && (
        <label className="share__manual">
          Copy this link{trialNote ? ` (${trialNote.trim()})` : ''}:
          <input type="text" readOnly value={status.link} onFocus={(e) => e.currentTarget.select()} aria-label="Link to this view" />
        </label>
      )}
    </div>
  );
}

/** A refused link: what was wrong with it, and that the defaults are shown instead. Text only, never HTML. */
export function LinkNotice() {
  const errors = useViewer((s) => s.linkNotice);
  const setLinkNotice = useViewer((s) => s.setLinkNotice);
  if (!errors) return null;
  return (
    <div role="alert" className="link-notice" data-testid="link-notice">
      <p>
        <strong>This link could not be used</strong>, so the default view is shown. What was wrong:
      </p>
      <ul>
        {errors.slice(0, 6).map((e, i) => (
          <li key={i}>{e}</li>
        ))}
        {errors.length > 6 && <li>…and {errors.length - 6} more</li>}
      </ul>
      <button type="button" onClick={() => setLinkNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
