import { annotation, escapeData, escapeProperty, formatAnnotations } from '../../src/formats/annotations.js';
import { FORMATS } from '../../src/formats/index.js';
import { finding, latest, registry, sampleInput } from './fixtures.js';

const DOCS = 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules';

describe('annotations format', () => {
  test('is registered', () => {
    expect(FORMATS.annotations).toBe(formatAnnotations);
  });

  test('one workflow command per finding, then notices', () => {
    expect(formatAnnotations(sampleInput()).split('\n')).toEqual([
      `::error file=.github/workflows/ci.yml,line=12,endLine=14,title=gha/secret-in-run::Secret "TOKEN" is interpolated into a run script.%0A${DOCS}/github-actions/secret-in-run.md`,
      `::warning file=app dir/Dockerfile,line=1,endLine=1,col=1,endColumn=6,title=docker/no-latest-tag::Base image "node:latest" uses the \`latest\` tag.%0A${DOCS}/dockerfile/no-latest-tag.md`,
      `::notice file=deploy/app.yaml,line=3,endLine=3,col=5,endColumn=10,title=k8s/label-style::Label "App" is not lower-case.%0A${DOCS}/kubernetes/label-style.md`,
      '::notice file=big.yml,title=shipshape notice::skipped: larger than 10 bytes (max-file-size)',
      '',
    ]);
  });

  test('escapes % \\r \\n in data and additionally : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
  });

  test('hostile paths and messages cannot end the command or start another', () => {
    const hostile = finding(
      latest,
      'warning',
      'x,line=99:\n::set-output name=errors::0/Dockerfile',
      1,
      1,
      'bad\n::error::forged\r%0A',
    );
    const line = annotation(hostile);
    expect(line).toBe(
      `::warning file=x%2Cline=99%3A%0A%3A%3Aset-output name=errors%3A%3A0/Dockerfile,line=1,endLine=1,col=1,endColumn=6,title=docker/no-latest-tag::bad%0A::error::forged%0D%250A%0A${DOCS}/dockerfile/no-latest-tag.md`,
    );
    expect(line).not.toContain('\n');
    expect(line).not.toContain('\r');
  });

  test('no findings and no notices: empty output', () => {
    expect(formatAnnotations({ findings: [], notices: [], registry, checked: {} })).toBe('');
  });
});
