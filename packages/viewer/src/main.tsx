/** Boot: one store, one gait playhead, one model client, the solve loop between them, then the React tree. */
import { StrictMode } from 'react';
import type { ModelParams } from '@lumbo/model';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installDebugHandle } from './debug-handle.ts';
import { registerOfflineCache } from './offline/register.ts';
import { loadLink, startLinkSync } from './share/store-link.ts';
import { createModelClient } from './model-client.ts';
import { createPlayhead } from './state/playhead.ts';
import { browserStorage, loadReducedMotion, syncReducedMotion } from './state/reduced-motion.ts';
import { START_PRESET_ID } from './state/presets.ts';
import { solverEvents, startSolveLoop } from './state/solve-loop.ts';
import { createViewerStore } from './state/store.ts';
import { PlayheadContext, ViewerStoreContext } from './state/use-viewer.ts';
import './styles.css';

// the default on screen: the lower crossed syndrome preset, standing, compared with the healthy preset;
// a gait cycle starts playing unless reduced motion is on (the stored choice, else the system's preference)
const storage = browserStorage();
const reducedMotion = loadReducedMotion(storage, window.matchMedia('(prefers-reduced-motion: reduce)').matches);
const store = createViewerStore({ presetId: START_PRESET_ID, reducedMotion });
syncReducedMotion(store, storage, document.documentElement);
// a shared link restores its view before the first request; a refused link leaves the defaults and says why
const refused = loadLink(store, location.hash);
if (refused.length) store.getState().setLinkNotice(refused);
startLinkSync(store, (errors) => store.getState().setLinkNotice(errors));
const playhead = createPlayhead();
const client = createModelClient<ModelParams>(solverEvents(store));
startSolveLoop(store, client);
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
