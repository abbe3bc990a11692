import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import type { Finding } from '../../../src/core/finding.js';
import { Registry } from '../../../src/core/registry.js';
import { SourceFile } from '../../../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../../../src/rules/index.js';
import { githubActionsRules } from '../../../src/rules/github-actions/index.js';
import { shipshapeRules } from '../../../src/rules/shipshape/index.js';

/**
 * Realistic workflows and actions. `ok/` must stay silent under every recommended github-actions rule (opt-in rules
 * such as gha/secrets-outside-environment enforce a house style, not a defect); each `err/<name>.yml` must report
 * exactly the `line:col rule-id` lines of `err/<name>.expected`.
 *
 * Layout: `<dir>/<name>.yml` is checked as `.github/workflows/<name>.yml`; `<dir>/actions/<x>/action.yml` as
 * `.github/actions/<x>/action.yml`. Every file of the directory is readable by cross-file rules under that path.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github-actions');

function virtualPath(relativePath: string): string {
  return relativePath.startsWith('actions/') ? `.github/${relativePath}` : `.github/workflows/${relativePath}`;
}

function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (current: string): void => {
    for (const entry of readdirSync(current).sort()) {
      const path = join(current, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.ya?ml$/.test(entry))
        out.set(virtualPath(relative(dir, path).split('\\').join('/')), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

function check(files: Map<string, string>, path: string): Finding[] {
  const registry = new Registry([...shipshapeRules, ...githubActionsRules]);
  const config = defaultConfig();
  const engine = new Engine({ registry, domains: DOMAINS, config, readFile: (other) => files.get(other) });
  return engine.checkFile(new SourceFile(path, files.get(path)!), 'github-actions');
}

const brief = (finding: Finding): string => `${finding.span.line}:${finding.span.column} ${finding.ruleId}`;

describe('ok/ fixtures stay silent', () => {
  const files = filesOf(join(ROOT, 'ok'));
  test('there are at least 15 of them', () => {
    expect(files.size).toBeGreaterThanOrEqual(15);
  });
  test.each([...files.keys()])('%s', (path) => {
    expect(check(files, path).map((finding) => `${brief(finding)} ${finding.message}`)).toEqual([]);
  });
});

describe('err/ fixtures report exactly what their .expected files list', () => {
  const dir = join(ROOT, 'err');
  const files = filesOf(dir);
  const cases = [...files.keys()].filter((path) => path.startsWith('.github/workflows/'));
  test('there are some', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  test.each(cases)('%s', (path) => {
    const name = path.slice('.github/workflows/'.length).replace(/\.ya?ml$/, '');
    const expectedFile = join(dir, `${name}.expected`);
    expect(existsSync(expectedFile) ? 'present' : `missing err/${name}.expected`).toBe('present');
    const expected = readFileSync(expectedFile, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(check(files, path).map(brief)).toEqual(expected);
  });
});
