import { classifyPath, classifyYamlContent } from '../../src/domains/classify.js';
import { isDockerfileName } from '../../src/domains/dockerfile/index.js';
import { SourceFile } from '../../src/core/source.js';

describe('classifyPath', () => {
  test.each([
    'Dockerfile',
    'Dockerfile.prod',
    'Dockerfile.dev.arm64',
    'api.Dockerfile',
    'api.dockerfile',
    'Containerfile',
    'Containerfile.debug',
    'services/api/Dockerfile',
    'deploy/images/worker.Dockerfile',
  ])('%s is a Dockerfile', (path) => {
    expect(classifyPath(path)).toBe('dockerfile');
  });

  test.each([
    'Dockerfile-old',
    'dockerfile',
    'MyDockerfile',
    'Dockerfile.',
    '.dockerignore',
    'Dockerfile.dockerignore',
    'api.Dockerfile.dockerignore',
    'Dockerfile.md',
    'docs/Containerfile.txt',
    'Dockerfile.orig',
    'Dockerfiles/README.md',
  ])('%s is not a Dockerfile', (path) => {
    expect(classifyPath(path)).not.toBe('dockerfile');
  });

  test('BuildKit ignore files beside a Dockerfile match the Dockerfile.* pattern but are left out', () => {
    expect(isDockerfileName('Dockerfile.dockerignore')).toBe(true);
    expect(classifyPath('Dockerfile.dockerignore')).toBeUndefined();
  });

  test.each([
    ['.github/workflows/ci.yml', 'github-actions'],
    ['.github/workflows/release.yaml', 'github-actions'],
    ['sub/repo/.github/workflows/ci.yml', 'github-actions'],
    ['action.yml', 'github-actions'],
    ['actions/build/action.yaml', 'github-actions'],
    ['.gitlab-ci.yml', 'gitlab-ci'],
    ['.gitlab-ci.yaml', 'gitlab-ci'],
    ['infra/main.tf', 'terraform'],
    ['deploy/app.yaml', 'yaml'],
    ['gitlab/build.yml', 'yaml'],
    ['.github/workflows/nested/ci.yml', 'yaml'],
    ['config.YML', 'yaml'],
  ])('%s → %s', (path, domain) => {
    expect(classifyPath(path)).toBe(domain);
  });

  test.each(['README.md', 'src/index.ts', 'main.tfvars', 'package.json', 'Makefile', 'yml'])(
    '%s is not checked',
    (path) => {
      expect(classifyPath(path)).toBeUndefined();
    },
  );
});

describe('classifyYamlContent', () => {
  const classify = (text: string) => classifyYamlContent(new SourceFile('x.yml', text));

  test('a GitHub workflow (on + jobs)', () => {
    expect(classify('name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n')).toBe('github-actions');
  });

  test('a GitHub action (runs + name)', () => {
    expect(classify('name: build\ndescription: builds\nruns:\n  using: composite\n  steps: []\n')).toBe(
      'github-actions',
    );
  });

  test('a Kubernetes manifest, also as the second document of a stream', () => {
    expect(classify('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n')).toBe('kubernetes');
    expect(classify('# comment\n---\n---\napiVersion: apps/v1\nkind: Deployment\n')).toBe('kubernetes');
  });

  test('GitLab CI by stages, by a job with script, by include only', () => {
    expect(classify('stages: [build, test]\n')).toBe('gitlab-ci');
    expect(classify('lint:\n  image: node:20\n  script:\n    - npm run lint\n')).toBe('gitlab-ci');
    expect(classify('include:\n  - local: gitlab/build.yml\nvariables:\n  A: "1"\n')).toBe('gitlab-ci');
  });

  test('a GitLab include template: `spec:` header, `---`, then hidden base jobs', () => {
    const text = [
      'spec:',
      '  inputs:',
      '    stage:',
      '      default: test',
      '---',
      '.shipshape-check:',
      '  stage: $[[ inputs.stage ]]',
      '  script:',
      '    - npx shipshape check',
      'shipshape-check:',
      '  extends: .shipshape-check',
    ].join('\n');
    expect(classify(text)).toBe('gitlab-ci');
  });

  test('a lone `spec:` document is not GitLab CI by itself', () => {
    expect(classify('spec:\n  inputs: {}\n')).toBeUndefined();
  });

  test.each([
    ['docker compose', 'services:\n  web:\n    image: nginx:1.25\n'],
    ['helm values', 'replicaCount: 2\nimage:\n  repository: nginx\n'],
    ['a list', '- a\n- b\n'],
    ['a scalar', 'hello\n'],
    ['empty', ''],
    ['malformed', 'a: [1, 2\nb: }\n'],
  ])('%s is not classified', (_name, text) => {
    expect(classify(text)).toBeUndefined();
  });
});
