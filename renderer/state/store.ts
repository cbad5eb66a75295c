/**
 * Session state (zustand): what the user sees around the data, never the data itself — that
 * lives in IndexedDB and reaches screens through live queries (renderer/db/hooks.ts).
 */
import { create } from 'zustand';
import type { History } from '../../shared/domain/undo.ts';
import type { ReadWorkshopFile } from '../../shared/file/format.ts';
import type { MergePlan } from '../../shared/merge/merge.ts';

export interface WriteError {
  /** What the user tried to do, e.g. `Save “Fraud detection”`. */
  action: string;
  /** Why it failed and what to do, in plain words. */
  message: string;
  /** Runs the same write again; the change is kept in memory until it lands. */
  retry: () => Promise<boolean>;
}

export interface Notice {
  message: string;
  undo?: () => void;
  /** A next step the message offers, e.g. "Export the merged file". */
  action?: { label: string; run: () => void };
}

/** A decision just made, which the room may give a one-line why for the decision log. */
export interface DecisionAsk {
  workshopId: string;
  what: string;
  candidateIds: string[];
}

/** A file on its way in, while the room decides what to do with it (features/files/importFlow.ts). */
export type ImportFlow =
  | { stage: 'choose'; fileName: string; read: ReadWorkshopFile; localTitle: string }
  | {
      stage: 'merge';
      fileName: string;
      read: ReadWorkshopFile;
      plan: MergePlan;
      /** The write counter the plan was computed at: Apply refuses if anything was written since. */
      clock: number;
      /** Set when the plan had to be computed again because the workshop changed meanwhile. */
      isRecomputed: boolean;
    };

/**
 * Something an action asked a screen to do once it shows (e.g. File > New workshop opens the home
 * screen's dialog; Export deck… starts the Deck screen's export). The screen takes it and clears it.
 */
export type ScreenRequest = 'new-workshop' | 'export-deck';

interface RequestSlice {
  pendingRequest: ScreenRequest | null;
  request(request: ScreenRequest): void;
  /** Takes the pending request if it is this one: true once, then it is gone. */
  takeRequest(request: ScreenRequest): boolean;
}

interface ImportSlice {
  importFlow: ImportFlow | null;
  setImportFlow(flow: ImportFlow | null): void;
}

interface HistorySlice {
  /** Undo/redo history per scope (a workshop id, or the library). Session only, by design. */
  histories: Record<string, History>;
  setHistory(scope: string, history: History): void;
}

interface BannerSlice {
  /** Writes that failed, oldest first; none is dropped until it lands or the user discards it. */
  writeErrors: readonly WriteError[];
  /** A file that could not be opened or saved, in plain words. */
  fileError: string | null;
  notice: Notice | null;
  /** The decision waiting for its why (or a skip); a new one replaces it. */
  decisionAsk: DecisionAsk | null;
  askWhy(ask: DecisionAsk | null): void;
  addWriteError(error: WriteError): void;
  removeWriteError(error: WriteError): void;
  clearWriteErrors(): void;
  /** Writes started and not yet landed (or failed): "Saving…" while above 0. */
  pendingWrites: number;
  setPendingWrites(count: number): void;
  setFileError(message: string | null): void;
  showNotice(notice: Notice | null): void;
}

export const useSessionStore = create<BannerSlice & HistorySlice & ImportSlice & RequestSlice>()(
  (set, get) => ({
    pendingRequest: null,
    request: (pendingRequest) => set({ pendingRequest }),
    takeRequest: (request) => {
      if (get().pendingRequest !== request) return false;
      set({ pendingRequest: null });
      return true;
    },
    importFlow: null,
    setImportFlow: (importFlow) => set({ importFlow }),
    histories: {},
    setHistory: (scope, history) =>
      set((s) => ({ histories: { ...s.histories, [scope]: history } })),
    writeErrors: [],
    fileError: null,
    notice: null,
    decisionAsk: null,
    askWhy: (decisionAsk) => set({ decisionAsk }),
    addWriteError: (error) => set((s) => ({ writeErrors: [...s.writeErrors, error] })),
    removeWriteError: (error) =>
      set((s) => ({ writeErrors: s.writeErrors.filter((e) => e !== error) })),
    clearWriteErrors: () => set({ writeErrors: [] }),
    pendingWrites: 0,
    setPendingWrites: (pendingWrites) => set({ pendingWrites }),
    setFileError: (fileError) => set({ fileError }),
    showNotice: (notice) => set({ notice }),
  }),
);
