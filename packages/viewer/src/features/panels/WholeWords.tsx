/**
 * The text with each hyphenated word held on one line: browsers may break
 * after a hyphen ("co-|activation"), and a name the room reads (the header's
 * preset, a closed select's chosen name) breaks only at spaces
 * (layouts.css, `.whole-word`). The text content is unchanged.
 */
export function WholeWords({ text }: { text: string }) {
  // split with a capturing group: odd parts are the hyphenated words
  return text.split(/(\S+-\S+)/).map((part, i) => (i % 2 === 1 ? <span key={i} className="whole-word">{part}</span> : part));
}
