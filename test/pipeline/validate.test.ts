import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STAGES } from '../../src/pipeline/spec.js';
import { parseBoolean, parseInputs, resolveWorkingDirectory } from '../../src/pipeline/validate.js';

const build = STAGES.build;
const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies defaults and types values', () => {
    expect(parseInputs(build, read({ image: 'ghcr.io/acme/app', push: 'False', builder: ' buildah ' }))).toEqual({
      'working-directory': '.',
      image: 'ghcr.io/acme/app',
      context: '.',
      dockerfile: '',
      'build-args': '',
      push: false,
      latest: false,
      builder: 'buildah',
      'tls-verify': true,
    });
    expect(
      parseInputs(
        STAGES.deploy,
        read({ environment: 'prod', digest: `sha256:${'a'.repeat(64)}`, 'timeout-seconds': '90' }),
      )['timeout-seconds'],
    ).toBe(90);
  });

  it.each([
    [{ push: 'yes' }, 'input "push" must be true or false, not "yes"'],
    [{ builder: 'kaniko' }, 'input "builder" must be one of auto, buildah, docker, not "kaniko"'],
    [
      { image: 'ghcr.io/acme/app$(touch /tmp/pwned)' },
      'input "image" has an invalid value "ghcr.io/acme/app$(touch /tmp/pwned)"',
    ],
    [
      { image: 'x\n::set-output name=digest::forged' },
      'input "image" has an invalid value "x?::set-output name=digest::forged"',
    ],
    [{ 'working-directory': '/etc' }, 'input "working-directory" has an invalid value "/etc"'],
  ])('%j → %s', (values, message) => {
    expect(() => parseInputs(build, read(values))).toThrow(message);
  });

  it('names required inputs and numbers', () => {
    expect(() => parseInputs(STAGES.deploy, read({}))).toThrow(
      'input "environment" is required: Target environment, e.g. dev, staging or prod.',
    );
    expect(() =>
      parseInputs(
        STAGES.deploy,
        read({ environment: 'dev', digest: `sha256:${'a'.repeat(64)}`, 'timeout-seconds': '1e9' }),
      ),
    ).toThrow('input "timeout-seconds" must be a number, not "1e9"');
  });
});

describe('parseBoolean (every surface: actions, GitLab jobs, CLI flags, SHIPSHAPE_* variables)', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    [' false\n', false],
    ['False', false],
    ['FALSE', false],
  ])('%j → %s', (raw, value) => {
    expect(parseBoolean('push', raw)).toBe(value);
  });

  it.each(['yes', 'no', 'on', 'off', '1', '0', 'tRuE', 'y', ''])('refuses %j, naming the input', (raw) => {
    expect(() => parseBoolean('secrets-scan', raw)).toThrow(
      `input "secrets-scan" must be true or false, not ${JSON.stringify(raw)}`,
    );
  });
});

describe('resolveWorkingDirectory', () => {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-wd-'));
  mkdirSync(join(root, 'svc'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stays inside the workspace', () => {
    expect(resolveWorkingDirectory(root, 'svc')).toBe(join(root, 'svc'));
    expect(resolveWorkingDirectory(root, '.')).toBe(root);
    expect(() => resolveWorkingDirectory(root, '../..')).toThrow(
      `input "working-directory": "../.." is outside the workspace ${root}`,
    );
    expect(() => resolveWorkingDirectory(root, '/etc')).toThrow(
      `input "working-directory": "/etc" is outside the workspace ${root}`,
    );
    expect(() => resolveWorkingDirectory(root, 'missing')).toThrow(
      'input "working-directory": "missing" does not exist',
    );
    symlinkSync('/etc', join(root, 'linked'));
    expect(() => resolveWorkingDirectory(root, 'linked')).toThrow(
      `input "working-directory": "linked" leads outside the workspace ${root} through a symbolic link`,
    );
  });
});
