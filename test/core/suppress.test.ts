import { brief, check } from './helpers.js';

const strict = { config: { preset: 'strict' as const } };

describe('own markers: # shipshape-ignore[ids] reason', () => {
  test('without markers every FROM is reported', () => {
    expect(brief(check('Dockerfile', 'FROM a:1\nFROM b:2\n'))).toEqual([
      '1:1 docker/test-from',
      '2:1 docker/test-from',
    ]);
  });

  test('on the line before', () => {
    const text = 'FROM a:1\n# shipshape-ignore[docker/test-from] vendored base, pinned upstream\nFROM b:2\n';
    expect(brief(check('Dockerfile', text))).toEqual(['1:1 docker/test-from']);
  });

  test('applies to the next code line across blank lines and other comments (stacked markers)', () => {
    const text = [
      'FROM a:1',
      '# shipshape-ignore[docker/test-from] reason one',
      '# an ordinary comment',
      '# shipshape-ignore[docker/test-run] reason two',
      '',
      'FROM b:2',
      'RUN make',
    ].join('\n');
    // test-run's marker targets line 6 (FROM), where test-run reports nothing: unused.
    expect(brief(check('Dockerfile', text, strict))).toEqual([
      '1:1 docker/test-from',
      '4:1 shipshape/unused-suppression',
      '7:1 docker/test-run',
    ]);
  });

  test('one marker lists several rules, separated by commas and spaces', () => {
    const text = 'FROM a:1\n# shipshape-ignore[docker/test-from, docker/test-run] both\nFROM b:2 \\\n  AS b\n';
    const findings = check('Dockerfile', text, strict);
    expect(brief(findings)).toEqual(['1:1 docker/test-from', '2:1 shipshape/unused-suppression']);
    expect(findings[1]!.message).toBe('Unused suppression of "docker/test-run": nothing to ignore here; remove it.');
  });

  test('stacked own markers on consecutive lines all apply to the same code line', () => {
    const text = '# shipshape-ignore[docker/test-from]\n# shipshape-ignore[docker/test-run]\nRUN x\n';
    expect(brief(check('Dockerfile', `FROM a:1\n${text}`, strict))).toEqual([
      '1:1 docker/test-from',
      '2:1 shipshape/unused-suppression',
    ]);
  });

  test('a marker inside a multi-line instruction covers that instruction', () => {
    const text = 'FROM a:1\nRUN apt-get update \\\n# shipshape-ignore[docker/test-run] the update is fine\n  && make\n';
    expect(brief(check('Dockerfile', text, strict))).toEqual(['1:1 docker/test-from']);
  });

  test('a trailing marker in YAML applies to its own line', () => {
    const text = 'name: ci # shipshape-ignore[gha/test-key] ok here\non: push\n';
    expect(brief(check('ci.yml', text))).toEqual(['2:1 gha/test-key']);
  });

  test('an own-line YAML marker applies to the next key', () => {
    const text = 'name: ci\n  # shipshape-ignore[gha/test-key]\non: push\njobs: {}\n';
    expect(brief(check('ci.yml', text))).toEqual(['1:1 gha/test-key', '4:1 gha/test-key']);
  });

  test('a marker does not reach beyond the next code line', () => {
    const text = '# shipshape-ignore[docker/test-from]\nARG X=1\nFROM a:1\n';
    const findings = check('Dockerfile', text);
    expect(brief(findings)).toEqual(['1:1 shipshape/unused-suppression', '3:1 docker/test-from']);
  });
});

describe('file-level markers: # shipshape-ignore-file[ids]', () => {
  test('anywhere in the file, applies to every line', () => {
    const text =
      'FROM a:1\nRUN x\nFROM b:2\n# shipshape-ignore-file[docker/test-from] base images are managed elsewhere\n';
    expect(brief(check('Dockerfile', text, strict))).toEqual(['2:1 docker/test-run']);
  });

  test('unused file-level marker is reported', () => {
    const text = '# shipshape-ignore-file[docker/test-run] nothing runs\nFROM a:1\n';
    expect(brief(check('Dockerfile', text, strict))).toEqual([
      '1:1 shipshape/unused-suppression',
      '2:1 docker/test-from',
    ]);
  });

  test('in YAML', () => {
    expect(brief(check('ci.yml', '# shipshape-ignore-file[gha/test-key]\nname: ci\non: push\n'))).toEqual([]);
  });
});

describe('unknown and unused suppressions', () => {
  test('an unknown id is reported once, with its name, on the marker line', () => {
    const text = 'FROM a:1\n# shipshape-ignore[docker/test-fromm] typo\nFROM b:2\n';
    const findings = check('Dockerfile', text);
    expect(brief(findings)).toEqual([
      '1:1 docker/test-from',
      '2:1 shipshape/unknown-suppression',
      '3:1 docker/test-from',
    ]);
    expect(findings[1]!.message).toBe('Unknown rule "docker/test-fromm" in suppression (see `shipshape rules`).');
    expect(findings[1]!.span).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 43 });
  });

  test('a marker for a rule that is off is neither applied nor reported as unused', () => {
    // test-run is not in the recommended preset.
    expect(brief(check('Dockerfile', 'FROM a:1\n# shipshape-ignore[docker/test-run]\nRUN x\n'))).toEqual([
      '1:1 docker/test-from',
    ]);
  });

  test('unused is not reported when the file does not parse (the rules did not run)', () => {
    const text = '# shipshape-ignore[docker/test-from]\nFROM a:1\nFROBNICATE x\n';
    expect(brief(check('Dockerfile', text))).toEqual(['3:1 docker/syntax']);
  });

  test('unused and unknown reporting can be turned off like any rule', () => {
    const text = '# shipshape-ignore[docker/test-run, docker/nope]\nFROM a:1\n';
    const config = {
      rules: {
        'shipshape/unused-suppression': { severity: 'off' as const },
        'shipshape/unknown-suppression': { severity: 'off' as const },
      },
    };
    expect(brief(check('Dockerfile', text, { config: { ...config, preset: 'strict' } }))).toEqual([
      '2:1 docker/test-from',
    ]);
  });

  test('a syntax finding can be suppressed', () => {
    const text = 'FROM a:1\n# shipshape-ignore[docker/syntax] a custom frontend knows this one\nFROBNICATE x\n';
    expect(brief(check('Dockerfile', text))).toEqual(['1:1 docker/test-from']);
  });
});

describe("peers' markers through equivalents", () => {
  test('hadolint ignore= on the line before, several ids', () => {
    const text = 'FROM a:1\n# hadolint ignore=DL3007,DL3008\nFROM b:2\nRUN x\n';
    expect(brief(check('Dockerfile', text, strict))).toEqual(['1:1 docker/test-from', '4:1 docker/test-run']);
  });

  test('hadolint ignore= on the first line (which the Dockerfile parser sees as a directive)', () => {
    expect(brief(check('Dockerfile', '# hadolint ignore=DL3007\nFROM a:1\nFROM b:2\n'))).toEqual([
      '3:1 docker/test-from',
    ]);
  });

  test('hadolint global ignore= covers the whole file', () => {
    const text = 'FROM a:1\nRUN y\n# hadolint global ignore=DL3007 DL3008\nFROM b:2\nRUN x\n';
    expect(brief(check('Dockerfile', text, strict))).toEqual([]);
  });

  test('hadolint global ignore= as the first line', () => {
    expect(brief(check('Dockerfile', '# hadolint global ignore=DL3007\nFROM a:1\nFROM b:2\n'))).toEqual([]);
  });

  test('stacked hadolint and shipshape markers', () => {
    const text = 'FROM a:1\n# hadolint ignore=DL3008\n# shipshape-ignore[docker/test-from]\nFROM b:2\nRUN x\n';
    // DL3008 targets line 4 (FROM), where test-run reports nothing; peers' unused markers are not reported.
    expect(brief(check('Dockerfile', text, strict))).toEqual(['1:1 docker/test-from', '5:1 docker/test-run']);
  });

  test("peers' ids we do not know are ignored silently", () => {
    expect(brief(check('Dockerfile', '# hadolint ignore=DL9999\nFROM a:1\n'))).toEqual(['2:1 docker/test-from']);
  });

  test('checkov:skip in a Dockerfile', () => {
    const text = '# checkov:skip=CKV_DOCKER_7:pinned by digest upstream\nFROM a:1\nFROM b:2\n';
    expect(brief(check('Dockerfile', text))).toEqual(['3:1 docker/test-from']);
  });

  test('zizmor: ignore[id] trailing in YAML', () => {
    const text = 'name: ci\non: push # zizmor: ignore[unpinned-uses]\njobs: {}\n';
    expect(brief(check('ci.yml', text))).toEqual(['1:1 gha/test-key', '3:1 gha/test-key']);
  });

  test('pipefort: ignore[id] on the line before and trailing, in YAML', () => {
    const text =
      '# pipefort: ignore[cicd-sec-3-unpinned-action]\nname: ci\non: push # pipefort: ignore[cicd-sec-3-unpinned-action]\njobs: {}\n';
    expect(brief(check('ci.yml', text))).toEqual(['4:1 gha/test-key']);
  });

  test('zizmor: ignore on the line before, and checkov:skip in YAML', () => {
    const text = '# zizmor: ignore[unpinned-uses]\nname: ci\n# checkov:skip=CKV_GHA_1: reviewed\non: push\njobs: {}\n';
    expect(brief(check('ci.yml', text))).toEqual(['5:1 gha/test-key']);
  });

  test("a peer's marker only covers the rules that declare that peer id", () => {
    const text = 'FROM a:1\n# hadolint ignore=DL3007\nRUN x\n';
    expect(brief(check('Dockerfile', text, strict))).toEqual(['1:1 docker/test-from', '3:1 docker/test-run']);
  });
});
