/**
 * Reads the ASCII VTK XML PolyData (.vtp) files of the OpenSim geometry
 * folder: points and polygons only (OpenSim's bone meshes carry nothing
 * else we use). Polygons of any size are fanned into triangles.
 */
import type { TriMesh } from './mesh-ops.ts';

function dataArray(text: string, pattern: RegExp, file: string, what: string): number[] {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`${file}: no ${what} array (expected an ASCII VTK PolyData file)`);
  return match[1].trim().split(/\s+/).map(Number);
}

export function parseVtp(text: string, file = 'mesh.vtp'): TriMesh {
  if (!/format="ascii"/.test(text)) throw new Error(`${file}: only ASCII .vtp files are read (format="ascii")`);
  const points = dataArray(text, /<Points>\s*<DataArray[^>]*>([\s\S]*?)<\/DataArray>/, file, 'Points');
  const connectivity = dataArray(text, /Name="connectivity"[^>]*>([\s\S]*?)<\/DataArray>/, file, 'Polys connectivity');
  const offsets = dataArray(text, /Name="offsets"[^>]*>([\s\S]*?)<\/DataArray>/, file, 'Polys offsets');
  if (points.length % 3 !== 0 || points.some((x) => !Number.isFinite(x))) throw new Error(`${file}: Points must be finite xyz triples`);
  const vertexCount = points.length / 3;
  const triangles: number[] = [];
  let start = 0;
  for (const end of offsets) {
    for (let i = start + 1; i < end - 1; i++) triangles.push(connectivity[start]!, connectivity[i]!, connectivity[i + 1]!);
    start = end;
  }
  if (triangles.some((i) => !(i >= 0 && i < vertexCount))) throw new Error(`${file}: a polygon names a point outside 0…${vertexCount - 1}`);
  return { positions: Float32Array.from(points), triangles: Uint32Array.from(triangles) };
}
