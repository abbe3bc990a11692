import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { credentialsFromEnv, describeCredentials } from '../../stages/registry/auth.js';
import { RegistryClient, RegistryError } from '../../stages/registry/client.js';
import { checkDigest, parseImageReference } from '../../stages/registry/reference.js';
import { releaseDigest } from '../../stages/registry/release.js';
import { parseCommandArgs, type Command } from '../command.js';
import { emitOutputs, metaFromArgs } from './image-tags.js';

export const releaseCommand: Command = {
  name: 'release',
  summary: 'Give a scanned image digest its release tags (commit SHA, branch or semver, latest) without rebuilding it.',
  usage: `shipshape release --image <repo> --digest <sha256:…> [options]

The last step of build (candidate tag) → security gate (scans that digest) → release: every release tag is
the candidate's manifest, fetched by digest and PUT under the tag, so each tag names the image that was scanned.

Options:
  --image <repo>         image repository without tag, e.g. registry.example.com/acme/app (<repo>@<digest> also works)
  --digest <sha256:…>    the digest that passed the security gate (default: the one in --image)
  --sha <sha>            commit SHA (default: GITHUB_SHA, CI_COMMIT_SHA or git HEAD)
  --ref <ref>            git ref, e.g. refs/tags/v1.2.3 (default: from CI variables or git)
  --latest               also tag latest
  --plain-http           talk HTTP, not HTTPS (default for 127.0.0.1 and localhost only)
  --timeout <seconds>    per registry request (default 30)
  --dotenv <file>        also write the outputs as a GitLab dotenv report

Credentials as for \`shipshape registry\`. Outputs: image (<repo>@<digest>), digest, tags (full references).`,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'release',
      argv,
      {
        image: { type: 'string' },
        digest: { type: 'string' },
        sha: { type: 'string' },
        ref: { type: 'string' },
        latest: { type: 'boolean', default: false },
        'plain-http': { type: 'boolean' },
        timeout: { type: 'string' },
        dotenv: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (!values.image) throw new UsageError('release: --image is required (see `shipshape release --help`)');
    const ref = parseImageReference(values.image);
    if (ref.tag)
      throw new UsageError(`release: --image takes a repository (or <repo>@<digest>), not the tag "${ref.tag}"`);
    const digest = values.digest ? checkDigest(values.digest) : ref.digest;
    if (!digest) throw new UsageError('release: give the scanned digest with --digest sha256:…');
    if (ref.digest && ref.digest !== digest)
      throw new UsageError(`release: --image names ${ref.digest} but --digest is ${digest}`);
    const repository = `${ref.registry}/${ref.repository}`;
    const meta = metaFromArgs('release', { ...values, image: repository }, io);
    const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0)
      throw new UsageError(`release: --timeout must be a positive number of seconds, not "${values.timeout}"`);
    const credentials = credentialsFromEnv(ref.registry, io.env);
    const client = new RegistryClient({
      registry: ref.registry,
      ...(values['plain-http'] ? { scheme: 'http' as const } : {}),
      credentials,
      timeoutMs: timeout * 1000,
    });
    try {
      const result = await releaseDigest(client, ref.repository, digest, meta.tags);
      for (const move of result.moved) io.stderr(`${repository}:${move.tag} moved from ${move.from} to ${digest}\n`);
      const refs = result.tags.map((tag) => `${repository}:${tag}`);
      io.stdout(`${refs.join('\n')}\n`);
      emitOutputs(
        { image: `${repository}@${digest}`, digest, tags: refs },
        io,
        values.dotenv ? resolve(io.cwd, values.dotenv) : undefined,
      );
      return 0;
    } catch (error) {
      if (error instanceof RegistryError) {
        io.stderr(`shipshape release: ${error.message} [${describeCredentials(credentials)}]\n`);
        return 1;
      }
      throw error;
    }
  },
};
