/**
 * The AMMR-offset conversion puts each attachment where the spec says it is at
 * neutral standing, whichever body carries it (docs/model.md §4 "Trunk fascicles").
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../params/compile.ts';
import { computePose, createPoseBuffers } from '../../mechanics/pose.ts';
import { neutralStanding } from '../../mechanics/targets.ts';
import * as B from '../../mechanics/bodies.ts';
import { ammrPoint, ammrToPelvis, nodeToOffsetMm, type TrunkBody } from './vertebral-landmarks.ts';
import { QL_ILIAC_CREST_NODE_MM } from './quadratus-lumborum.ts';

const BODY: Record<TrunkBody | 'pelvis', number> = { pelvis: B.PELVIS, L5: B.L5, L4: B.L4, L3: B.L3, L2: B.L2, L1: B.L1, thorax: B.THORAX };

/** Pelvis-frame position of a body-fixed point at the default subject's neutral standing. */
function inPelvisFrame(body: TrunkBody | 'pelvis', p: readonly number[]): number[] {
  const model = compileModel();
  const pose = createPoseBuffers(0);
  computePose(model.geometry, model.thoraxComAnteriorM, { pointCount: 0, pointBody: new Int32Array(0), pointLocal: new Float64Array(0) }, neutralStanding(model.geometry), pose);
  const b = BODY[body] * 9, o = BODY[body] * 3, P = B.PELVIS * 9, Po = B.PELVIS * 3;
  const w = [0, 1, 2].map((r) => pose.o[o + r]! + pose.R[b + r * 3]! * p[0]! + pose.R[b + r * 3 + 1]! * p[1]! + pose.R[b + r * 3 + 2]! * p[2]!);
  const d = [0, 1, 2].map((r) => w[r]! - pose.o[Po + r]!);
  return [0, 1, 2].map((c) => pose.R[P + c]! * d[0]! + pose.R[P + 3 + c]! * d[1]! + pose.R[P + 6 + c]! * d[2]!);
}

describe('AMMR offsets in our body frames', () => {
  it('a point given on any trunk body lands at its pelvis-aligned offset from that body’s lower joint at neutral standing', () => {
    for (const body of ['L5', 'L4', 'L3', 'L2', 'L1', 'thorax'] as const) {
      const offset = [-35, 16, 34.5] as const;
      const got = inPelvisFrame(body, ammrPoint(body, offset).p);
      const want = ammrToPelvis(body, offset);
      got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 9));
    }
  });

  it('reads the spec’s QL crest point in AMMR’s pelvis frame: 5 mm behind, 51.5 mm above and 83 mm right of the back joint', () => {
    expect(nodeToOffsetMm('pelvis', QL_ILIAC_CREST_NODE_MM)).toEqual([-5, 51.5, 83]);
    const p = ammrPoint('pelvis', nodeToOffsetMm('pelvis', QL_ILIAC_CREST_NODE_MM)).p;
    expect(p[0]).toBeCloseTo(-0.1057, 4);
    expect(p[1]).toBeCloseTo(0.133, 4);
    expect(p[2]).toBeCloseTo(0.083, 4);
  });
});
