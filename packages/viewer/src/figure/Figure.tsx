/**
 * One figure, animated by its motion: the skeleton, discs, and for the main
 * figure the muscles, force arrows, gravity line and the angle annotations
 * of the current view. The compare figure draws only bones (and, beside
 * the figure, its discs and angles).
 */
import type { FigureModel } from './motion/figure-model.ts';
import type { CameraView, Layers } from '../store/store.ts';
import { AngleAnnotations } from './AngleAnnotations.tsx';
import { FigureAnimator } from './animation/FigureAnimator.tsx';
import { DiscHalves } from './DiscHalves.tsx';
import { ForceArrows } from './ForceArrows.tsx';
import { GravityMarkers } from './GravityMarkers.tsx';
import { AnimatedLabel, LabelSprite } from './LabelSprite.tsx';
import { MuscleBellies } from './muscles/MuscleBellies.tsx';
import { Skeleton } from './Skeleton.tsx';

interface Props {
  readonly model: FigureModel;
  readonly ceilingN: number;
  readonly layers: Layers;
  readonly view: CameraView;
}

/**
 * "Left" and "Right" under the feet in the back and front views, each beside
 * its own foot (placed at the frame-0 hips, so they hold still in gait).
 */
function SideNames({ model, view }: { model: FigureModel; view: 'back' | 'front' }) {
  const { l, r } = model.drawing.anatomy.legs;
  // from behind the subject's right is screen right; from the front it is screen left
  const outward = view === 'back' ? (['right', 'left'] as const) : (['left', 'right'] as const);
  return (
    <group name="side-labels">
      <LabelSprite text="Left" position={[l.hip.x, -0.06, l.hip.z]} anchor={outward[0]} pixelHeight={20} />
      <LabelSprite text="Right" position={[r.hip.x, -0.06, r.hip.z]} anchor={outward[1]} pixelHeight={20} />
    </group>
  );
}

export function Figure({ model, ceilingN, layers, view }: Props) {
  return (
    <FigureAnimator motion={model.motion}>
      <group name="figure">
        <Skeleton model={model} />
        <DiscHalves model={model} ceilingN={ceilingN} />
        {layers.muscles && <MuscleBellies model={model} />}
        {layers.forces && <ForceArrows model={model} />}
        {layers.gravityLine && <GravityMarkers model={model} />}
        {layers.angles && view === 'side' && <AngleAnnotations set={model.side} name="side-annotations" />}
        {layers.angles && view === 'back' && <AngleAnnotations set={model.back} name="back-annotations" />}
        {(view === 'back' || view === 'front') && <SideNames model={model} view={view} />}
      </group>
    </FigureAnimator>
  );
}

interface CompareProps {
  readonly model: FigureModel;
  readonly ceilingN: number;
  readonly offset: readonly [number, number, number];
  readonly view: CameraView;
  /** The compare set's name, drawn above its head. */
  readonly label: string;
  /** Drawn over the figure: bones only, since its discs would sit inside the figure's own. */
  readonly overlay: boolean;
}

/**
 * The compare set's figure: translucent bones named by its label. Beside the
 * figure it also gets its discs and a caption of its own angles under its
 * feet; over the figure it is a ghost whose difference in posture shows as
 * bones that stand out of the opaque figure.
 */
export function CompareFigure({ model, ceilingN, offset, view, label, overlay }: CompareProps) {
  const head = model.drawing.anatomy.head;
  const s = model.drawing.anatomy.s;
  return (
    <FigureAnimator motion={model.motion}>
      <group name="compare-figure" position={[...offset]}>
        <Skeleton model={model} ghost outline={overlay} />
        {!overlay && <DiscHalves model={model} ceilingN={ceilingN} name="compare-disc-halves" />}
        {/* over the figure the head is taken: the name goes under the feet, where the frame always has room */}
        <LabelSprite
          text={`Compare: ${label}`}
          position={overlay ? [head.x, -0.16 * s, head.z] : [head.x, head.y + 0.2 * s, head.z]}
          anchor="centre"
          pixelHeight={20}
        />
        {!overlay && <AnimatedLabel label={view === 'back' ? model.caption.back : model.caption.side} pixelHeight={18} />}
      </group>
    </FigureAnimator>
  );
}
