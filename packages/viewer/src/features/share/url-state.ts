/**
 * The viewer's state in a link: parameters, task, camera, compare set,
 * lecture mode and story step, in the URL's hash as `key=value` pairs
 * (never sent to a server). Parameters are written as changes from their
 * preset (`p`), so a preset alone is a short link:
 *
 *   #p=lower-crossed-syndrome&x=gmed.R.str~0.3&t=gait&v=back&c=healthy&lec=1
 *
 * Reading is strict and never executes anything: every key is known, every
 * preset and story id is looked up in its list, every parameter path in the
 * model's catalogue and every value checked against its range. Any problem
 * rejects the whole link with messages that name the field, what is allowed
 * and what was received; the caller then shows the defaults.
 */
import { ALL_FIELDS, DEFAULT_PARAMS, type ModelParams } from '@lumbo/model';
import { getNumberAt, mergeParams, setNumberAt } from '../../lib/params-path.ts';
import { findPreset, PRESETS } from '../../lib/presets.ts';
import type { CameraFocus, CameraView, CompareLayout } from '../../store/store.ts';
import type { ViewerTask } from '../../lib/viewer-task.ts';
import { PATH_BY_SHORT, SHORT_BY_PATH } from './short-names.ts';

/** Links longer than this are refused unread (a real link is a few hundred characters). */
export const MAX_LINK_CHARS = 4000;
/** Link format version, `s=1`; a future format gets 2 and this reader refuses it by name. */
export const LINK_VERSION = 1;

export interface ParamSet {
  /** The preset the parameters start from (null: the model defaults). */
  readonly presetId: string | null;
  readonly params: ModelParams;
}

export interface SharedStory {
  readonly id: string;
  /** 0-based step. */
  readonly step: number;
  readonly phase: 'predict' | 'shown';
}

export interface SharedState {
  readonly current: ParamSet;
  readonly task: ViewerTask;
  readonly view: CameraView;
  readonly focus: CameraFocus;
  /** null: no compare figure. */
  readonly compare: ParamSet | null;
  readonly compareLayout: CompareLayout;
  readonly lecture: boolean;
  readonly story: SharedStory | null;
}

const FIELD_BY_PATH = new Map(ALL_FIELDS.map((f) => [f.path, f]));
const VIEWS: readonly CameraView[] = ['side', 'back', 'front', 'free'];
const PRESET_IDS = PRESETS.map((p) => p.id);
const KNOWN_KEYS = ['s', 'p', 'x', 't', 'v', 'f', 'c', 'cx', 'cl', 'lec', 'st'] as const;

/** Shortest decimal that round-trips the slider resolution (4 decimals is finer than any slider step). */
function formatValue(v: number): string {
  return String(Number(v.toFixed(4)));
}

function presetParams(presetId: string | null): ModelParams {
  const preset = presetId === null ? undefined : findPreset(presetId);
  return mergeParams(DEFAULT_PARAMS, preset?.params ?? {});
}

/** `path~value` pairs, joined by `_`, for every catalogue field that differs from the preset's value. */
function encodeChanges(set: ParamSet): string {
  const base = presetParams(set.presetId);
  const parts: string[] = [];
  for (const field of ALL_FIELDS) {
    const value = getNumberAt(set.params, field.path);
    if (value === undefined || formatValue(value) === formatValue(getNumberAt(base, field.path) ?? Number.NaN)) continue;
    parts.push(`${SHORT_BY_PATH.get(field.path)}~${formatValue(value)}`);
  }
  return parts.join('_');
}

function encodeTask(task: ViewerTask): string {
  switch (task.kind) {
    case 'single-leg-stance':
      return `sls.${task.side === 'left' ? 'L' : 'R'}`;
    case 'trunk-flexion':
      return `flex.${formatValue(task.angleDeg)}`;
    default:
      return task.kind;
  }
}

/** The hash (with its leading `#`) that restores `state`. Keys at their default are left out. */
export function encodeSharedState(state: SharedState): string {
  const q = new URLSearchParams();
  q.set('s', String(LINK_VERSION));
  if (state.current.presetId !== null) q.set('p', state.current.presetId);
  const x = encodeChanges(state.current);
  if (x) q.set('x', x);
  if (state.task.kind !== 'standing') q.set('t', encodeTask(state.task));
  if (state.view !== 'side') q.set('v', state.view);
  if (state.focus !== 'body') q.set('f', state.focus);
  if (state.compare === null) q.set('c', 'none');
  else {
    q.set('c', state.compare.presetId ?? 'custom');
    const cx = encodeChanges(state.compare);
    if (cx) q.set('cx', cx);
  }
  if (state.compareLayout !== 'overlay') q.set('cl', state.compareLayout);
  if (state.lecture) q.set('lec', '1');
  if (state.story) q.set('st', `${state.story.id}.${state.story.step + 1}.${state.story.phase === 'predict' ? 'p' : 's'}`);
  // URLSearchParams escapes what needs it, and `~` too, though it is unreserved (RFC 3986 §2.3): keep it readable
  return `#${q.toString().replace(/%7E/g, '~')}`;
}

/** A received value for a message: quoted, cut short, control characters shown as "?". */
function shown(raw: string): string {
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 37)}...` : clean);
}

export type DecodeResult = { readonly ok: true; readonly state: SharedState } | { readonly ok: false; readonly errors: readonly string[] };

/** A number in plain decimal notation only (no hex, no exponent, no "Infinity"). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function decodeChanges(raw: string, base: ModelParams, key: string, errors: string[]): ModelParams {
  let params = base;
  if (raw === '') return params;
  for (const pair of raw.split('_')) {
    const [short, value, ...rest] = pair.split('~');
    const path = short === undefined ? undefined : PATH_BY_SHORT.get(short);
    const field = path === undefined ? undefined : FIELD_BY_PATH.get(path);
    if (!field || value === undefined || rest.length > 0) {
      errors.push(`${key}: ${shown(pair)} is not a parameter change; expected name~value with a name from the parameter list (e.g. gmed.R.str~0.3)`);
      continue;
    }
    const v = DECIMAL.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(v) || v < field.min || v > field.max) {
      errors.push(`${key}: ${field.path} must be a number within [${field.min}, ${field.max}] ${field.unit}, got ${shown(value)}`);
      continue;
    }
    params = setNumberAt(params, field.path, v);
  }
  return params;
}

function decodePreset(raw: string | null, key: string, errors: string[]): string | null {
  if (raw === null) return null;
  if (PRESET_IDS.includes(raw)) return raw;
  errors.push(`${key}: expected a preset id (${PRESET_IDS.join(', ')}), got ${shown(raw)}`);
  return null;
}

function decodeTask(raw: string | null, errors: string[]): ViewerTask {
  if (raw === null || raw === 'standing') return { kind: 'standing' };
  if (raw === 'sitting' || raw === 'gait') return { kind: raw };
  if (raw === 'sls.L' || raw === 'sls.R') return { kind: 'single-leg-stance', side: raw === 'sls.L' ? 'left' : 'right' };
  const flex = /^flex\.(\d+(\.\d+)?)$/.exec(raw);
  if (flex && Number(flex[1]) <= 90) return { kind: 'trunk-flexion', angleDeg: Number(flex[1]) };
  errors.push(`t: expected standing, sitting, gait, sls.L, sls.R or flex.<0–90 degrees>, got ${shown(raw)}`);
  return { kind: 'standing' };
}

/**
 * Reads a hash (`#…`, or empty). `storyIds` and `storySteps` say which
 * stories exist and how many steps each has (the stories live in the
 * viewer's story catalogue; passed in to keep this file pure).
 */
export function decodeSharedState(hash: string, storySteps: ReadonlyMap<string, number>): DecodeResult {
  if (hash.length > MAX_LINK_CHARS) return { ok: false, errors: [`the link is ${hash.length} characters long; at most ${MAX_LINK_CHARS} are read`] };
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const errors: string[] = [];
  for (const key of new Set(q.keys())) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) errors.push(`unknown link field ${shown(key)}; known fields: ${KNOWN_KEYS.join(', ')}`);
    else if (q.getAll(key).length > 1) errors.push(`${key}: appears ${q.getAll(key).length} times; expected once`);
  }
  const version = q.get('s');
  if (version !== null && version !== String(LINK_VERSION)) errors.push(`s: link format ${LINK_VERSION} is supported, got ${shown(version)}`);

  const presetId = decodePreset(q.get('p'), 'p', errors);
  const current: ParamSet = { presetId, params: decodeChanges(q.get('x') ?? '', presetParams(presetId), 'x', errors) };
  const task = decodeTask(q.get('t'), errors);

  const viewRaw = q.get('v') ?? 'side';
  const view = (VIEWS as readonly string[]).includes(viewRaw) ? (viewRaw as CameraView) : (errors.push(`v: expected ${VIEWS.join(', ')}, got ${shown(viewRaw)}`), 'side');
  const focusRaw = q.get('f') ?? 'body';
  const focus: CameraFocus = focusRaw === 'body' || focusRaw === 'spine' ? focusRaw : (errors.push(`f: expected body or spine, got ${shown(focusRaw)}`), 'body');

  const compareRaw = q.get('c') ?? 'healthy';
  let compare: ParamSet | null = null;
  if (compareRaw !== 'none') {
    const comparePreset = compareRaw === 'custom' ? null : decodePreset(compareRaw, 'c', errors);
    compare = { presetId: comparePreset, params: decodeChanges(q.get('cx') ?? '', presetParams(comparePreset), 'cx', errors) };
  } else if (q.has('cx')) errors.push('cx: parameter changes for a compare set, but c=none');
  const layoutRaw = q.get('cl') ?? 'overlay';
  const compareLayout: CompareLayout = layoutRaw === 'overlay' || layoutRaw === 'beside' ? layoutRaw : (errors.push(`cl: expected overlay or beside, got ${shown(layoutRaw)}`), 'overlay');

  const lectureRaw = q.get('lec') ?? '0';
  const lecture = lectureRaw === '1' ? true : lectureRaw === '0' ? false : (errors.push(`lec: expected 0 or 1, got ${shown(lectureRaw)}`), false);

  let story: SharedStory | null = null;
  const storyRaw = q.get('st');
  if (storyRaw !== null) {
    const m = /^([a-z0-9-]+)\.(\d{1,3})\.(p|s)$/.exec(storyRaw);
    const steps = m ? storySteps.get(m[1]!) : undefined;
    if (!m || steps === undefined) errors.push(`st: expected <story id>.<step>.<p|s> with a story id from ${[...storySteps.keys()].join(', ')}, got ${shown(storyRaw)}`);
    else if (Number(m[2]) < 1 || Number(m[2]) > steps) errors.push(`st: story ${m[1]} has steps 1–${steps}, got ${m[2]}`);
    else story = { id: m[1]!, step: Number(m[2]) - 1, phase: m[3] === 'p' ? 'predict' : 'shown' };
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, state: { current, task, view, focus, compare, compareLayout, lecture, story } };
}
