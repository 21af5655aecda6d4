/**
 * One displayed number. `data-metric` is its path in the output contract and
 * `data-value` the raw number, so tests read values without parsing text.
 */
import { formatNumber } from '../../lib/format.ts';
import type { WhyTopic } from '../why/topics.ts';
import { WhyButton } from '../why/WhyButton.tsx';

interface Props {
  readonly path: string;
  readonly value: number;
  readonly decimals?: number;
  /** Appended to the number, e.g. "°", " N". */
  readonly suffix?: string;
  readonly className?: string;
  /** The value said in words with its side (lib/signs.ts), shown instead of a signed number; `data-value` stays the raw number. */
  readonly words?: (value: number) => string;
}

export function MetricValue({ path, value, decimals = 1, suffix = '', className, words }: Props) {
  return (
    <span className={className ?? 'metric__value'} data-metric={path} data-value={String(value)}>
      {words ? (
        words(value)
      ) : (
        <>
          {formatNumber(value, decimals)}
          {suffix}
        </>
      )}
    </span>
  );
}

/** A labelled metric as a definition-list row. */
export function MetricRow({ label, hint, why, ...value }: Props & { readonly label: string; readonly hint?: string; readonly why?: WhyTopic }) {
  return (
    <div className="metric" title={hint}>
      <dt>
        {label}
        {why && <WhyButton topic={why} />}
      </dt>
      <dd>
        <MetricValue {...value} />
      </dd>
    </div>
  );
}
