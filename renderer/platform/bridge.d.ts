import type { ScalepathBridge } from '../../shared/ipc/contract.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer runs in a plain browser. */
    readonly scalepath?: ScalepathBridge;
  }
}
