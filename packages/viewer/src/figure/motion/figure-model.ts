/**
 * Everything one figure needs to be drawn and animated, built once per model
 * answer (pure; the React components only copy from it): the motion, the
 * frame-0 drawing with its parts attached to their bodies, the muscle, disc
 * and annotation layouts, the label texts of every frame, and the framing
 * boxes.
 */
import type { ModelParams } from '@lumbo/model';
import type { Shown } from '../../store/store.ts';
import { boneGroups, buildDrawing, type Drawing } from '../drawing.ts';
import { backAnnotations, gravityDashes, sideAnnotations, type AnnotationSet } from '../overlay-shapes.ts';
import type { Placement } from '../placement.ts';
import type { Vec3 } from '../../lib/vec.ts';
import { bodyBox, spineBox, type Box } from './bounds.ts';
import { layoutDiscs, type DiscLayout } from './disc-layout.ts';
import { motionFromGait, motionFromResult, type Motion } from './motion.ts';
import { layoutMuscles, type MuscleLayout } from './muscle-layout.ts';
import { attachAll, attachPoint, type AttachedPoint, type RigidSet } from './rigid.ts';
import { vertebraPlacements } from '../spine/vertebra-placement.ts';
import { boneBox } from '../bones/bone-bounds.ts';
import { lateralLeanWords, obliquityWords, tiltWords } from '../../lib/signs.ts';

export interface AnimatedLabel {
  readonly anchor: AttachedPoint;
  readonly align: 'left' | 'right' | 'centre';
  /** The label's text at every frame (built once, so playback allocates nothing). */
  readonly texts: readonly string[];
}

export interface AnnotationModel {
  readonly solid: RigidSet;
  readonly floating: { readonly anchor: AttachedPoint; readonly dashes: Placement[] }[];
  readonly labels: AnimatedLabel[];
}

export interface FigureModel {
  readonly kind: 'static' | 'gait';
  readonly motion: Motion;
  readonly drawing: Drawing;
  readonly bones: {
    readonly rods: RigidSet;
    readonly balls: RigidSet;
    readonly blocks: RigidSet;
    readonly cones: RigidSet;
    readonly rings: RigidSet;
    readonly rims: RigidSet;
    /** Iliac wing loops (frame-0 world coordinates) and the pelvis body index that carries them. */
    readonly wings: Vec3[][];
    readonly pelvisIndex: number;
  };
  /** L1–L5 as procedural vertebrae, each on its own body (figure/spine/). */
  readonly vertebrae: RigidSet;
  readonly muscles: MuscleLayout;
  readonly discs: DiscLayout;
  /** Disc depths in LEVELS order (for the force arrows). */
  readonly discDepths: Float64Array;
  readonly side: AnnotationModel;
  readonly back: AnnotationModel;
  readonly gravityDashes: Placement[];
  readonly body: Box | null;
  /** Where the bone meshes reach over the whole answer (skull top, toes), for framing either figure (bones/bone-bounds.ts). */
  readonly boneBox: Box | null;
  readonly spine: Box | null;
  readonly seat: Placement | null;
  /** Landmark indices of the two hip centres (their midpoint is drawn). */
  readonly hipIndices: readonly [number, number];
  /** One-line captions under the feet with this figure's angles per frame (used for the compare figure). */
  readonly caption: { readonly side: AnimatedLabel; readonly back: AnimatedLabel };
}

const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');

function captions(motion: Motion, hips: { x: number; z: number }, name: string): FigureModel['caption'] {
  // fixed in the world (no body), just under the floor
  const anchor = attachPoint(hips.x, -0.07, hips.z, 'world', motion);
  const a = motion.angles;
  const texts = (f: (i: number) => string) => Array.from({ length: motion.frames }, (_, i) => f(i));
  return {
    side: { anchor, align: 'centre', texts: texts((i) => `${name}: ${tiltWords(a.anteriorTiltDeg[i]!).toLowerCase()}, lordosis ${fixed(a.lordosisDeg[i]!)}°`) },
    back: { anchor, align: 'centre', texts: texts((i) => `${name}: obliquity ${obliquityWords(a.obliquityDeg[i]!)}, lean ${lateralLeanWords(a.trunkLateralLeanDeg[i]!)}`) },
  };
}

function annotationModel(set: AnnotationSet, motion: Motion): AnnotationModel {
  return {
    solid: attachAll(set.solid, motion),
    floating: set.floating.map((f) => ({ anchor: attachPoint(f.anchor.point.x, f.anchor.point.y, f.anchor.point.z, f.anchor.body, motion), dashes: f.dashes })),
    labels: set.labels.map((l) => ({
      anchor: attachPoint(l.anchor.point.x, l.anchor.point.y, l.anchor.point.z, l.anchor.body, motion),
      align: l.align,
      texts: Array.from(motion.angles[l.series], l.format),
    })),
  };
}

/** `name` heads the caption under the feet (the compare set's label for the compare figure). */
export function buildFigureModel(shown: Shown, params: ModelParams | null = shown.params, name = 'Current'): FigureModel | null {
  const { answer } = shown;
  const motion = answer.kind === 'gait' ? motionFromGait(answer.gait) : motionFromResult(answer.result);
  const drawing = buildDrawing(motion.pose, { sitting: answer.kind === 'static' && answer.result.task.kind === 'sitting' });
  if (!drawing) return null;
  const g = boneGroups(drawing);
  const s = drawing.anatomy.s;
  const com = motion.centreOfMass;
  return {
    kind: answer.kind,
    motion,
    drawing,
    bones: {
      rods: attachAll(g.rods, motion),
      balls: attachAll(g.balls, motion),
      blocks: attachAll(g.blocks, motion),
      cones: attachAll(g.cones, motion),
      rings: attachAll(g.rings, motion),
      rims: attachAll(g.rims, motion),
      wings: g.wings,
      pelvisIndex: motion.bodyNames.indexOf('pelvis'),
    },
    vertebrae: attachAll(vertebraPlacements(motion.pose, drawing.anatomy.thorax.origin), motion),
    muscles: layoutMuscles(motion, params),
    discs: layoutDiscs(motion),
    discDepths: Float64Array.from(['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1'], (lv) => motion.pose.discs.find((d) => d.level === lv)?.depthM ?? Number.NaN),
    side: annotationModel(sideAnnotations(drawing), motion),
    back: annotationModel(backAnnotations(drawing), motion),
    gravityDashes: gravityDashes(Number.isFinite(com[1]) ? com[1]! : 1),
    body: bodyBox(motion, s),
    boneBox: boneBox(motion, s),
    spine: spineBox(motion, s),
    seat: drawing.seat,
    hipIndices: [motion.landmarkNames.indexOf('hip_l'), motion.landmarkNames.indexOf('hip_r')],
    caption: captions(motion, { x: drawing.anatomy.pelvis.origin.x, z: drawing.anatomy.pelvis.origin.z }, name),
  };
}
