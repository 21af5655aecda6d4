/**
 * The one list of metrics that carry a "Why?" button. Panels name their
 * button with one of these ids (the type enforces it), the catalogue has an
 * entry for each (catalogue.test.ts), and nothing else decides which metrics
 * are explained.
 */
export const WHY_METRICS = [
  'anterior-tilt',
  'lordosis',
  'compression',
  'asymmetry',
  'ap-shear',
  'intradiscal-pressure',
  'facet-share',
  'pelvic-obliquity',
  'trunk-lateral-lean',
  'abductor-demand',
  'hip-contact-force',
  'hip-extensor-takeover',
  'piriformis',
  'reserves',
] as const;

export type WhyTopic = (typeof WHY_METRICS)[number];
