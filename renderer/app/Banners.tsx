import { useEffect } from 'react';
import { retryFailedWrites } from '../state/perform.ts';
import { useSessionStore } from '../state/store.ts';

/**
 * The write-error banner stays until the write lands (Retry) or the user dismisses it: a failed
 * save is never silent. The notice (e.g. "Deleted … — Undo") fades after a while.
 */
export function Banners() {
  const writeErrors = useSessionStore((s) => s.writeErrors);
  const fileError = useSessionStore((s) => s.fileError);
  const notice = useSessionStore((s) => s.notice);
  const setFileError = useSessionStore((s) => s.setFileError);
  const clearWriteErrors = useSessionStore((s) => s.clearWriteErrors);
  const [firstError] = writeErrors;
  const more = writeErrors.length - 1;
  const showNotice = useSessionStore((s) => s.showNotice);

  useEffect(() => {
    // A notice that offers a next step stays until it is taken or closed.
    if (!notice || notice.action) return;
    const timer = setTimeout(() => showNotice(null), 12_000);
    return () => clearTimeout(timer);
  }, [notice, showNotice]);

  return (
    <>
      {firstError && (
        <div className="banner banner-error" role="alert">
          <p>
            <strong>
              Not saved: {firstError.action}
              {more > 0 ? ` and ${more} more change${more === 1 ? '' : 's'}` : ''}.
            </strong>{' '}
            {firstError.message}
          </p>
          <div className="banner-actions">
            <button type="button" onClick={() => void retryFailedWrites()}>
              Retry
            </button>
            <button type="button" onClick={clearWriteErrors}>
              {more > 0 ? 'Discard these changes' : 'Discard change'}
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
              {notice.action && (
                <button
                  type="button"
                  onClick={() => {
                    notice.action?.run();
                    showNotice(null);
                  }}
                >
                  {notice.action.label}
                </button>
              )}
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
