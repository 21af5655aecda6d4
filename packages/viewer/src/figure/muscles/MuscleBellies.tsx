/**
 * The muscles of the main figure as tapered bellies (tube-layout.ts), in
 * three meshes: the deep muscles; the gluteus maximus, drawn translucent so
 * the piriformis and the gluteus medius and minimus show through it; and the
 * blue outline sheaths of tight or high-tone muscles (back faces of a wider
 * belly). Hovering or tapping a belly names it (MuscleLabel).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { BackSide } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { FigureModel } from '../motion/figure-model.ts';
import type { MotionSampler } from '../motion/sampler.ts';
import { TENSION } from '../palette.ts';
import { useViewer } from '../../store/use-viewer.ts';
import { radiusFactor, tubeEmphasis, WHOLE_BODY_SCALE } from './emphasis.ts';
import { writeTubeColours } from './muscle-colours.ts';
import { muscleLabel } from './muscle-names.ts';
import { setMuscleLabel } from './muscle-label-state.ts';
import { AnatomyProbe } from './AnatomyProbe.tsx';
import { layoutTubes, tubeOfFace, type TubeLayout } from './tube-layout.ts';
import { TubeMesh } from './TubeMesh.tsx';

/** The tension sheath is this much wider than its belly. */
const SHEATH_SCALE = 1.45;
/** A pointer that moved more than this between down and up was orbiting, not tapping (px). */
const TAP_SLOP_PX = 6;

/** What the pointer is over: the element (pose.muscles index) and where, in CSS px from the canvas's corner. */
interface MuscleHit {
  readonly layer: 'deep' | 'superficial';
  readonly element: number;
  readonly x: number;
  readonly y: number;
}

interface Layers {
  readonly deep: TubeLayout;
  readonly superficial: TubeLayout;
  readonly tension: TubeLayout | null;
}

function useLayer(layout: TubeLayout, model: FigureModel, highlight: readonly string[], zoom: number, extra = 1) {
  const emphasis = useMemo(() => tubeEmphasis(layout, model.motion, highlight), [layout, model.motion, highlight]);
  const radiusOf = useCallback((k: number) => radiusFactor(emphasis, k, zoom, extra), [emphasis, zoom, extra]);
  const colour = useCallback((s: MotionSampler, c: Float32Array) => writeTubeColours(layout, s, emphasis, c), [layout, emphasis]);
  return { radiusOf, colour };
}

export function MuscleBellies({ model }: { model: FigureModel }) {
  const motion = model.motion;
  const highlight = useViewer((s) => s.highlight);
  const focus = useViewer((s) => s.focus);
  const zoom = focus === 'body' ? WHOLE_BODY_SCALE : 1;

  const layers = useMemo((): Layers => {
    const deep: number[] = [];
    const superficial: number[] = [];
    motion.pose.muscles.forEach((m, e) => (m.group === 'gluteusMaximus' ? superficial : deep).push(e));
    // tight or high-tone elements: those the rod layout gave a sheath (motion/muscle-layout.ts decides)
    const raised = [...new Set(Array.from(model.muscles.element).filter((_, k) => model.muscles.sheathOf[k]! >= 0))];
    return { deep: layoutTubes(motion, deep), superficial: layoutTubes(motion, superficial), tension: raised.length > 0 ? layoutTubes(motion, raised) : null };
  }, [motion, model.muscles]);

  const probeLayouts = useMemo(() => new Map([['muscle-bellies', layers.deep], ['muscle-bellies-superficial', layers.superficial]]), [layers]);
  const deep = useLayer(layers.deep, model, highlight, zoom);
  const superficial = useLayer(layers.superficial, model, highlight, zoom);
  const tensionLayout = layers.tension ?? layers.deep;
  const tension = useLayer(tensionLayout, model, highlight, zoom, SHEATH_SCALE);

  const [hover, setHover] = useState<MuscleHit | null>(null);
  const [pinned, setPinned] = useState<MuscleHit | null>(null);
  const view = useViewer((s) => s.view);
  useEffect(() => {
    // a new answer may have other muscles, a new camera puts them elsewhere: drop the label
    setHover(null);
    setPinned(null);
  }, [motion, view, focus]);
  const shown = pinned ?? hover;
  useEffect(() => {
    const m = shown ? motion.pose.muscles[shown.element] : undefined;
    setMuscleLabel(shown && m ? { text: muscleLabel(m.name, m.group, m.side), x: shown.x, y: shown.y } : null);
  }, [shown, motion]);
  useEffect(() => () => setMuscleLabel(null), []);

  const hit = (layer: 'deep' | 'superficial', layout: TubeLayout, e: ThreeEvent<PointerEvent> | ThreeEvent<MouseEvent>): MuscleHit | null => {
    const k = tubeOfFace(e.faceIndex, layout);
    if (k < 0) return null;
    return { layer, element: layout.elements[k]!, x: e.nativeEvent.offsetX, y: e.nativeEvent.offsetY };
  };
  // r3f calls the nearest hit first, then the ones behind it. A deep belly stops the event, so
  // glmax behind it never steals the label; glmax in front lets it through, so a deep muscle seen
  // through the translucent gluteus maximus comes second and wins: the label names what shows.
  const onMove = (layer: 'deep' | 'superficial', layout: TubeLayout) => (e: ThreeEvent<PointerEvent>) => {
    if (layer === 'deep') e.stopPropagation();
    const h = hit(layer, layout, e);
    // re-render only when the named muscle changes (the label stays where it was first hit)
    if (h) setHover((old) => (old && old.element === h.element ? old : h));
  };
  const onOut = (layer: 'deep' | 'superficial') => () => setHover((old) => (old?.layer === layer ? null : old));
  const onTap = (layer: 'deep' | 'superficial', layout: TubeLayout) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > TAP_SLOP_PX) return;
    const h = hit(layer, layout, e);
    if (!h) return;
    if (layer === 'deep') e.stopPropagation();
    setPinned((old) => (old && old.element === h.element ? null : h));
  };

  return (
    // a click or tap that hits no belly closes a pinned label
    <group name="muscles" onPointerMissed={() => setPinned(null)}>
      <TubeMesh name="muscle-bellies" layout={layers.deep} radiusOf={deep.radiusOf} colour={deep.colour} onPointerMove={onMove('deep', layers.deep)} onPointerOut={onOut('deep')} onClick={onTap('deep', layers.deep)}>
        <meshLambertMaterial vertexColors />
      </TubeMesh>
      <TubeMesh
        name="muscle-bellies-superficial"
        layout={layers.superficial}
        radiusOf={superficial.radiusOf}
        colour={superficial.colour}
        renderOrder={3}
        onPointerMove={onMove('superficial', layers.superficial)}
        onPointerOut={onOut('superficial')}
        onClick={onTap('superficial', layers.superficial)}
      >
        <meshLambertMaterial vertexColors transparent opacity={0.45} depthWrite={false} />
      </TubeMesh>
      {layers.tension && (
        <TubeMesh name="muscle-tension-sheaths" layout={layers.tension} radiusOf={tension.radiusOf}>
          <meshBasicMaterial color={TENSION} side={BackSide} />
        </TubeMesh>
      )}
      <AnatomyProbe model={model} layouts={probeLayouts} />
    </group>
  );
}
