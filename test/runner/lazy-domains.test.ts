import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCheck } from '../../src/runner/check.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-lazy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const domainsOf = (ids: Iterable<string>) => [...new Set([...ids].map((id) => id.slice(0, id.indexOf('/'))))].sort();

describe('a check run loads only the domains it meets', () => {
  test('an empty tree: only the core rules', async () => {
    const result = await runCheck({ root: dir });
    expect(domainsOf(result.registry.ids)).toEqual(['shipshape']);
    expect(result.checked).toEqual({});
  });

  test('only a Dockerfile: the Dockerfile rules, no workflow or GitLab rules', async () => {
    write({ Dockerfile: 'FROM node:latest\n' });
    const result = await runCheck({ root: dir });
    expect(domainsOf(result.registry.ids)).toEqual(['docker', 'shipshape']);
    expect(result.findings.map((finding) => `${finding.path}:${finding.span.line} ${finding.ruleId}`)).toEqual([
      'Dockerfile:1 docker/no-latest-tag',
      'Dockerfile:1 docker/no-root-user',
    ]);
  });

  test('a suppression naming a rule of a domain not otherwise met is judged against that domain', async () => {
    write({ Dockerfile: 'FROM node:20.11.1\n# shipshape-ignore[gha/unpinned-uses,gha/no-such-rule]\nUSER 10001\n' });
    const result = await runCheck({ root: dir });
    expect(domainsOf(result.registry.ids)).toEqual(['docker', 'gha', 'shipshape']);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.message}`)).toEqual([
      'shipshape/unknown-suppression Unknown rule "gha/no-such-rule" in suppression (see `shipshape rules`).',
      // Known (its domain was loaded for it), hence judged: nothing in a Dockerfile for it to ignore.
      'shipshape/unused-suppression Unused suppression of "gha/unpinned-uses": nothing to ignore here; remove it.',
    ]);
  });

  test('a config file is validated against every rule, also of domains the run does not meet', async () => {
    write({ '.shipshape.yml': 'rules:\n  gitlab/no-such-rule: off\n', Dockerfile: 'FROM node:20.11.1\n' });
    await expect(runCheck({ root: dir })).rejects.toThrow(/gitlab\/no-such-rule/);
  });
});
