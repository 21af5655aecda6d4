/**
 * The decoded bone asset as one BufferGeometry per model body (the parts of
 * a body merged, the left side's mirrored from the right's), so a figure
 * draws all its bones in six draw calls, each carried by its body's
 * transform.
 */
import { BufferAttribute, BufferGeometry } from 'three';
import type { DecodedPart } from './asset-format.ts';
import type { BoneBody } from './bone-catalogue.ts';
import { cluster, vertexNormals } from './mesh-ops.ts';

export interface BoneGeometries {
  readonly byBody: ReadonlyMap<BoneBody, BufferGeometry>;
  readonly triangles: number;
  readonly parts: readonly string[];
}

interface Piece {
  readonly positions: Float32Array;
  readonly normals: Int8Array;
  readonly indices: ArrayLike<number>;
}

/** z → −z, and the triangles' winding reversed so they still face outward. */
function mirrored(p: DecodedPart): Piece {
  const positions = p.positions.slice();
  const normals = p.normals.slice();
  for (let i = 2; i < positions.length; i += 3) {
    positions[i] = -positions[i]!;
    normals[i] = -normals[i]!;
  }
  const indices = new Uint16Array(p.indices.length);
  for (let i = 0; i < indices.length; i += 3) {
    indices[i] = p.indices[i]!;
    indices[i + 1] = p.indices[i + 2]!;
    indices[i + 2] = p.indices[i + 1]!;
  }
  return { positions, normals, indices };
}

function mergePieces(pieces: readonly Piece[]): BufferGeometry {
  const vertexCount = pieces.reduce((n, p) => n + p.positions.length / 3, 0);
  const indexCount = pieces.reduce((n, p) => n + p.indices.length, 0);
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Int8Array(vertexCount * 3);
  const index = vertexCount > 0xffff ? new Uint32Array(indexCount) : new Uint16Array(indexCount);
  let v = 0;
  let i = 0;
  for (const p of pieces) {
    positions.set(p.positions, v * 3);
    normals.set(p.normals, v * 3);
    for (let k = 0; k < p.indices.length; k++) index[i + k] = p.indices[k]! + v;
    v += p.positions.length / 3;
    i += p.indices.length;
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(positions, 3));
  // normalised Int8: the GPU reads them as −1…1, no unpacking needed
  g.setAttribute('normal', new BufferAttribute(normals, 3, true));
  g.setIndex(new BufferAttribute(index, 1));
  g.computeBoundingSphere();
  return g;
}

/**
 * A part simplified by vertex clustering (cell `cellM`), its normals
 * recomputed: the compare figure's coarser copy, since it is drawn in up to
 * three passes and only its outline and tone need to read.
 */
export function simplified(p: DecodedPart, cellM: number): DecodedPart {
  const mesh = cluster({ positions: p.positions, triangles: Uint32Array.from(p.indices) }, cellM);
  const n = vertexNormals(mesh);
  return { ...p, positions: mesh.positions, normals: Int8Array.from(n, (x) => Math.round(x * 127)), indices: Uint16Array.from(mesh.triangles) };
}

export function boneGeometries(parts: readonly DecodedPart[]): BoneGeometries {
  const pieces = new Map<BoneBody, Piece[]>();
  const add = (body: BoneBody, piece: Piece) => pieces.set(body, [...(pieces.get(body) ?? []), piece]);
  let triangles = 0;
  for (const p of parts) {
    add(p.body, p);
    triangles += p.indices.length / 3;
    if (p.mirror) {
      add(p.mirror, mirrored(p));
      triangles += p.indices.length / 3;
    }
  }
  const byBody = new Map<BoneBody, BufferGeometry>();
  for (const [body, list] of pieces) byBody.set(body, mergePieces(list));
  return { byBody, triangles, parts: parts.map((p) => p.name) };
}
