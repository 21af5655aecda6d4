/**
 * Gait phases of a symmetric cycle that starts at right heel strike: right
 * stance [0, toe-off), left stance half a cycle later. Body weight moves from
 * the trailing to the leading leg over each double-support period along a
 * half-cosine [E].
 */
export interface GaitPhases {
  /** Load share carried by each leg, [left, right] per frame (sums to 1). */
  loadShare: [Float64Array, Float64Array];
  /** 1 where the leg is in stance. */
  stance: [Uint8Array, Uint8Array];
  /** 1 where the leg is the only one on the ground. */
  singleSupport: [Uint8Array, Uint8Array];
  /** Time since that leg's heel strike (s), valid in stance. */
  sinceHeelStrikeS: [Float64Array, Float64Array];
}

export function gaitPhases(frames: number, rightToeOff: number, cycleDurationS: number): GaitPhases {
  const ds = rightToeOff - 0.5; // each double-support period
  const shareR = new Float64Array(frames);
  const stanceR = new Uint8Array(frames), stanceL = new Uint8Array(frames);
  const ssR = new Uint8Array(frames), ssL = new Uint8Array(frames);
  const sinceR = new Float64Array(frames), sinceL = new Float64Array(frames);
  for (let i = 0; i < frames; i++) {
    const p = i === frames - 1 ? 0 : i / (frames - 1);
    const pl = (p + 0.5) % 1; // phase of the left leg from its own heel strike
    stanceR[i] = p < rightToeOff ? 1 : 0;
    stanceL[i] = pl < rightToeOff ? 1 : 0;
    ssR[i] = stanceR[i]! && !stanceL[i]! ? 1 : 0;
    ssL[i] = stanceL[i]! && !stanceR[i]! ? 1 : 0;
    sinceR[i] = p * cycleDurationS;
    sinceL[i] = pl * cycleDurationS;
    if (p < ds) shareR[i] = 0.5 * (1 - Math.cos((Math.PI * p) / ds));
    else if (p < 0.5) shareR[i] = 1;
    else if (p < 0.5 + ds) shareR[i] = 0.5 * (1 + Math.cos((Math.PI * (p - 0.5)) / ds));
    else shareR[i] = 0;
  }
  return {
    loadShare: [shareR.map((w) => 1 - w), shareR],
    stance: [stanceL, stanceR],
    singleSupport: [ssL, ssR],
    sinceHeelStrikeS: [sinceL, sinceR],
  };
}

/**
 * Smooth onset and release (docs/model.md §9): each compensation value is spread to its
 * neighbours with a half-cosine taper over `widthFraction` of the cycle, taking
 * the maximum, so peaks keep their size and edges ramp smoothly. Periodic.
 */
export function taperEnvelope(values: Float64Array, widthFraction: number): Float64Array {
  const n = values.length - 1; // unique frames (the last repeats the first)
  const w = Math.max(1, Math.round(widthFraction * n));
  const out = new Float64Array(values.length);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v <= 0) continue;
    for (let d = -w; d <= w; d++) {
      const j = (((i + d) % n) + n) % n;
      const taper = 0.5 * (1 + Math.cos((Math.PI * d) / w));
      const candidate = v * taper;
      if (candidate > out[j]!) out[j] = candidate;
    }
  }
  out[n] = out[0]!;
  return out;
}
