/**
 * Small, pure operations on indexed triangle meshes, used by the bone asset
 * converter (scripts/build-bone-asset.ts) and by its tests: affine
 * transforms, connected components, welding, vertex-clustering
 * simplification and smooth normals.
 */

export interface TriMesh {
  /** xyz per vertex (m). */
  readonly positions: Float32Array;
  /** Three vertex indices per triangle, counter-clockwise seen from outside. */
  readonly triangles: Uint32Array;
}

/** p' = R·p + t, R row-major 3×3. */
export interface Affine {
  readonly r: readonly [number, number, number, number, number, number, number, number, number];
  readonly t: readonly [number, number, number];
}

export const IDENTITY: Affine = { r: [1, 0, 0, 0, 1, 0, 0, 0, 1], t: [0, 0, 0] };

export function translation(x: number, y: number, z: number): Affine {
  return { r: IDENTITY.r, t: [x, y, z] };
}

/** a ∘ b: apply b first, then a. */
export function compose(a: Affine, b: Affine): Affine {
  const r = a.r;
  const m = (i: number, j: number) => r[i * 3]! * b.r[j]! + r[i * 3 + 1]! * b.r[3 + j]! + r[i * 3 + 2]! * b.r[6 + j]!;
  const t = (i: number) => r[i * 3]! * b.t[0] + r[i * 3 + 1]! * b.t[1] + r[i * 3 + 2]! * b.t[2] + a.t[i]!;
  return { r: [m(0, 0), m(0, 1), m(0, 2), m(1, 0), m(1, 1), m(1, 2), m(2, 0), m(2, 1), m(2, 2)], t: [t(0), t(1), t(2)] };
}

export function applyAffine(mesh: TriMesh, a: Affine): TriMesh {
  const p = mesh.positions;
  const out = new Float32Array(p.length);
  const r = a.r;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!;
    const y = p[i + 1]!;
    const z = p[i + 2]!;
    out[i] = r[0] * x + r[1] * y + r[2] * z + a.t[0];
    out[i + 1] = r[3] * x + r[4] * y + r[5] * z + a.t[1];
    out[i + 2] = r[6] * x + r[7] * y + r[8] * z + a.t[2];
  }
  // a mirroring transform turns the surface inside out: swap two corners to keep faces outward
  const det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6]) + r[2] * (r[3] * r[7] - r[4] * r[6]);
  return { positions: out, triangles: det < 0 ? flipWinding(mesh.triangles) : mesh.triangles };
}

export function flipWinding(triangles: Uint32Array): Uint32Array {
  const out = new Uint32Array(triangles.length);
  for (let i = 0; i < triangles.length; i += 3) {
    out[i] = triangles[i]!;
    out[i + 1] = triangles[i + 2]!;
    out[i + 2] = triangles[i + 1]!;
  }
  return out;
}

export function merge(meshes: readonly TriMesh[]): TriMesh {
  const vertexCount = meshes.reduce((n, m) => n + m.positions.length / 3, 0);
  const positions = new Float32Array(vertexCount * 3);
  const triangles = new Uint32Array(meshes.reduce((n, m) => n + m.triangles.length, 0));
  let v = 0;
  let t = 0;
  for (const m of meshes) {
    positions.set(m.positions, v * 3);
    for (let i = 0; i < m.triangles.length; i++) triangles[t + i] = m.triangles[i]! + v;
    v += m.positions.length / 3;
    t += m.triangles.length;
  }
  return { positions, triangles };
}

/** Keeps only the listed vertices' triangles and renumbers (vertices no triangle uses are dropped). */
function compact(positions: Float32Array, triangles: ArrayLike<number>): TriMesh {
  const map = new Int32Array(positions.length / 3).fill(-1);
  const kept: number[] = [];
  const tris = new Uint32Array(triangles.length);
  for (let i = 0; i < triangles.length; i++) {
    const v = triangles[i]!;
    if (map[v] === -1) {
      map[v] = kept.length;
      kept.push(v);
    }
    tris[i] = map[v]!;
  }
  const out = new Float32Array(kept.length * 3);
  kept.forEach((v, i) => out.set(positions.subarray(v * 3, v * 3 + 3), i * 3));
  return { positions: out, triangles: tris };
}

/** Connected components (by shared vertices): per triangle its component id, and the components' vertex centroids. */
export function components(mesh: TriMesh): { triangleComponent: Int32Array; centroids: { x: number; y: number; z: number; vertices: number }[] } {
  const n = mesh.positions.length / 3;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const t = mesh.triangles;
  for (let i = 0; i < t.length; i += 3) {
    const a = find(t[i]!);
    parent[find(t[i + 1]!)] = a;
    parent[find(t[i + 2]!)] = a;
  }
  const id = new Map<number, number>();
  const sums: { x: number; y: number; z: number; vertices: number }[] = [];
  const vertexComponent = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const root = find(v);
    let c = id.get(root);
    if (c === undefined) {
      c = sums.length;
      id.set(root, c);
      sums.push({ x: 0, y: 0, z: 0, vertices: 0 });
    }
    vertexComponent[v] = c;
    const s = sums[c]!;
    s.x += mesh.positions[v * 3]!;
    s.y += mesh.positions[v * 3 + 1]!;
    s.z += mesh.positions[v * 3 + 2]!;
    s.vertices++;
  }
  const centroids = sums.map((s) => ({ x: s.x / s.vertices, y: s.y / s.vertices, z: s.z / s.vertices, vertices: s.vertices }));
  const triangleComponent = new Int32Array(t.length / 3);
  for (let i = 0; i < triangleComponent.length; i++) triangleComponent[i] = vertexComponent[t[i * 3]!]!;
  return { triangleComponent, centroids };
}

/** Drops the triangles of every component for which `drop(centroid, index)` is true. */
export function dropComponents(mesh: TriMesh, drop: (centroid: { x: number; y: number; z: number; vertices: number }, index: number) => boolean): TriMesh {
  const { triangleComponent, centroids } = components(mesh);
  const dropped = centroids.map(drop);
  const kept: number[] = [];
  for (let i = 0; i < triangleComponent.length; i++) {
    if (!dropped[triangleComponent[i]!]) kept.push(mesh.triangles[i * 3]!, mesh.triangles[i * 3 + 1]!, mesh.triangles[i * 3 + 2]!);
  }
  return compact(mesh.positions, kept);
}

/**
 * Vertex clustering: vertices in the same cubic cell of side `cellM` become
 * one (at their mean), triangles that collapse are dropped. `cellM` = 0 only
 * welds coincident vertices (to 1 µm). Deterministic, keeps the outline of a
 * bone while removing detail smaller than the cell.
 */
export function cluster(mesh: TriMesh, cellM: number): TriMesh {
  const size = cellM > 0 ? cellM : 1e-6;
  const p = mesh.positions;
  const n = p.length / 3;
  const cellOf = new Map<string, number>();
  const vertexCell = new Int32Array(n);
  const sums: number[] = [];
  const counts: number[] = [];
  for (let v = 0; v < n; v++) {
    const key = `${Math.floor(p[v * 3]! / size)},${Math.floor(p[v * 3 + 1]! / size)},${Math.floor(p[v * 3 + 2]! / size)}`;
    let c = cellOf.get(key);
    if (c === undefined) {
      c = counts.length;
      cellOf.set(key, c);
      sums.push(0, 0, 0);
      counts.push(0);
    }
    vertexCell[v] = c;
    sums[c * 3] = sums[c * 3]! + p[v * 3]!;
    sums[c * 3 + 1] = sums[c * 3 + 1]! + p[v * 3 + 1]!;
    sums[c * 3 + 2] = sums[c * 3 + 2]! + p[v * 3 + 2]!;
    counts[c] = counts[c]! + 1;
  }
  const positions = Float32Array.from(sums, (s, i) => s / counts[Math.floor(i / 3)]!);
  const seen = new Set<string>();
  const tris: number[] = [];
  const t = mesh.triangles;
  for (let i = 0; i < t.length; i += 3) {
    const a = vertexCell[t[i]!]!;
    const b = vertexCell[t[i + 1]!]!;
    const c = vertexCell[t[i + 2]!]!;
    if (a === b || b === c || a === c) continue;
    // the same triangle twice (either winding) after clustering is a collapsed sliver pair: keep one
    const key = [a, b, c].sort((x, y) => x - y).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    tris.push(a, b, c);
  }
  return compact(positions, tris);
}

/** Smooth vertex normals, area-weighted (unit length; a vertex of no triangle gets +y). */
export function vertexNormals(mesh: TriMesh): Float32Array {
  const p = mesh.positions;
  const t = mesh.triangles;
  const nrm = new Float32Array(p.length);
  for (let i = 0; i < t.length; i += 3) {
    const a = t[i]! * 3;
    const b = t[i + 1]! * 3;
    const c = t[i + 2]! * 3;
    const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
    // the cross product's length is twice the area: summing it weights by area
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    for (const o of [a, b, c]) {
      nrm[o] = nrm[o]! + nx;
      nrm[o + 1] = nrm[o + 1]! + ny;
      nrm[o + 2] = nrm[o + 2]! + nz;
    }
  }
  for (let i = 0; i < nrm.length; i += 3) {
    const l = Math.hypot(nrm[i]!, nrm[i + 1]!, nrm[i + 2]!);
    if (l > 0) {
      nrm[i] = nrm[i]! / l;
      nrm[i + 1] = nrm[i + 1]! / l;
      nrm[i + 2] = nrm[i + 2]! / l;
    } else nrm[i + 1] = 1;
  }
  return nrm;
}

/** Axis-aligned bounds of the vertices. */
export function bounds(positions: Float32Array): { min: [number, number, number]; max: [number, number, number] } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const x = positions[i + k]!;
      if (x < min[k]!) min[k] = x;
      if (x > max[k]!) max[k] = x;
    }
  }
  return { min, max };
}

/** Signed volume enclosed by the triangles (positive when they face outward). */
export function signedVolume(mesh: TriMesh): number {
  const p = mesh.positions;
  const t = mesh.triangles;
  let v = 0;
  for (let i = 0; i < t.length; i += 3) {
    const a = t[i]! * 3;
    const b = t[i + 1]! * 3;
    const c = t[i + 2]! * 3;
    v += p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) - p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) + p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v / 6;
}

/** Turns a mesh whose triangles face inward (negative volume) outward. */
export function orientOutward(mesh: TriMesh): TriMesh {
  return signedVolume(mesh) < 0 ? { positions: mesh.positions, triangles: flipWinding(mesh.triangles) } : mesh;
}
