import { ACTIONS, parseUses, RETIRED_RUNTIMES, SNAPSHOT_DATE } from '../../src/data/github-actions/actions.js';
import { EVENT_FILTERS, EVENTS } from '../../src/data/github-actions/events.js';
import { ACTION_PERMISSIONS, loginPermissions, mergePermissions } from '../../src/data/github-actions/permissions.js';
import { HOSTED_LABELS, RETIRED_LABELS } from '../../src/data/github-actions/runners.js';
import { shellcheckDialect } from '../../src/data/github-actions/shells.js';

describe('action snapshot', () => {
  test('is dated', () => {
    expect(SNAPSHOT_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  test.each(Object.entries(ACTIONS))('%s is consistent', (name, meta) => {
    expect(name).toBe(name.toLowerCase());
    expect(meta.majors[meta.current]).toBeDefined();
    expect(RETIRED_RUNTIMES.has(meta.majors[meta.current]!)).toBe(false);
    if (meta.inputsFrom) expect(meta.majors[meta.inputsFrom]).toBeDefined();
    if (meta.cacheInput) expect(meta.inputs[meta.cacheInput]).toBeDefined();
    for (const major of Object.keys(meta.majors)) expect(major).toMatch(/^v\d+$/);
  });
  test.each([
    ['actions/checkout@v4', { action: 'actions/checkout', ref: 'v4', major: 'v4' }],
    ['actions/setup-node@v4.1.0', { action: 'actions/setup-node', ref: 'v4.1.0', major: 'v4' }],
    ['GitHub/codeql-action/init@v3', { action: 'github/codeql-action/init', ref: 'v3', major: 'v3' }],
    ['actions/checkout@main', { action: 'actions/checkout', ref: 'main' }],
  ])('parseUses(%s)', (uses, expected) => {
    expect(parseUses(uses)).toEqual(expected);
  });
  test('local and docker uses are not snapshot actions', () => {
    expect(parseUses('./.github/actions/x')).toBeUndefined();
    expect(parseUses('docker://alpine:3')).toBeUndefined();
  });
});

describe('events, runners, shells, permissions', () => {
  test('filters are only listed for known events', () => {
    for (const event of Object.keys(EVENT_FILTERS)) expect(EVENTS[event]).not.toBeUndefined();
  });
  test('retired labels are not hosted labels and point at one', () => {
    for (const [label, replacement] of Object.entries(RETIRED_LABELS)) {
      expect(HOSTED_LABELS.has(label)).toBe(false);
      expect(HOSTED_LABELS.has(replacement)).toBe(true);
    }
  });
  test.each([
    [undefined, 'bash'],
    ['bash', 'bash'],
    ['sh', 'sh'],
    ['bash -euo pipefail {0}', 'bash'],
    ['/bin/sh -e {0}', 'sh'],
    ['pwsh', undefined],
    ['python', undefined],
  ])('shellcheckDialect(%s) is %s', (shell, dialect) => {
    expect(shellcheckDialect(shell)).toBe(dialect);
  });
  test('permissions merge with write winning, sorted by scope', () => {
    expect(
      mergePermissions([{ contents: 'read' }, { 'security-events': 'write', contents: 'write' }, { actions: 'read' }]),
    ).toEqual({
      actions: 'read',
      contents: 'write',
      'security-events': 'write',
    });
    expect(Object.keys(mergePermissions([{ b: 'read' }, { a: 'read' }]))).toEqual(['a', 'b']);
  });
  test('docker/login-action needs packages: write only for ghcr.io with the job token', () => {
    expect(loginPermissions('ghcr.io', '${{ secrets.GITHUB_TOKEN }}')).toEqual({ packages: 'write' });
    expect(loginPermissions('ghcr.io', '${{ secrets.PAT }}')).toEqual({});
    expect(loginPermissions(undefined, '${{ github.token }}')).toEqual({});
  });
  test('every permission table entry uses read or write', () => {
    for (const permissions of Object.values(ACTION_PERMISSIONS))
      for (const access of Object.values(permissions)) expect(['read', 'write']).toContain(access);
  });
});
