/**
 * How truthful is a coarse gait cycle? The viewer shows a 26-frame cycle
 * ("Refining…") before the full 101-frame one (docs/viewer.md, Gait). This
 * prints, per preset, the key read-outs of cycles at 21, 26, 34 and 51 frames
 * against the 101-frame cycle: peak contralateral pelvic drop and peak trunk
 * lean toward the stance side (deg, the larger of the two stance legs), peak
 * L4/L5 compression and peak hip contact force (the larger hip, in body
 * weights). Deterministic: no timing.
 *
 *   node --import tsx packages/scenarios/bench/gait-coarse.ts
 */
import { compileModel, simulateGait, type GaitResult } from '@lumbo/model';
import { findPreset, PRESETS } from '../src/presets/index.ts';

const FRAMES = [21, 26, 34, 51] as const;

function readOuts(g: GaitResult) {
  const s = g.summary;
  return {
    dropDeg: Math.max(s.rightStance.peakContralateralDropDeg, s.leftStance.peakContralateralDropDeg),
    leanDeg: Math.max(s.rightStance.peakTrunkLeanTowardStanceDeg, s.leftStance.peakTrunkLeanTowardStanceDeg),
    l4l5N: s.levels['L4/L5'].peakCompressionN,
    hipBW: Math.max(s.peakHipContactForceBW.left, s.peakHipContactForceBW.right),
  };
}

const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${((a / b - 1) * 100).toFixed(1)} %`;
const deg = (a: number, b: number) => `${a >= b ? '+' : ''}${(a - b).toFixed(2)}°`;

console.log('| preset | frames | pelvic drop | trunk lean | peak L4/L5 compression | peak hip contact |');
console.log('|---|---|---|---|---|---|');
for (const preset of PRESETS) {
  const model = compileModel(preset.params);
  const full = readOuts(simulateGait(model));
  console.log(`| ${preset.id} | 101 | ${full.dropDeg.toFixed(2)}° | ${full.leanDeg.toFixed(2)}° | ${full.l4l5N.toFixed(0)} N | ${full.hipBW.toFixed(2)} BW |`);
  for (const n of FRAMES) {
    const c = readOuts(simulateGait(model, { framesPerCycle: n }));
    console.log(`| | ${n} | ${deg(c.dropDeg, full.dropDeg)} | ${deg(c.leanDeg, full.leanDeg)} | ${pct(c.l4l5N, full.l4l5N)} | ${pct(c.hipBW, full.hipBW)} |`);
  }
}

// the right Trendelenburg preset with the right gluteus medius strength swept (the viewer's slider): 26 frames against 101
console.log('\n| trendelenburg-right, right gluteus medius strength | drop 101 → 26 frames | L4/L5 101 → 26 | hip contact 101 → 26 |');
console.log('|---|---|---|---|');
const tr = findPreset('trendelenburg-right')!.params;
for (const strength of [0.05, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.4]) {
  const params = structuredClone(tr) as { muscles: { gluteusMedius: { right: { strength: number } } } };
  params.muscles.gluteusMedius.right.strength = strength;
  const model = compileModel(params as typeof tr);
  const f = readOuts(simulateGait(model));
  const c = readOuts(simulateGait(model, { framesPerCycle: 26 }));
  console.log(`| ${strength} | ${f.dropDeg.toFixed(1)}° → ${c.dropDeg.toFixed(1)}° | ${f.l4l5N.toFixed(0)} → ${c.l4l5N.toFixed(0)} N (${pct(c.l4l5N, f.l4l5N)}) | ${f.hipBW.toFixed(2)} → ${c.hipBW.toFixed(2)} BW (${pct(c.hipBW, f.hipBW)}) |`);
}
