/**
 * What the app says when the library cannot be opened at start (issue 14): a newer version's data,
 * an upgrade that failed (the browser rolls it back whole, so the data is as the previous version
 * left it: test/renderer/database-upgrade.test.ts), or storage that cannot be opened at all. Every
 * case says that nothing was changed, and what to do.
 */
const reasonOf = (error: unknown): string => {
  const inner = (error as { inner?: unknown } | null)?.inner ?? error;
  if (inner === null || inner === undefined) return 'no reason given';
  const message = inner instanceof Error ? inner.message : String(inner);
  return message.trim().replace(/\.$/, '') || 'no reason given';
};

/** The words for a failed open of the library. */
export function startupErrorMessage(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'VersionError') {
    return 'The workshops stored here were saved by a newer version of Scalepath. Open them with that version, or a newer one; nothing was changed.';
  }
  const reason = reasonOf(error);
  return `Scalepath could not open the workshops stored here (${reason.charAt(0).toLowerCase()}${reason.slice(1)}). They are as they were: nothing was changed or lost. If the disk is full, free some space; then close Scalepath and open it again. If this comes back, open them with the version of Scalepath you used before, and export them.`;
}
