import { describe, expect, it } from 'vitest';
import { landingPath, loginPath, safeNextPath } from './landing';

describe('landingPath', () => {
  it('sends each role to its daily page', () => {
    expect(landingPath({ role: 'department', jurisdictionCode: '610329' })).toBe('/workspace');
    expect(landingPath({ role: 'office', jurisdictionCode: '610329' })).toBe('/office/reports');
    expect(landingPath({ role: 'leader', jurisdictionCode: '610329' })).toBe('/j/610329/dashboard');
    expect(landingPath({ role: 'city_viewer', jurisdictionCode: '610300' })).toBe(
      '/j/610300/rollup',
    );
  });
});

describe('safeNextPath', () => {
  it('keeps a path of this app', () => {
    expect(safeNextPath('/tasks/3/reports/2026-05?x=1')).toBe('/tasks/3/reports/2026-05?x=1');
  });

  it('refuses other sites and the login page', () => {
    expect(safeNextPath('https://evil.example/')).toBeNull();
    expect(safeNextPath('//evil.example/')).toBeNull();
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath('/login?next=/a')).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });

  it('round-trips through the login URL', () => {
    const next = '/tasks/3/reports/2026-05';
    const url = new URL(loginPath(next), 'http://x');
    expect(safeNextPath(url.searchParams.get('next'))).toBe(next);
    expect(loginPath('/')).toBe('/login');
  });
});
