/**
 * The skeleton: one instanced mesh per primitive kind, every part carried by
 * its model body each frame. The compare figure draws the same parts in one
 * translucent colour.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { DoubleSide } from 'three';
import type { FigureModel } from './motion/figure-model.ts';
import { writeRigid, type RigidSet } from './motion/rigid.ts';
import type { MotionSampler } from './motion/sampler.ts';
import { IliacWings } from './IliacWings.tsx';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { BONE, BONE_DARK, PROP, REFERENCE, REFERENCE_OPACITY } from './palette.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_BOX, UNIT_CONE, UNIT_CYLINDER, UNIT_RING, UNIT_SPHERE } from './unit-geometries.ts';
import type { BufferGeometry } from 'three';
import { BoneMeshes, type BonePass } from './bones/BoneMeshes.tsx';
import { loadBones, useBones } from './bones/load-bones.ts';
import { GHOST_PASSES, GHOST_PASSES_BESIDE } from './ghost/ghost-passes.tsx';
import { Vertebrae } from './spine/Vertebrae.tsx';

const MAIN_PASSES: readonly BonePass[] = [{ key: 'colour', renderOrder: 0, material: () => <meshLambertMaterial color={BONE} /> }];

function Material({ colour, ghost }: { colour: string; ghost: boolean }) {
  return ghost ? (
    <meshLambertMaterial color={REFERENCE} transparent opacity={REFERENCE_OPACITY} depthWrite={false} />
  ) : (
    <meshLambertMaterial color={colour} />
  );
}

function RigidMesh({ name, set, geometry, colour, ghost }: { name: string; set: RigidSet; geometry: BufferGeometry; colour: string; ghost: boolean }) {
  const write = useCallback((s: MotionSampler, m: Float32Array) => writeRigid(set, s, m), [set]);
  return (
    <InstancedPart name={name} geometry={geometry} count={set.count} write={write} renderOrder={ghost ? 2 : 0}>
      <Material colour={colour} ghost={ghost} />
    </InstancedPart>
  );
}

/**
 * The OpenSim bone meshes once their asset has arrived (loading starts after
 * the first render and never blocks it), with L1–L5 as procedural vertebrae;
 * until then, or if the asset cannot be loaded, the procedural skeleton.
 */
export function Skeleton({ model, ghost = false, outline = false }: { model: FigureModel; ghost?: boolean; outline?: boolean }) {
  const { bones, seat } = model;
  const prefix = ghost ? 'reference-' : '';
  const seatPlacements = useMemo(() => (seat ? [seat] : []), [seat]);
  const meshes = useBones();
  useEffect(() => loadBones(), []);
  if (meshes) {
    return (
      <group name={`${prefix}skeleton`}>
        <BoneMeshes model={model} bones={ghost ? meshes.ghost : meshes.main} prefix={prefix} passes={ghost ? (outline ? GHOST_PASSES : GHOST_PASSES_BESIDE) : MAIN_PASSES} />
        <Vertebrae model={model} ghost={ghost} />
        {seat && (
          <PlacedInstances name={`${prefix}seat`} geometry={UNIT_BOX} placements={seatPlacements}>
            <Material colour={PROP} ghost={ghost} />
          </PlacedInstances>
        )}
      </group>
    );
  }
  return (
    <group name={`${prefix}skeleton`}>
      <RigidMesh name={`${prefix}bone-rods`} set={bones.rods} geometry={UNIT_CYLINDER} colour={BONE} ghost={ghost} />
      <RigidMesh name={`${prefix}bone-balls`} set={bones.balls} geometry={UNIT_SPHERE} colour={BONE} ghost={ghost} />
      <RigidMesh name={`${prefix}bone-blocks`} set={bones.blocks} geometry={UNIT_BOX} colour={BONE_DARK} ghost={ghost} />
      <RigidMesh name={`${prefix}sacrum`} set={bones.cones} geometry={UNIT_CONE} colour={BONE_DARK} ghost={ghost} />
      <RigidMesh name={`${prefix}ribs`} set={bones.rings} geometry={UNIT_RING} colour={BONE} ghost={ghost} />
      <RigidMesh name={`${prefix}iliac-rims`} set={bones.rims} geometry={UNIT_CYLINDER} colour={BONE_DARK} ghost={ghost} />
      <IliacWings model={model} name={`${prefix}iliac-wings`}>
        {ghost ? (
          <meshLambertMaterial color={REFERENCE} side={DoubleSide} transparent opacity={REFERENCE_OPACITY} depthWrite={false} />
        ) : (
          <meshLambertMaterial color={BONE} side={DoubleSide} />
        )}
      </IliacWings>
      {seat && (
        <PlacedInstances name={`${prefix}seat`} geometry={UNIT_BOX} placements={seatPlacements}>
          <Material colour={PROP} ghost={ghost} />
        </PlacedInstances>
      )}
    </group>
  );
}
