import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../electron/main/security.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp.ts';

const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');

function metaPolicies(): string[] {
  const metas = html.match(/<meta\b[^>]*>/gi) ?? [];
  return metas
    .filter((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag))
    .map((tag) => /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '');
}

describe('one content security policy for the header and the <meta>', () => {
  it('renderer/index.html carries exactly the string main sends as its header', () => {
    expect(metaPolicies()).toEqual([CONTENT_SECURITY_POLICY]);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('has no directive a <meta> policy ignores, so the two can stay one string', () => {
    // Browsers drop these from a <meta> policy, with a console warning (which the e2e tests count
    // as a CSP fault), so they could only ever hold in the header.
    const names = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)[0]);
    for (const ignored of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) {
      expect(names).not.toContain(ignored);
    }
  });

  it('still forbids framing the app, with a header a <meta> cannot express', () => {
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
  });
});
