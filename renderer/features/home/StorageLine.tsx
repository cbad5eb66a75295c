import { useEffect, useState } from 'react';
import type { StorageStatus } from './storage.ts';
import { storageStatus } from './storage.ts';

/** Reads the browser's storage figures (main.tsx asks for persistence at start). */
async function readStorage(): Promise<StorageStatus | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (storage?.estimate === undefined) return null;
  const isPersisted = (await storage.persisted?.()) ?? false;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return storageStatus({ usage, quota, isPersisted });
}

/** The home screen's line on storage, and a warning when it is nearly full. */
export function StorageLine() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let isMounted = true;
    void readStorage()
      .then((s) => {
        if (isMounted) setStatus(s);
      })
      .catch(() => undefined);
    return () => {
      isMounted = false;
    };
  }, []);
  if (status === null) return null;
  return (
    <>
      <p className="storage-line">{status.text}</p>
      {status.warning !== null && (
        <p className="storage-warning" role="alert">
          {status.warning}
        </p>
      )}
    </>
  );
}
