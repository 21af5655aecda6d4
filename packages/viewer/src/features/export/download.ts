/**
 * File names of exports and handing a Blob to the browser as a download.
 * Names say what is inside and when it was made:
 * `lumbo-<preset>-<task>-<yyyymmdd-hhmmss>.<ext>` (local time).
 */
import type { ViewerTask } from '../../lib/viewer-task.ts';

/** Lower-case words joined by hyphens; anything else dropped ("Trendelenburg (right)" → "trendelenburg-right"). */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'unnamed';
}

export function taskSlug(task: ViewerTask): string {
  switch (task.kind) {
    case 'single-leg-stance':
      return `single-leg-stance-${task.side}`;
    case 'trunk-flexion':
      return `trunk-flexion-${slug(String(task.angleDeg))}deg`;
    default:
      return task.kind;
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** yyyymmdd-hhmmss in local time (what the person exporting reads on their clock). */
export function timeStamp(date: Date): string {
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

export interface FileNameParts {
  /** The preset's id, or null for parameters not from a named preset (then the label is used). */
  readonly presetId: string | null;
  readonly presetLabel: string;
  readonly modified: boolean;
  readonly task: ViewerTask;
  readonly date: Date;
  /** Without the dot: png, mp4, webm, csv, json. */
  readonly extension: string;
}

export function exportFileName(parts: FileNameParts): string {
  const preset = `${slug(parts.presetId ?? parts.presetLabel)}${parts.modified ? '-modified' : ''}`;
  return `lumbo-${preset}-${taskSlug(parts.task)}-${timeStamp(parts.date)}.${parts.extension}`;
}

/** Starts the browser's download of `blob` under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has its own reference by now; revoking later rather than at once is what every browser tolerates
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
