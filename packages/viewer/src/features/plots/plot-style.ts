/**
 * How each kind of plotted line looks. Colours are Okabe–Ito (safe for the
 * common colour-vision deficiencies); a hue never carries meaning alone:
 * right-side and capacity lines also carry markers, compare lines are dashed,
 * the normative corridor is a grey band.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** What a line is, which fixes its colour and markers (the compare role adds the dash). */
export type LineKind = 'quantity' | 'left' | 'right' | 'demand' | 'capacity';
export type LineRole = 'current' | 'compare';

export interface LineLook {
  readonly colour: string;
  /** Markers every `MARKER_EVERY_FRAMES` frames: the cue that does not rely on hue. */
  readonly markers: boolean;
}

export const LINE_LOOK: Record<LineKind, LineLook> = {
  quantity: { colour: OKABE_ITO.black, markers: false },
  left: { colour: OKABE_ITO.blue, markers: false },
  right: { colour: OKABE_ITO.vermillion, markers: true },
  demand: { colour: OKABE_ITO.black, markers: false },
  capacity: { colour: OKABE_ITO.bluishGreen, markers: true },
};

/** Line widths in CSS pixels: the current figure is drawn heavier than its compare set. */
export const LINE_WIDTH_PX: Record<LineRole, number> = { current: 3, compare: 2.5 };
/** Dash pattern of compare lines (CSS pixels), long enough to read on a projector. */
export const COMPARE_DASH_PX = [10, 6] as const;
export const MARKER_EVERY_FRAMES = 10;
export const MARKER_SIZE_PX = 9;

export const CORRIDOR_FILL = 'rgba(0, 0, 0, 0.13)';
export const CORRIDOR_MEAN_COLOUR = '#6b6b6b';
/** Double support (both feet on the ground) behind the lines. */
export const DOUBLE_SUPPORT_FILL = 'rgba(86, 180, 233, 0.16)';

/** Axis and tick type: large, because the viewer is projected in lectures. */
export const AXIS_FONT = '16px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
export const AXIS_LABEL_FONT = 'bold 16px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
