import { useEffect } from 'react';
import { useSessionStore } from '../state/store.ts';

/**
 * The write-error banner stays until the write lands (Retry) or the user dismisses it: a failed
 * save is never silent. The notice (e.g. "Deleted … — Undo") fades after a while.
 */
export function Banners() {
  const writeError = useSessionStore((s) => s.writeError);
  const fileError = useSessionStore((s) => s.fileError);
  const notice = useSessionStore((s) => s.notice);
  const setFileError = useSessionStore((s) => s.setFileError);
  const setWriteError = useSessionStore((s) => s.setWriteError);
  const showNotice = useSessionStore((s) => s.showNotice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => showNotice(null), 12_000);
    return () => clearTimeout(timer);
  }, [notice, showNotice]);

  return (
    <>
      {writeError && (
        <div className="banner banner-error" role="alert">
          <p>
            <strong>Not saved: {writeError.action}.</strong> {writeError.message}
          </p>
          <div className="banner-actions">
            <button type="button" onClick={writeError.retry}>
              Retry
            </button>
            <button type="button" onClick={() => setWriteError(null)}>
              Discard change
            </button>
          </div>
        </div>
      )}
      {fileError && (
        <div className="banner banner-error" role="alert">
          <p>{fileError}</p>
          <div className="banner-actions">
            <button type="button" onClick={() => setFileError(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      <div className="notice-region" role="status" aria-live="polite">
        {notice && (
          <div className="banner banner-notice">
            <p>{notice.message}</p>
            <div className="banner-actions">
              {notice.undo && (
                <button
                  type="button"
                  onClick={() => {
                    notice.undo?.();
                    showNotice(null);
                  }}
                >
                  Undo
                </button>
              )}
              <button type="button" aria-label="Close message" onClick={() => showNotice(null)}>
                ×
              </button>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
