// React bindings for the app store.

import { useSyncExternalStore } from 'react';
import { store, type AppState } from './state/store';

export function useAppState(): AppState {
  return useSyncExternalStore(store.subscribe, store.getState);
}
