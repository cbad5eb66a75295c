/**
 * Session state (zustand): what the user sees around the data, never the data itself — that
 * lives in IndexedDB and reaches screens through live queries (renderer/db/hooks.ts).
 */
import { create } from 'zustand';
import type { History } from '../../shared/domain/undo.ts';

export interface WriteError {
  /** What the user tried to do, e.g. `Save “Fraud detection”`. */
  action: string;
  /** Why it failed and what to do, in plain words. */
  message: string;
  /** Runs the same write again; the change is kept in memory until it lands. */
  retry: () => void;
}

export interface Notice {
  message: string;
  undo?: () => void;
}

interface HistorySlice {
  /** Undo/redo history per scope (a workshop id, or the library). Session only, by design. */
  histories: Record<string, History>;
  setHistory(scope: string, history: History): void;
}

interface BannerSlice {
  writeError: WriteError | null;
  /** A file that could not be opened or saved, in plain words. */
  fileError: string | null;
  notice: Notice | null;
  setWriteError(error: WriteError | null): void;
  setFileError(message: string | null): void;
  showNotice(notice: Notice | null): void;
}

export const useSessionStore = create<BannerSlice & HistorySlice>()((set) => ({
  histories: {},
  setHistory: (scope, history) => set((s) => ({ histories: { ...s.histories, [scope]: history } })),
  writeError: null,
  fileError: null,
  notice: null,
  setWriteError: (writeError) => set({ writeError }),
  setFileError: (fileError) => set({ fileError }),
  showNotice: (notice) => set({ notice }),
}));
