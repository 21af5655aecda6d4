/** React access to the one viewer store and the gait playhead, created at start-up and provided through context. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Playhead } from './playhead.ts';
import type { ViewerStore, ViewerStoreApi } from './store.ts';

export const ViewerStoreContext = createContext<ViewerStoreApi | null>(null);
export const PlayheadContext = createContext<Playhead | null>(null);

export function useViewerStoreApi(): ViewerStoreApi {
  const api = useContext(ViewerStoreContext);
  if (!api) throw new Error('useViewer must be used inside <ViewerStoreContext.Provider>');
  return api;
}

/** Subscribes to one slice; the component re-renders only when that slice changes (Object.is). */
export function useViewer<T>(selector: (state: ViewerStore) => T): T {
  return useStore(useViewerStoreApi(), selector);
}

export function usePlayhead(): Playhead {
  const playhead = useContext(PlayheadContext);
  if (!playhead) throw new Error('usePlayhead must be used inside <PlayheadContext.Provider>');
  return playhead;
}
