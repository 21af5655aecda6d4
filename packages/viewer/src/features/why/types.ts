/**
 * A "Why?" explanation: what the model does to produce an effect, the
 * published findings behind it, and where the model simplifies. The optional
 * `now` says what the answer on screen shows, computed from that answer
 * (never a stored number).
 */
import type { Shown } from '../../store/store.ts';

export interface WhySource {
  /** Author year journal, as in model-spec.md and clinical-background.md. */
  readonly citation: string;
  readonly finding: string;
}

/** What `now` may read: the figure's answer, and the compare set's answer for the same task (if any). */
export interface WhyContext {
  readonly shown: Shown;
  readonly compare: Shown | null;
  readonly compareLabel: string | null;
}

export interface WhyEntry {
  readonly id: string;
  readonly title: string;
  /** One or two sentences in everyday words, shown first (plain.ts; a preset's own description). */
  readonly plain: string;
  /** Two to four sentences: how the model produces the effect (not how the body is said to). */
  readonly mechanism: string;
  readonly sources: readonly WhySource[];
  /** Where the model simplifies (docs/model.md §14 and the preset's honesty note). */
  readonly simplification: string;
  /** One or two sentences on the answer on screen, or null when it has nothing to say for this task. */
  readonly now?: (ctx: WhyContext) => string | null;
}

/** An entry as its area file writes it; the catalogue adds the plain-words lead (plain.ts). */
export type WhyMechanism = Omit<WhyEntry, 'plain'>;
