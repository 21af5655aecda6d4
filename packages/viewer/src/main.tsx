/** Boot: one store, one model client, the solve loop between them, then the React tree. */
import { StrictMode } from 'react';
import type { ModelParams } from '@lumbo/model';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installDebugHandle } from './debug-handle.ts';
import { createModelClient } from './model-client.ts';
import { solverEvents, startSolveLoop } from './state/solve-loop.ts';
import { createViewerStore } from './state/store.ts';
import { ViewerStoreContext } from './state/use-viewer.ts';
import './styles.css';

// the default on screen: healthy default parameters, standing (presets plug in through applyPreset)
const store = createViewerStore();
const client = createModelClient<ModelParams>(solverEvents(store));
startSolveLoop(store, client);
installDebugHandle({ store, killWorker: () => client.killWorker() });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ViewerStoreContext.Provider value={store}>
      <App />
    </ViewerStoreContext.Provider>
  </StrictMode>,
);
