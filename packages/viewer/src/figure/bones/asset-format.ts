/**
 * The bone asset's binary format: one file holding every bone mesh,
 * indexed, with positions quantised to 16 bits in each part's bounding box
 * (≤ 10 µm steps for a 65 cm part) and unit normals to 8 bits per axis.
 *
 *   bytes 0–3  "LBON"      magic
 *   4–7        u32 LE      format version (1)
 *   8–11       u32 LE      byte length of the JSON header that follows
 *   header     UTF-8 JSON  { parts: AssetPartHeader[], attribution }
 *   then per part, each block starting on a 4-byte boundary:
 *              Uint16 × 3 per vertex (quantised positions),
 *              Int8 × 3 per vertex (normals, ×127),
 *              Uint16 × 3 per triangle (vertex indices).
 */
import type { BoneBody } from './bone-catalogue.ts';

export const ASSET_MAGIC = 'LBON';
export const ASSET_VERSION = 1;

export interface AssetPartHeader {
  readonly name: string;
  readonly body: BoneBody;
  readonly mirror: BoneBody | null;
  readonly vertexCount: number;
  readonly triangleCount: number;
  /** Quantisation box (m, model body frame at reference size). */
  readonly min: readonly [number, number, number];
  readonly max: readonly [number, number, number];
  readonly positionsOffset: number;
  readonly normalsOffset: number;
  readonly indicesOffset: number;
}

export interface AssetHeader {
  readonly parts: readonly AssetPartHeader[];
  readonly attribution: string;
}

/** A part ready to encode (float positions and normals, 32-bit indices). */
export interface PartInput {
  readonly name: string;
  readonly body: BoneBody;
  readonly mirror: BoneBody | null;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly triangles: Uint32Array;
}

/** A decoded part: float positions (m), normalised Int8 normals, 16-bit indices. */
export interface DecodedPart {
  readonly name: string;
  readonly body: BoneBody;
  readonly mirror: BoneBody | null;
  readonly positions: Float32Array;
  readonly normals: Int8Array;
  readonly indices: Uint16Array;
}

const align4 = (n: number) => (n + 3) & ~3;

export function encodeAsset(parts: readonly PartInput[], attribution: string): Uint8Array {
  const headers: AssetPartHeader[] = [];
  let offset = 0;
  for (const p of parts) {
    const vertexCount = p.positions.length / 3;
    if (vertexCount > 0xffff) throw new Error(`bone part ${p.name}: ${vertexCount} vertices, at most 65535 fit 16-bit indices`);
    const min: [number, number, number] = [Infinity, Infinity, Infinity];
    const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < p.positions.length; i++) {
      const k = i % 3;
      min[k] = Math.min(min[k]!, p.positions[i]!);
      max[k] = Math.max(max[k]!, p.positions[i]!);
    }
    const positionsOffset = offset;
    offset = align4(offset + vertexCount * 6);
    const normalsOffset = offset;
    offset = align4(offset + vertexCount * 3);
    const indicesOffset = offset;
    offset = align4(offset + p.triangles.length * 2);
    headers.push({ name: p.name, body: p.body, mirror: p.mirror, vertexCount, triangleCount: p.triangles.length / 3, min, max, positionsOffset, normalsOffset, indicesOffset });
  }
  const json = new TextEncoder().encode(JSON.stringify({ parts: headers, attribution } satisfies AssetHeader));
  const dataStart = align4(12 + json.length);
  const bytes = new Uint8Array(dataStart + offset);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(ASSET_MAGIC), 0);
  view.setUint32(4, ASSET_VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  parts.forEach((p, i) => {
    const h = headers[i]!;
    for (let v = 0; v < h.vertexCount; v++) {
      for (let k = 0; k < 3; k++) {
        const extent = h.max[k]! - h.min[k]!;
        const q = extent > 0 ? Math.round(((p.positions[v * 3 + k]! - h.min[k]!) / extent) * 0xffff) : 0;
        view.setUint16(dataStart + h.positionsOffset + (v * 3 + k) * 2, q, true);
        view.setInt8(dataStart + h.normalsOffset + v * 3 + k, Math.round(Math.max(-1, Math.min(1, p.normals[v * 3 + k]!)) * 127));
      }
    }
    for (let t = 0; t < p.triangles.length; t++) view.setUint16(dataStart + h.indicesOffset + t * 2, p.triangles[t]!, true);
  });
  return bytes;
}

export function decodeAsset(buffer: ArrayBuffer): { header: AssetHeader; parts: DecodedPart[] } {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== ASSET_MAGIC) throw new Error('bone asset: not a Lumbo bone file (magic "LBON" missing)');
  const version = view.getUint32(4, true);
  if (version !== ASSET_VERSION) throw new Error(`bone asset: format version ${version}, this viewer reads ${ASSET_VERSION}`);
  const jsonLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as AssetHeader;
  const dataStart = align4(12 + jsonLength);
  const parts = header.parts.map((h): DecodedPart => {
    const q = new Uint16Array(buffer.slice(dataStart + h.positionsOffset, dataStart + h.positionsOffset + h.vertexCount * 6));
    const positions = new Float32Array(h.vertexCount * 3);
    for (let i = 0; i < positions.length; i++) {
      const k = i % 3;
      positions[i] = h.min[k]! + (q[i]! / 0xffff) * (h.max[k]! - h.min[k]!);
    }
    return {
      name: h.name,
      body: h.body,
      mirror: h.mirror,
      positions,
      normals: new Int8Array(buffer.slice(dataStart + h.normalsOffset, dataStart + h.normalsOffset + h.vertexCount * 3)),
      indices: new Uint16Array(buffer.slice(dataStart + h.indicesOffset, dataStart + h.indicesOffset + h.triangleCount * 6)),
    };
  });
  return { header, parts };
}
