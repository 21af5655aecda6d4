/**
 * Builds the bone asset from the OpenSim source meshes (pure: the caller
 * reads the files). Used by scripts/build-bone-asset.ts at build time and
 * by the unit tests, so what is tested is what ships.
 */
import { BONE_PARTS, LUMBAR_COMPONENTS_IN_HAT_SPINE, T12_L1_IN_TORSO, type BonePart } from './bone-catalogue.ts';
import { encodeAsset, type PartInput } from './asset-format.ts';
import { applyAffine, cluster, components, dropComponents, orientOutward, vertexNormals, type TriMesh } from './mesh-ops.ts';
import { parseVtp } from './vtp.ts';
import { applyWarp } from './space-warp.ts';

export const BONE_ATTRIBUTION =
  'Bone meshes: OpenSim gait2392 (opensim-models Geometry/, commit 20a888b), Delp et al. 1990 / OpenSim, CC BY 3.0; adapted for Lumbo (mirrored, fitted, simplified, quantised).';

/** Lumbar vertebrae and discs of hat_spine: the lowest components by centroid height. */
function dropLumbar(mesh: TriMesh, file: string): TriMesh {
  const { centroids } = components(mesh);
  const order = centroids.map((c, i) => ({ y: c.y, i })).sort((a, b) => a.y - b.y);
  const lowest = new Set(order.slice(0, LUMBAR_COMPONENTS_IN_HAT_SPINE).map((o) => o.i));
  // the last dropped component is the T12/L1 disc: the thorax origin is placed at its centre
  const disc = centroids[order[LUMBAR_COMPONENTS_IN_HAT_SPINE - 1]!.i]!;
  if (Math.abs(disc.x - T12_L1_IN_TORSO.x) > 1e-3 || Math.abs(disc.y - T12_L1_IN_TORSO.y) > 1e-3) {
    throw new Error(`${file}: T12/L1 disc found at (${disc.x.toFixed(4)}, ${disc.y.toFixed(4)}), expected (${T12_L1_IN_TORSO.x}, ${T12_L1_IN_TORSO.y}): is this gait2392's hat_spine?`);
  }
  return dropComponents(mesh, (_, i) => lowest.has(i));
}

/** One part's mesh in its model body frame (reference size), welded, simplified and facing outward. */
export function partMesh(part: BonePart, read: (file: string) => string): TriMesh {
  let mesh = parseVtp(read(part.file), part.file);
  if (part.dropLumbar) mesh = dropLumbar(mesh, part.file);
  mesh = applyAffine(mesh, part.transform);
  if (part.warp) mesh = applyWarp(mesh, part.warp);
  mesh = cluster(mesh, part.cellM);
  return orientOutward(mesh);
}

export function buildBoneAsset(read: (file: string) => string): { bytes: Uint8Array; parts: PartInput[] } {
  const parts = BONE_PARTS.map((part): PartInput => {
    const mesh = partMesh(part, read);
    return { name: part.name, body: part.body, mirror: part.mirror, positions: mesh.positions, normals: vertexNormals(mesh), triangles: mesh.triangles };
  });
  return { bytes: encodeAsset(parts, BONE_ATTRIBUTION), parts };
}
