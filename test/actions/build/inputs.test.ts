import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContext } from '../../../src/actions/build/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-build-inputs-'));
mkdirSync(join(dir, 'docker'));
writeFileSync(join(dir, 'docker/Dockerfile'), 'FROM scratch\n');
symlinkSync('/etc', join(dir, 'etc-link'));
symlinkSync('/etc/passwd', join(dir, 'Dockerfile.link'));
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withInputs = (inputs: Record<string, string>) => {
  for (const [key, value] of Object.entries(inputs)) process.env[`INPUT_${key.toUpperCase()}`] = value;
  return readContext({ GITHUB_WORKSPACE: dir, SHIPSHAPE_STORAGE_DRIVER: 'vfs' });
};

it('parses every input into one typed context', () => {
  expect(
    withInputs({
      image: 'ghcr.io/acme/app',
      'build-args': 'A=1\nB=two words',
      push: 'false',
      builder: 'docker',
      dockerfile: 'docker/Dockerfile',
    }),
  ).toEqual({
    dir,
    image: 'ghcr.io/acme/app',
    context: '.',
    dockerfile: 'docker/Dockerfile',
    buildArgs: { A: '1', B: 'two words' },
    push: false,
    latest: false,
    candidate: false,
    builder: 'docker',
    tlsVerify: true,
    storage: { root: undefined, runroot: undefined, driver: 'vfs' },
  });
});

it('lower-cases the image repository (ghcr.io/${{ github.repository }} may be mixed-case) and reads candidate', () => {
  expect(withInputs({ image: 'ghcr.io/Acme/My-App', candidate: 'true' })).toMatchObject({
    image: 'ghcr.io/acme/my-app',
    candidate: true,
  });
});

it.each([
  [{ latest: 'yes' }, 'input "latest" must be true or false, not "yes"'],
  [{ 'build-args': 'A=1\n$(id)' }, 'build-args line 2 is not KEY=value'],
  [{ dockerfile: '../../etc/passwd' }, `input "dockerfile": "../../etc/passwd" is outside the workspace ${dir}`],
  [{ dockerfile: '/etc/passwd' }, `input "dockerfile": "/etc/passwd" is outside the workspace ${dir}`],
  [
    { dockerfile: 'Dockerfile.link' },
    `input "dockerfile": "Dockerfile.link" leads outside the workspace ${dir} through a symbolic link`,
  ],
  [{ dockerfile: 'missing/Dockerfile' }, 'input "dockerfile": "missing/Dockerfile" does not exist'],
  [{ context: 'etc-link' }, `input "context": "etc-link" leads outside the workspace ${dir} through a symbolic link`],
  [{ context: 'docker/Dockerfile' }, 'input "context": "docker/Dockerfile" is not a folder'],
  [{ context: '/' }, 'input "context" has an invalid value "/"'],
])('%j → %s', (inputs, message) => {
  expect(() => withInputs(inputs)).toThrow(message);
});
