/** Fixed scene colours (sRGB CSS strings). */
export const BONE = '#e4dac0';
export const BONE_DARK = '#cfc3a4';
export const BACKGROUND = '#f3f5f8';
export const FLOOR = '#dde3ea';
export const GRAVITY = '#1f5fbf';
export const ANNOTATION = '#333a44';
/** Props that are not anatomy (the seat in sitting). */
export const PROP = '#c3ccd8';
/** Outline sheath of tight or high-tone muscles: a blue that no activation shade (light to dark red) comes near. */
export const TENSION = '#2b6cb0';
/** The compare figure (ghost): translucent slate. */
export const REFERENCE = '#8c9bb5';
export const REFERENCE_OPACITY = 0.5;
/** Force arrows at L4/L5 and L5/S1. */
export const COMPRESSION_ARROW = '#1b1f24';
/**
 * Teal, not the earlier orange (#d95f02): the arrows are drawn over muscle rods,
 * and orange sat within ΔE00 9 of the activation reds for normal vision and
 * 1–6 under simulated dichromacy (cvd.test.ts). Teal keeps ≥ 15 from every
 * activation and disc shade, the bones and the other arrow for all viewers.
 */
export const SHEAR_ARROW = '#00a6a6';
