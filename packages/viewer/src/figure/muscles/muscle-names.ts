/**
 * Plain names for the model's muscle elements, as a physiotherapist would
 * say them ("Psoas major, from L3 (right)"), for the hover and tap label.
 * Element names are the model's (docs/model.md §4); an element this table
 * does not know falls back to its group's catalogue label.
 */
import { MUSCLE_LABELS, type MuscleGroup, type Side } from '@lumbo/model';

const LEVEL = /_(L[1-5])$/;

const EXACT: Record<string, string> = {
  glmax1: 'Gluteus maximus, upper part',
  glmax2: 'Gluteus maximus, middle part',
  glmax3: 'Gluteus maximus, lower part',
  glmed1: 'Gluteus medius, anterior part',
  glmed2: 'Gluteus medius, middle part',
  glmed3: 'Gluteus medius, posterior part',
  glmin1: 'Gluteus minimus, anterior part',
  glmin2: 'Gluteus minimus, middle part',
  glmin3: 'Gluteus minimus, posterior part',
  iliacus: 'Iliacus',
  piri: 'Piriformis',
  tfl: 'Tensor fasciae latae',
  semimem: 'Semimembranosus (hamstrings)',
  bflh: 'Biceps femoris, long head (hamstrings)',
  recfem: 'Rectus femoris',
  adductors: 'Adductors longus and brevis',
  vasti: 'Vasti (quadriceps)',
  gastroc: 'Gastrocnemius',
  es_thoracic: 'Erector spinae, to the thorax',
  ql_rib: 'Quadratus lumborum, to the 12th rib',
  ql_rib12: 'Quadratus lumborum, to the 12th rib',
  es_ILpt: 'Iliocostalis lumborum, thoracic part',
  es_LTpt_sacral: 'Longissimus thoracis, thoracic part (sacral slip)',
  ql_L2: 'Quadratus lumborum, to L2',
  rectus_abdominis: 'Rectus abdominis',
  ext_oblique: 'External oblique',
  int_oblique: 'Internal oblique',
};

const BY_PREFIX: Record<string, string> = {
  psoas: 'Psoas major, from',
  es_lumbar: 'Erector spinae, lumbar slip to',
  multifidus: 'Multifidus, to',
};

/** The plain name of a model element ("piri_r" or "piri"), or null when the table does not know it. */
/** Named by pattern (the model's v2 lumbar elements: psoas slips, erector and multifidus fascicles, QL slips). */
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^psoas_(T12|L[1-5])I$/, (m) => `Psoas major, from the ${m[1]} body`],
  [/^psoas_(L[1-5])T$/, (m) => `Psoas major, from the ${m[1]} transverse process`],
  [/^es_ILpl_(L[1-5])$/, (m) => `Iliocostalis lumborum, lumbar part, to ${m[1]}`],
  [/^es_LTpl_(L[1-5])$/, (m) => `Longissimus thoracis, lumbar part, to ${m[1]}`],
  [/^es_LTpt_(L[1-5])$/, (m) => `Longissimus thoracis, thoracic part (${m[1]} slip)`],
  [/^mf_MF[a-z]*(L[1-5])/, (m) => `Multifidus, from ${m[1]}`],
  [/^ql_(L[1-5])$/, (m) => `Quadratus lumborum, to ${m[1]}`],
];

export function plainMuscleName(elementName: string): string | null {
  const element = elementName.replace(/_[lr]$/, '');
  const exact = EXACT[element];
  if (exact) return exact;
  for (const [re, name] of PATTERNS) {
    const m = re.exec(element);
    if (m) return name(m);
  }
  const level = LEVEL.exec(element);
  if (level) {
    const prefix = BY_PREFIX[element.slice(0, level.index)];
    if (prefix) return `${prefix} ${level[1]}`;
  }
  return null;
}

/** "Piriformis (right)"; unknown elements get their group's label. */
export function muscleLabel(element: string, group: MuscleGroup, side: Side): string {
  return `${plainMuscleName(element) ?? MUSCLE_LABELS[group]} (${side})`;
}
