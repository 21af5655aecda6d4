/**
 * The 3-D standing model's expected directions (docs/model.md §12.2): for each one-sided or bilateral change, the
 * direction in which posture and loads should move, derived from the muscles' lines of action and the cited studies
 * before the model existed. No published magnitudes exist for these, so each row is a sign (or a "stays small"
 * bound), printed with the model's value. Nothing in the model was tuned to them: they are predictions. A row the
 * model misses stays a MISS here, with the reason named in docs/model.md §12.1; a row that starts to pass fails
 * until its mark is removed.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, solveTask, type LevelResult, type PartialModelParams, type TaskResult } from '@lumbo/model';
import { report } from '../report.ts';

const standing = (p: PartialModelParams): TaskResult => solveTask(compileModel(p), { kind: 'standing' });
const level = (r: TaskResult, name: LevelResult['level']): LevelResult => r.lumbar.levels.find((l) => l.level === name)!;

/** A sign: strictly positive (anything above round-off; the healthy subject is symmetric to 1e-9). */
const POSITIVE = [1e-6, Infinity] as const;
const NEGATIVE = [-Infinity, -1e-6] as const;

interface Direction {
  readonly id: string;
  readonly quantity: string;
  readonly value: (r: TaskResult, h: TaskResult) => number;
  readonly band: readonly [number, number];
  readonly unit: string;
  readonly reference: string;
  readonly knownMiss?: string;
}

interface Change {
  readonly label: string;
  readonly params: PartialModelParams;
  readonly rows: readonly Direction[];
}

const UPPER = ['L1/L2', 'L2/L3', 'L3/L4'] as const;
const LOWER = ['L4/L5', 'L5/S1'] as const;
const ALL = [...UPPER, ...LOWER] as const;
const bend = (r: TaskResult, n: LevelResult['level']) => level(r, n).lateralBendDeg;
const turn = (r: TaskResult, n: LevelResult['level']) => level(r, n).axialRotationDeg;
const extensionChange = (r: TaskResult, h: TaskResult, n: LevelResult['level']) => level(r, n).angleDeg - level(h, n).angleDeg;
/** Right minus left disc half (N): + = the right half carries more. */
const discRightMinusLeft = (r: TaskResult, n: LevelResult['level']) => level(r, n).rightCompressionN - level(r, n).leftCompressionN;
const facetRightMinusLeft = (r: TaskResult, n: LevelResult['level']) => level(r, n).rightFacetForceN - level(r, n).leftFacetForceN;

const CHANGES: readonly Change[] = [
  {
    label: 'right iliopsoas tone 1',
    params: { muscles: { iliopsoas: { right: { tone: 1 } } } },
    rows: [
      ...LOWER.map((n): Direction => ({ id: 'D01', quantity: `${n} lateral bend (+ = right)`, value: (r) => bend(r, n), band: POSITIVE, unit: '°', reference: 'bends right: the psoas\'s lateral arms grow to +4.6 cm at L5/S1 (AMMR geometry; Andersson 1995)' })),
      { id: 'D02', quantity: 'largest right bend at L4/L5–L5/S1 minus the largest at L1/L2–L3/L4', value: (r) => Math.max(...LOWER.map((n) => bend(r, n))) - Math.max(...UPPER.map((n) => bend(r, n))), band: POSITIVE, unit: '°', reference: 'the right bend is largest at L4–S1' },
      { id: 'D03', quantity: 'L1/L2 bend minus L5/S1 bend', value: (r) => bend(r, 'L1/L2') - bend(r, 'L5/S1'), band: NEGATIVE, unit: '°', reference: 'with the thorax held upright, the upper levels bend relatively left' },
      ...LOWER.map((n): Direction => ({ id: 'D04', quantity: `${n} disc halves, right minus left`, value: (r) => discRightMinusLeft(r, n), band: POSITIVE, unit: 'N', reference: 'the right halves carry more (the concave side of the bend)' })),
      ...LOWER.map((n): Direction => ({ id: 'D05', quantity: `${n} facets, right minus left`, value: (r) => facetRightMinusLeft(r, n), band: POSITIVE, unit: 'N', reference: 'the right facets carry more (Jaumard 2011: the facet on the concave side)' })),
      { id: 'D06', quantity: 'pelvic rotation', value: (r) => r.pelvis.axialRotationDeg, band: [-0.5, 0.5], unit: '°', reference: '≈ 0: the psoas has almost no hip rotation arm (Rajagopal 2016 paths); bound ±0.5° [E]' },
      { id: 'D07', quantity: 'smallest compression increase over the five levels', value: (r, h) => Math.min(...ALL.map((n) => level(r, n).compressionN - level(h, n).compressionN)), band: POSITIVE, unit: 'N', reference: 'compression rises at every level it crosses (Bogduk 1992)' },
    ],
  },
  {
    label: 'right piriformis stiffness 3, tone 1',
    params: { muscles: { piriformis: { right: { stiffness: 3, tone: 1 } } } },
    rows: [
      { id: 'D08', quantity: 'pelvic rotation (+ = turns left)', value: (r) => r.pelvis.axialRotationDeg, band: POSITIVE, unit: '°', reference: 'turns left, right hemipelvis forward: the hip external-rotation arm −2.6 cm with the femurs held (Rajagopal 2016)' },
      { id: 'D09', quantity: 'pelvic obliquity (+ = right side down)', value: (r) => r.pelvis.obliquityDeg, band: POSITIVE, unit: '°', reference: 'right side slightly down: the abduction arm −2.4 cm' },
      { id: 'D10', quantity: 'anterior pelvic tilt change', value: (r, h) => r.pelvis.anteriorTiltDeg - h.pelvis.anteriorTiltDeg, band: NEGATIVE, unit: '°', reference: 'a slight posterior tilt' },
      { id: 'D11', quantity: 'largest axial rotation over the five levels (+ = upper turns left)', value: (r) => Math.max(...ALL.map((n) => turn(r, n))), band: NEGATIVE, unit: '°', reference: 'the lumbar spine counter-rotates: every upper vertebra turns right relative to the one below' },
      {
        id: 'D12',
        quantity: 'largest counter-rotation at L2–L4 minus the largest elsewhere',
        value: (r) => Math.max(...(['L2/L3', 'L3/L4'] as const).map((n) => -turn(r, n))) - Math.max(...(['L1/L2', 'L4/L5', 'L5/S1'] as const).map((n) => -turn(r, n))),
        band: POSITIVE,
        unit: '°',
        reference: 'the counter-rotation is largest at L2–L4 (their rotational ROM)',
        knownMiss: 'L1/L2 turns 0.02° more than L2/L3: inside the neutral zones the postural feedback, not the ROM, sets the shares; docs/model.md §12.1',
      },
      {
        id: 'D13',
        quantity: 'L5/S1 facets, left minus right',
        value: (r) => -facetRightMinusLeft(r, 'L5/S1'),
        band: POSITIVE,
        unit: 'N',
        reference: 'the left facet carries more: contralateral to the right relative turn (Jaumard 2011), and the lower levels bend left',
        knownMiss: 'the L5/S1 twist lies inside the neutral zone and the level bends right; docs/model.md §12.1',
      },
      {
        id: 'D14',
        quantity: 'L4/L5 + L5/S1 lateral bend (+ = right)',
        value: (r) => bend(r, 'L4/L5') + bend(r, 'L5/S1'),
        band: NEGATIVE,
        unit: '°',
        reference: 'the lower levels bend left over the right-down sacrum',
        knownMiss: 'the lower levels bend right with the sacrum and the upper levels bring the thorax back (an S-shape); docs/model.md §12.1',
      },
      {
        id: 'D15',
        quantity: 'L5/S1 disc halves, left minus right',
        value: (r) => -discRightMinusLeft(r, 'L5/S1'),
        band: POSITIVE,
        unit: 'N',
        reference: 'the left half slightly more loaded, from the left bend',
        knownMiss: 'follows D14: L5/S1 bends right, so its right half carries 0.9 N more; docs/model.md §12.1',
      },
    ],
  },
  {
    label: 'right gluteus maximus strength 0',
    params: { muscles: { gluteusMaximus: { right: { strength: 0 } } } },
    rows: [
      { id: 'D16', quantity: 'anterior pelvic tilt change', value: (r, h) => r.pelvis.anteriorTiltDeg - h.pelvis.anteriorTiltDeg, band: [1e-6, 2], unit: '°', reference: 'near zero in quiet standing, a slight anterior tilt if its habitual ~1 % drive falls (Kendall 2013: no change after an abductor block); bound 2° [E]' },
      { id: 'D17', quantity: 'pelvic rotation (+ = turns left)', value: (r) => r.pelvis.axialRotationDeg, band: NEGATIVE, unit: '°', reference: 'a slight turn right, the opposite of a stiff piriformis (its external-rotation arm −2.1 to −2.4 cm)' },
      { id: 'D18', quantity: 'smallest axial rotation over the five levels (+ = upper turns left)', value: (r) => Math.min(...ALL.map((n) => turn(r, n))), band: POSITIVE, unit: '°', reference: 'the lumbar spine turns relatively left' },
      {
        id: 'D19',
        quantity: 'L5/S1 facets, right minus left',
        value: (r) => facetRightMinusLeft(r, 'L5/S1'),
        band: POSITIVE,
        unit: 'N',
        reference: 'the right L5/S1 facet a little more loaded (contralateral to the left relative turn)',
        knownMiss: 'the left facet carries 0.08 N more: the L5/S1 turn (+0.03°) lies inside the neutral zone and the level\'s small left bend decides; docs/model.md §12.1',
      },
      { id: 'D20', quantity: 'largest |right − left| disc half difference over the five levels, per level compression', value: (r) => Math.max(...ALL.map((n) => Math.abs(discRightMinusLeft(r, n)) / level(r, n).compressionN)), band: [0, 0.02], unit: '', reference: 'no meaningful disc asymmetry; bound 2 % of the level\'s compression [E]' },
    ],
  },
  {
    label: 'both iliopsoas tone 1',
    params: { muscles: { iliopsoas: { left: { tone: 1 }, right: { tone: 1 } } } },
    rows: [
      { id: 'D21', quantity: 'anterior pelvic tilt change', value: (r, h) => r.pelvis.anteriorTiltDeg - h.pelvis.anteriorTiltDeg, band: POSITIVE, unit: '°', reference: 'the pelvis tilts anteriorly (hip flexion arm +1.9 cm, Rajagopal 2016)' },
      { id: 'D22', quantity: 'lordosis change', value: (r, h) => r.lumbar.lordosisDeg - h.lumbar.lordosisDeg, band: POSITIVE, unit: '°', reference: 'lordosis increases' },
      { id: 'D23', quantity: '|lordosis change − tilt change|', value: (r, h) => Math.abs(r.lumbar.lordosisDeg - h.lumbar.lordosisDeg - (r.pelvis.anteriorTiltDeg - h.pelvis.anteriorTiltDeg)), band: [0.05, Infinity], unit: '°', reference: 'not equal: the thorax is not held rigidly and the levels share by their mechanics' },
      {
        id: 'D24',
        quantity: 'share of the lordosis change at L4/L5 + L5/S1',
        value: (r, h) => (extensionChange(r, h, 'L4/L5') + extensionChange(r, h, 'L5/S1')) / (r.lumbar.lordosisDeg - h.lumbar.lordosisDeg),
        band: [0.5, Infinity],
        unit: '',
        reference: 'most of the added lordosis at L4–S1, the levels with the larger extension ROM (Yamamoto 1989), partly offset by the psoas\'s flexor arm at L5/S1 (Bogduk 1992)',
        knownMiss: 'the psoas\'s flexor arm at L5/S1 flattens that level and the feedback sets the shares inside the neutral zones; docs/model.md §12.1',
      },
      ...(['L3/L4', 'L4/L5', 'L5/S1'] as const).map((n): Direction => ({ id: 'D25', quantity: `${n} compression change`, value: (r, h) => level(r, n).compressionN - level(h, n).compressionN, band: POSITIVE, unit: 'N', reference: 'compression rises at L3–S1' })),
      ...(['L3/L4', 'L4/L5', 'L5/S1'] as const).map(
        (n): Direction => ({
          id: 'D26',
          quantity: `${n} anterior shear change`,
          value: (r, h) => level(r, n).apShearN - level(h, n).apShearN,
          band: POSITIVE,
          unit: 'N',
          reference: 'anterior shear rises at L3–S1',
          ...(n === 'L4/L5' ? { knownMiss: 'the L4/L5 shear, posterior in standing, grows posterior (−103 → −129 N): the erector spinae (−24 N) and the psoas\'s own line (−9 N) outweigh gravity (+7 N); docs/model.md §12.1' } : {}),
        }),
      ),
    ],
  },
];

const healthy = standing({});

describe('3-D standing: the expected directions of one-sided and bilateral changes (docs/model.md §12.2)', () => {
  for (const change of CHANGES) {
    describe(change.label, () => {
      const r = standing(change.params);
      for (const row of change.rows) {
        it(`${row.id}: ${row.quantity} — ${row.reference.split(':')[0]}`, () => {
          expect(r.converged).toBe(true);
          expect(
            report({ id: row.id, kind: 'predicted', quantity: `${change.label}: ${row.quantity}`, model: row.value(r, healthy), reference: row.reference, band: row.band, unit: row.unit, ...(row.knownMiss ? { knownMiss: row.knownMiss } : {}) }),
          ).toBe(true);
        });
      }
    });
  }
});
