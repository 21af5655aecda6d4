/**
 * A native select that shows its chosen option's whole name when closed. A
 * closed select draws its value on one line and cuts it at its edge ("Lower
 * crossed syndrome (…" in a laptop's 240-px column), and CSS cannot make it
 * wrap. So the name is drawn by a visible label that wraps at spaces, and the
 * real select lies stretched over it, transparent (layouts.css,
 * `.whole-name-select`): clicks, the keyboard, screen readers and a phone's
 * picker all still reach the native select; the wrapper draws the focus ring.
 * The label is aria-hidden: the select itself says its value.
 */
import type { SelectHTMLAttributes } from 'react';
import { WholeWords } from './WholeWords.tsx';

interface Props extends SelectHTMLAttributes<HTMLSelectElement> {
  /** The chosen option's text, as the closed control shows it. */
  readonly shown: string;
}

export function WholeNameSelect({ shown, className, ...select }: Props) {
  return (
    <span className={`whole-name-select${className ? ` ${className}` : ''}`}>
      <span className="whole-name-select__shown" aria-hidden="true">
        <WholeWords text={shown} />
      </span>
      <select {...select} />
    </span>
  );
}
