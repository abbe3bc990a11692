import { readFileSync, writeFileSync, statSync, existsSync } from 'node:fs';
import {
  buildImage,
  BuildError,
  chooseBuilder,
  describeCommand,
  parseBuildArgs,
  registryHost,
  type Exec,
} from '../../../src/stages/build/build.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** A fake exec that records argv and plays buildah/docker: writes digest and metadata files where asked. */
function fakeExec(options: { dockerAvailable?: boolean; fail?: string; driver?: string } = {}) {
  const calls: { cmd: string; args: string[]; env: NodeJS.ProcessEnv; authFile?: string }[] = [];
  const exec: Exec = async (cmd, args, { env }) => {
    const call: (typeof calls)[number] = { cmd, args, env };
    calls.push(call);
    const authIndex = args.indexOf('--authfile');
    if (authIndex !== -1) {
      const file = args[authIndex + 1]!;
      call.authFile = `${readFileSync(file, 'utf8')} mode=${(statSync(file).mode & 0o777).toString(8)}`;
    }
    if (env.DOCKER_CONFIG) call.authFile = readFileSync(`${env.DOCKER_CONFIG}/config.json`, 'utf8');
    if (cmd === 'docker' && (args[0] === 'info' || args[1] === 'version'))
      return { code: options.dockerAvailable ? 0 : 1, stdout: '' };
    // `docker buildx inspect` as buildx prints it for the current builder.
    if (cmd === 'docker' && args[1] === 'inspect') {
      return options.driver
        ? {
            code: 0,
            stdout: `Name:          builder-1\nDriver:        ${options.driver}\nLast Activity: 2026-12-05 09:00:00 +0000 UTC\n`,
          }
        : { code: 1, stdout: '' };
    }
    if (options.fail && args.includes(options.fail)) return { code: 125, stdout: '' };
    const digestIndex = args.indexOf('--digestfile');
    if (digestIndex !== -1) writeFileSync(args[digestIndex + 1]!, `${DIGEST}\n`);
    const metadataIndex = args.indexOf('--metadata-file');
    if (metadataIndex !== -1)
      writeFileSync(args[metadataIndex + 1]!, JSON.stringify({ 'containerimage.digest': DIGEST }));
    return { code: 0, stdout: '' };
  };
  return { exec, calls };
}

const refs = ['127.0.0.1:5000/app:0123456789abcdef0123456789abcdef01234567', '127.0.0.1:5000/app:sha-0123456'];

describe('buildImage with buildah', () => {
  it('builds once with --isolation chroot --timestamp 0 and the storage flags, then pushes every tag', async () => {
    const { exec, calls } = fakeExec();
    const logs: string[] = [];
    const result = await buildImage({
      builder: 'buildah',
      cwd: '/src',
      context: 'svc',
      refs,
      labels: { 'org.opencontainers.image.revision': 'abc' },
      buildArgs: { NODE_IMAGE: 'localhost/base/node:20' },
      push: true,
      tlsVerify: false,
      storage: { root: '/tmp/s', runroot: '/tmp/r', driver: 'vfs' },
      env: { PATH: '/usr/bin' },
      exec,
      log: (line) => logs.push(line),
    });
    const storage = ['--root', '/tmp/s', '--runroot', '/tmp/r', '--storage-driver', 'vfs'];
    expect(calls.map((c) => [c.cmd, ...c.args.filter((a) => !a.includes('shipshape-build-'))])).toEqual([
      [
        'buildah',
        ...storage,
        'bud',
        '--isolation',
        'chroot',
        '--timestamp',
        '0',
        '--format',
        'oci',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--build-arg',
        'NODE_IMAGE=localhost/base/node:20',
        '--tag',
        refs[0],
        '--tag',
        refs[1],
        '--file',
        'svc/Dockerfile',
        'svc',
      ],
      ['buildah', ...storage, 'push', '--tls-verify=false', '--digestfile', refs[0], `docker://${refs[0]}`],
      ['buildah', ...storage, 'push', '--tls-verify=false', '--digestfile', refs[0], `docker://${refs[1]}`],
    ]);
    expect(result).toEqual({
      builder: 'buildah',
      digest: DIGEST,
      refs,
      image: `127.0.0.1:5000/app@${DIGEST}`,
      timings: { buildMs: expect.any(Number), pushMs: expect.any(Number) },
    });
    expect(logs[0]).toBe(
      `$ buildah ${storage.join(' ')} bud --isolation chroot --timestamp 0 --format oci --label org.opencontainers.image.revision=abc --build-arg NODE_IMAGE=… --tag ${refs[0]} --tag ${refs[1]} --file svc/Dockerfile svc`,
    );
  });

  it('passes credentials only through a 0600 auth file that is removed afterwards, never in argv or env', async () => {
    const { exec, calls } = fakeExec();
    const secret = 's3cr3t-$(touch /tmp/x)';
    await buildImage({
      builder: 'buildah',
      cwd: '/',
      context: '.',
      refs,
      push: true,
      env: { REGISTRY_USERNAME: 'bot', REGISTRY_PASSWORD: secret },
      exec,
    });
    const push = calls.find((c) => c.args.includes('push'))!;
    const auth = Buffer.from(`bot:${secret}`).toString('base64');
    expect(push.authFile).toBe(`{"auths":{"127.0.0.1:5000":{"auth":"${auth}"}}} mode=600`);
    for (const call of calls) {
      expect(call.args.join(' ')).not.toContain(secret);
      expect(call.env.REGISTRY_PASSWORD).toBeUndefined();
    }
    expect(existsSync(push.args[push.args.indexOf('--authfile') + 1]!)).toBe(false);
  });

  it('fails the stage (BuildError) when buildah fails, and skips pushing with push: false', async () => {
    await expect(
      buildImage({
        builder: 'buildah',
        cwd: '/',
        context: '.',
        refs,
        push: true,
        exec: fakeExec({ fail: 'bud' }).exec,
      }),
    ).rejects.toThrow(new BuildError('buildah bud failed with exit code 125'));
    const { exec, calls } = fakeExec();
    const result = await buildImage({ builder: 'buildah', cwd: '/', context: '.', refs, push: false, exec });
    expect(calls.map((c) => c.args[0])).toEqual(['bud']);
    expect(result.digest).toBe('');
    expect(result.image).toBe(refs[0]);
  });

  it('refuses half a credential pair', async () => {
    await expect(
      buildImage({
        builder: 'buildah',
        cwd: '/',
        context: '.',
        refs,
        push: true,
        env: { REGISTRY_USERNAME: 'bot' },
        exec: fakeExec().exec,
      }),
    ).rejects.toThrow('build: set both REGISTRY_USERNAME and REGISTRY_PASSWORD, or neither');
  });
});

describe('buildImage with docker buildx', () => {
  const actionEnv = { ACTIONS_RUNTIME_TOKEN: 'runtime', ACTIONS_RESULTS_URL: 'https://results.example/' };

  it('uses the GitHub Actions cache through a buildx builder, pushes in the build and reads the digest from the metadata file', async () => {
    const { exec, calls } = fakeExec({ dockerAvailable: true, driver: 'docker-container' });
    const logs: string[] = [];
    const result = await buildImage({
      builder: 'auto',
      cwd: '/',
      context: '.',
      dockerfile: 'docker/Dockerfile',
      refs,
      push: true,
      env: { REGISTRY_USERNAME: 'u', REGISTRY_PASSWORD: 'p', ...actionEnv },
      exec,
      log: (line) => logs.push(line),
    });
    expect(logs).toContain('layer cache: GitHub Actions cache through the docker-container builder');
    const build = calls.find((c) => c.args[0] === 'buildx' && c.args[1] === 'build')!;
    expect(build.args.filter((a) => !a.includes('shipshape-build-'))).toEqual([
      'buildx',
      'build',
      '--tag',
      refs[0],
      '--tag',
      refs[1],
      '--file',
      'docker/Dockerfile',
      '--cache-from',
      'type=gha',
      '--cache-to',
      'type=gha,mode=max',
      '--metadata-file',
      '--push',
      '.',
    ]);
    expect(build.authFile).toBe(`{"auths":{"127.0.0.1:5000":{"auth":"${Buffer.from('u:p').toString('base64')}"}}}`);
    expect(build.env.SOURCE_DATE_EPOCH).toBe('0');
    expect(result.builder).toBe('docker');
    expect(result.digest).toBe(DIGEST);
  });

  it.each([
    [
      'the default docker driver',
      'docker',
      actionEnv,
      'layer cache off: the docker driver cannot export a cache (set up a buildx builder, e.g. docker/setup-buildx-action)',
    ],
    [
      'no buildx builder at all',
      undefined,
      actionEnv,
      'layer cache off: the unknown driver cannot export a cache (set up a buildx builder, e.g. docker/setup-buildx-action)',
    ],
    [
      'a buildx builder outside an action step',
      'docker-container',
      {},
      'layer cache off: the GitHub Actions cache is only reachable from an action step',
    ],
  ])('asks for no cache export with %s', async (_name, driver, env, note) => {
    const { exec, calls } = fakeExec({ dockerAvailable: true, ...(driver ? { driver } : {}) });
    const logs: string[] = [];
    await buildImage({
      builder: 'docker',
      cwd: '/',
      context: '.',
      refs,
      push: false,
      env,
      exec,
      log: (line) => logs.push(line),
    });
    const build = calls.find((c) => c.args[0] === 'buildx' && c.args[1] === 'build')!;
    expect(build.args.some((arg) => arg.startsWith('--cache'))).toBe(false);
    expect(logs).toContain(note);
  });
});

describe('helpers', () => {
  it('chooses docker only with a daemon and buildx, else buildah', async () => {
    expect(await chooseBuilder({ builder: 'auto', cwd: '/', exec: fakeExec({ dockerAvailable: true }).exec })).toBe(
      'docker',
    );
    expect(await chooseBuilder({ builder: 'auto', cwd: '/', exec: fakeExec().exec })).toBe('buildah');
    expect(await chooseBuilder({ builder: 'docker', cwd: '/', exec: fakeExec().exec })).toBe('docker');
  });

  it('parses build args and names registries', () => {
    expect(parseBuildArgs('A=1\n\n# note\nB=x=y\nC=')).toEqual({ A: '1', B: 'x=y', C: '' });
    expect(() => parseBuildArgs('A=1\nnot an arg')).toThrow('build-args line 2 is not KEY=value');
    expect(registryHost('ghcr.io/acme/app:1')).toBe('ghcr.io');
    expect(registryHost('localhost/app:1')).toBe('localhost');
    expect(registryHost('acme/app:1')).toBe('docker.io');
    expect(describeCommand('buildah', ['bud', '--build-arg', 'TOKEN=secret', 'a b'])).toBe(
      'buildah bud --build-arg TOKEN=… "a b"',
    );
  });
});
