import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp.ts';

const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');

describe('renderer/index.html', () => {
  it('carries the app CSP in a <meta>, directive for directive', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean);
    expect(meta).not.toBeNull();
    expect(directives(meta?.[1] ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY));
  });

  it('loads nothing from outside the app', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
