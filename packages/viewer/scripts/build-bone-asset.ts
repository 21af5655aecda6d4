/**
 * Converts the OpenSim gait2392 bone meshes (assets/opensim-geometry/*.vtp,
 * CC BY 3.0, see its ATTRIBUTION.md) into the viewer's compact bone asset,
 * src/figure/bones/generated/opensim-bones.bin (git-ignored), which the viewer fetches as its own hashed,
 * cached file (src/figure/bones/load-bones.ts). Run by `pnpm build` and
 * `pnpm dev` of @lumbo/viewer; prints what it wrote.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBoneAsset } from '../src/figure/bones/build-asset.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'assets', 'opensim-geometry');
const out = join(root, 'src', 'figure', 'bones', 'generated', 'opensim-bones.bin');

const { bytes, parts } = buildBoneAsset((file) => readFileSync(join(source, file), 'utf8'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const triangles = parts.reduce((n, p) => n + p.triangles.length / 3, 0);
const vertices = parts.reduce((n, p) => n + p.positions.length / 3, 0);
console.log(
  `bone asset: ${parts.length} parts, ${vertices} vertices, ${triangles} triangles, ${(bytes.length / 1024).toFixed(0)} kB (${(gzipSync(bytes).length / 1024).toFixed(0)} kB gzip) → ${out}`,
);
