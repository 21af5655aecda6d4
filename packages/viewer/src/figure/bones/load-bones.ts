/**
 * Loads the bone asset once per page, after the first frame: the figure
 * draws its procedural bones until the meshes arrive, then swaps them in.
 * The file is a hashed Vite asset (cached by the browser and precached by
 * the service worker for offline use), never part of the JS bundle.
 */
import { useSyncExternalStore } from 'react';
import boneAssetUrl from './generated/opensim-bones.bin?url';
import type { BoneAssetStatus } from '../../store/debug-handle.ts';
import { decodeAsset } from './asset-format.ts';
import { boneGeometries, simplified, type BoneGeometries } from './bone-geometry.ts';

/** The compare figure's meshes are simplified to 1 cm cells: half the triangles, drawn in up to three passes. */
const GHOST_CELL_M = 0.01;

let status: BoneAssetStatus = { state: 'idle' };
let geometries: { readonly main: BoneGeometries; readonly ghost: BoneGeometries } | null = null;
const listeners = new Set<() => void>();

function set(next: BoneAssetStatus): void {
  status = next;
  for (const l of listeners) l();
}

export function boneAssetStatus(): BoneAssetStatus {
  return status;
}

/** Starts the download (once); the figure keeps its procedural bones if it fails. */
export function loadBones(): void {
  if (status.state !== 'idle') return;
  set({ state: 'loading' });
  const started = performance.now();
  fetch(boneAssetUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${boneAssetUrl}`);
      return r.arrayBuffer();
    })
    .then((buffer) => {
      const { parts } = decodeAsset(buffer);
      const main = boneGeometries(parts);
      geometries = { main, ghost: boneGeometries(parts.map((p) => simplified(p, GHOST_CELL_M))) };
      set({ state: 'ready', bytes: buffer.byteLength, triangles: main.triangles, meshes: main.byBody.size, parts: main.parts, loadMs: performance.now() - started });
    })
    .catch((e: unknown) => {
      // the procedural skeleton stays: a missing asset must never blank the figure
      console.warn(`bone meshes not loaded, drawing the simple skeleton: ${e instanceof Error ? e.message : String(e)}`);
      set({ state: 'failed', error: e instanceof Error ? e.message : String(e) });
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The bone geometries once loaded (null before): full detail for the figure, simplified for the ghost; re-renders the caller when they arrive. */
export function useBones(): { readonly main: BoneGeometries; readonly ghost: BoneGeometries } | null {
  useSyncExternalStore(subscribe, boneAssetStatus, boneAssetStatus);
  return geometries;
}
