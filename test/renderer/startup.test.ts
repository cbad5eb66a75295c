import { describe, expect, it } from 'vitest';
import { startupErrorMessage } from '../../renderer/app/startup.ts';

describe('the words for a library that cannot be opened', () => {
  it('a newer version’s data: open it with that version', () => {
    expect(
      startupErrorMessage(new DOMException('The requested version is less.', 'VersionError')),
    ).toBe(
      'The workshops stored here were saved by a newer version of Scalepath. Open them with that version, or a newer one; nothing was changed.',
    );
  });

  it('any other failure: its reason, that nothing changed, and what to do', () => {
    expect(
      startupErrorMessage({ name: 'OpenFailedError', inner: new Error('Internal error.') }),
    ).toBe(
      'Scalepath could not open the workshops stored here (internal error). They are as they were: nothing was changed or lost. If the disk is full, free some space; then close Scalepath and open it again. If this comes back, open them with the version of Scalepath you used before, and export them.',
    );
    expect(startupErrorMessage(null)).toContain('stored here (no reason given)');
  });
});
