/** The zustand slice pattern: each slice sees the whole store but creates only its own part. */
import type { StateCreator } from 'zustand/vanilla';
import type { ViewerStore } from './store.ts';

export type Slice<T> = StateCreator<ViewerStore, [], [], T>;
