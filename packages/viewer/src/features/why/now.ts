/**
 * Helpers for the "now" sentences: read the answer on screen (static result
 * or gait cycle) and phrase it, with the compare set beside it when it
 * answers the same task. Numbers always come from the answers.
 */
import type { GaitResult, LevelName, TaskResult } from '@lumbo/model';
import { formatNumber } from '../../lib/format.ts';
import type { Shown } from '../../store/store.ts';
import type { WhyContext } from './types.ts';

export const fmt = formatNumber;

export function staticResult(s: Shown | null): TaskResult | null {
  return s?.answer.kind === 'static' ? s.answer.result : null;
}

export function gaitResult(s: Shown | null): GaitResult | null {
  return s?.answer.kind === 'gait' ? s.answer.gait : null;
}

export function level(r: TaskResult, name: LevelName) {
  return r.lumbar.levels.find((l) => l.level === name);
}

/** ", against 12.3° for the compare set “label” (4.5° less)" — empty when there is no comparable value. */
export function versus(ctx: WhyContext, value: number, other: number | null | undefined, decimals: number, unit: string, more = 'more', less = 'less'): string {
  if (other === null || other === undefined || !Number.isFinite(other)) return '';
  const d = value - other;
  const diff = Math.abs(d) < 0.5 * 10 ** -decimals ? 'the same' : `${fmt(Math.abs(d), decimals)}${unit} ${d > 0 ? more : less}`;
  return `, against ${fmt(other, decimals)}${unit} for the compare set${ctx.compareLabel ? ` “${ctx.compareLabel}”` : ''} (${diff})`;
}

export function maxOf(a: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) m = Math.max(m, a[i]!);
  return m;
}

export function meanOf(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return a.length ? s / a.length : Number.NaN;
}

export function taskName(s: Shown): string {
  const t = s.task;
  switch (t.kind) {
    case 'standing':
      return 'standing';
    case 'sitting':
      return 'sitting';
    case 'gait':
      return 'the gait cycle';
    case 'single-leg-stance':
      return `single-leg stance on the ${t.side} leg`;
    case 'trunk-flexion':
      return `${fmt(t.angleDeg, 0)}° of trunk flexion`;
  }
}

/** "right side 3.2° lower" for an obliquity (+ = right side lower). */
export function obliquityWords(deg: number): string {
  if (Math.abs(deg) < 0.05) return 'level';
  return `${fmt(Math.abs(deg), 1)}° lower on the ${deg > 0 ? 'right' : 'left'}`;
}

/** "4.1° to the right" for a lateral lean (+ = right). */
export function leanWords(deg: number): string {
  if (Math.abs(deg) < 0.05) return 'upright';
  return `${fmt(Math.abs(deg), 1)}° to the ${deg > 0 ? 'right' : 'left'}`;
}
