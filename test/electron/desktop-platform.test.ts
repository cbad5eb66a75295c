// Lives beside the shell tests because it checks the renderer's end of the preload bridge.
import { describe, expect, it, vi } from 'vitest';
import { createDesktopPlatform } from '../../renderer/platform/desktop.ts';
import type { ScalepathBridge } from '../../shared/ipc/contract.ts';
import { saveWorkshopFileRequestSchema } from '../../shared/ipc/contract.ts';

function fakeBridge() {
  const unsubscribe = vi.fn();
  return {
    unsubscribe,
    bridge: {
      openWorkshopFile: vi.fn(async () => ({ name: 'a.scalepath', text: '{}' })),
      saveWorkshopFile: vi.fn(async (_name: string, _text: string) => true),
      savePdf: vi.fn(async (_name: string, _bytes: Uint8Array) => false),
      saveCsv: vi.fn(async (_name: string, _text: string) => true),
      onFileOpened: vi.fn(() => unsubscribe),
      onMenuCommand: vi.fn(() => unsubscribe),
      appVersion: vi.fn(async () => '0.1.0'),
      openAudienceWindow: vi.fn(async () => true),
      backupWorkshops: vi.fn(async () => true),
      listBackups: vi.fn(async () => []),
      readBackup: vi.fn(async (_workshopId: string, name: string) => ({ name, text: '{}' })),
      onBackupNow: vi.fn(() => unsubscribe),
    } satisfies ScalepathBridge,
  };
}

describe('the desktop platform', () => {
  it('is the desktop kind and passes calls through the bridge', async () => {
    const { bridge, unsubscribe } = fakeBridge();
    const platform = createDesktopPlatform(bridge);
    expect(platform.kind).toBe('desktop');
    await expect(platform.openWorkshopFile()).resolves.toEqual({ name: 'a.scalepath', text: '{}' });
    await expect(platform.appVersion()).resolves.toBe('0.1.0');
    const listener = vi.fn();
    platform.onFileOpened(listener)();
    expect(bridge.onFileOpened).toHaveBeenCalledWith(listener);
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('turns workshop titles into file names main accepts', async () => {
    const { bridge } = fakeBridge();
    const platform = createDesktopPlatform(bridge);
    await platform.saveWorkshopFile('Strategy: Q3/Q4 "AI" pilots?', '{}');
    const name = bridge.saveWorkshopFile.mock.calls[0]?.[0] ?? '';
    expect(name).toBe('Strategy- Q3-Q4 -AI- pilots.scalepath');
    expect(saveWorkshopFileRequestSchema.safeParse({ suggestedName: name, text: '' }).success).toBe(
      true,
    );
    const bytes = new Uint8Array([1]);
    await platform.savePdf('Acme deck', bytes);
    expect(bridge.savePdf).toHaveBeenCalledWith('Acme deck.pdf', bytes);
  });

  it('explains itself when created outside Electron', () => {
    vi.stubGlobal('window', {});
    try {
      expect(() => createDesktopPlatform()).toThrow('window.scalepath');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
