/**
 * The page address's query switches (docs/viewer.md, "Switches"), read once at boot:
 * `?gait-preview=on|off` (a coarse 26-frame gait cycle first; default off) and
 * `?render-hold=on|off` (on software WebGL, gait playback holds its frame while the
 * worker solves; default on). Any other value is refused with a message naming the
 * switch, its values and what was received; the switch then keeps its default.
 */
export interface UrlSwitches {
  readonly gaitPreview: boolean;
  readonly renderHold: boolean;
  /** One message per refused switch (empty when all are valid or absent). */
  readonly errors: readonly string[];
}

const SWITCHES = { 'gait-preview': false, 'render-hold': true } as const;

export function readUrlSwitches(search: string): UrlSwitches {
  const q = new URLSearchParams(search);
  const errors: string[] = [];
  const read = (name: keyof typeof SWITCHES): boolean => {
    const values = q.getAll(name);
    const fallback = SWITCHES[name];
    if (values.length === 0) return fallback;
    if (values.length > 1) {
      errors.push(`?${name}: appears ${values.length} times; expected once (on or off); the default (${fallback ? 'on' : 'off'}) is used`);
      return fallback;
    }
    const v = values[0]!;
    if (v === 'on' || v === 'off') return v === 'on';
    errors.push(`?${name}: expected on or off, got ${JSON.stringify(v.slice(0, 40))}; the default (${fallback ? 'on' : 'off'}) is used`);
    return fallback;
  };
  return { gaitPreview: read('gait-preview'), renderHold: read('render-hold'), errors };
}
