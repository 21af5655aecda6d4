/** Fixed scene colours (sRGB CSS strings). */
export const BONE = '#e4dac0';
export const BONE_DARK = '#cfc3a4';
export const BACKGROUND = '#f3f5f8';
export const FLOOR = '#dde3ea';
export const GRAVITY = '#1f5fbf';
export const ANNOTATION = '#333a44';
/** Props that are not anatomy (the seat in sitting). */
export const PROP = '#c3ccd8';
