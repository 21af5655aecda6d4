/** Boot: one store, one gait playhead, one model client, the solve loop between them, then the React tree. */
import { StrictMode } from 'react';
import type { ModelParams } from '@lumbo/model';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installDebugHandle } from '../store/debug-handle.ts';
import { registerOfflineCache } from '../features/offline/register.ts';
import { loadLink, startLinkSync } from '../features/share/store-link.ts';
import { createModelClient } from '../worker/model-client.ts';
import { createPlayhead } from '../store/playhead.ts';
import { browserStorage, loadReducedMotion, syncReducedMotion } from '../store/reduced-motion.ts';
import { START_PRESET_ID } from '../lib/presets.ts';
import { solverEvents, startSolveLoop } from '../worker/solve-loop.ts';
import { createViewerStore } from '../store/store.ts';
import { readUrlSwitches } from '../lib/url-switches.ts';
import { PlayheadContext, ViewerStoreContext } from '../store/use-viewer.ts';
import './styles.css';
import './layouts.css';

// the default on screen: the lower crossed syndrome preset, standing, compared with the healthy preset;
// a gait cycle starts playing unless reduced motion is on (the stored choice, else the system's preference)
const storage = browserStorage();
const reducedMotion = loadReducedMotion(storage, window.matchMedia('(prefers-reduced-motion: reduce)').matches);
const store = createViewerStore({ presetId: START_PRESET_ID, reducedMotion });
syncReducedMotion(store, storage, document.documentElement);
// a shared link restores its view before the first request; a refused link leaves the defaults and says why,
// and so does a bad query switch (lib/url-switches.ts)
const switches = readUrlSwitches(location.search);
const refused = [...loadLink(store, location.hash), ...switches.errors];
if (refused.length) store.getState().setLinkNotice(refused);
startLinkSync(store, (errors) => store.getState().setLinkNotice(errors));
const playhead = createPlayhead();
// `?gait-preview=on` answers a gait request with a coarse 26-frame cycle first ("Refining…"), then the full one.
// Off by default: measured on software WebGL it did not bring the first new cycle on screen sooner and delayed
// the full one (docs/performance.md, Viewer); kept for machines and measurements where it may (docs/viewer.md)
const client = createModelClient<ModelParams>(solverEvents(store), switches.gaitPreview ? {} : { coarseGaitFrames: null });
startSolveLoop(store, client);
// the anatomy probe joins from the 3-D chunk (app/Viewport.tsx), so three.js is not evaluated before the panels render
installDebugHandle({ store, playhead, killWorker: () => client.killWorker() });
registerOfflineCache(store);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ViewerStoreContext.Provider value={store}>
      <PlayheadContext.Provider value={playhead}>
        <App />
      </PlayheadContext.Provider>
    </ViewerStoreContext.Provider>
  </StrictMode>,
);
