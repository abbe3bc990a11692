import { UsageError } from '../../core/errors.js';
import { commandScope } from '../../core/paths.js';
import { writeOutputs, type Outputs } from '../../stages/outputs.js';
import { credentialsFromEnv, describeCredentials } from '../../stages/registry/auth.js';
import { RegistryClient, RegistryError } from '../../stages/registry/client.js';
import { previousTag, promote, rollback } from '../../stages/registry/ledger.js';
import {
  checkDigest,
  formatReference,
  parseImageReference,
  type ImageReference,
} from '../../stages/registry/reference.js';
import { parseCommandArgs, type Command, type CommandIO } from '../command.js';
import { outputTargets } from './security-gate.js';

const USAGE = `shipshape registry <digest|tags|promote|rollback> <image> [options]

  digest <registry/repo:tag>       print the manifest digest a tag resolves to
  tags <registry/repo>             print every tag, sorted, one per line
  promote <registry/repo> --env <env> (--digest <sha256:…> | --source <registry/repo[:tag|@digest]>)
                                   point <env> at the digest and keep what it pointed at as <env>-previous;
                                   a --source in another repository of the registry is mounted, not re-pushed
  rollback <registry/repo> --env <env>
                                   point <env> back at <env>-previous (the two swap, so a second rollback
                                   rolls forward)

Options:
  --plain-http           talk HTTP, not HTTPS (default for 127.0.0.1 and localhost only)
  --dotenv <file>        also write the outputs as a GitLab dotenv report
  --github-output <file> where to write step outputs (default: $GITHUB_OUTPUT when set)
  --timeout <seconds>    per request (default 30)

Credentials come from the environment and are never printed: SHIPSHAPE_REGISTRY_TOKEN, or
SHIPSHAPE_REGISTRY_USER + SHIPSHAPE_REGISTRY_PASSWORD, or CI_REGISTRY_USER + CI_REGISTRY_PASSWORD (for
$CI_REGISTRY), or GITHUB_TOKEN (for ghcr.io).`;

function client(
  ref: ImageReference,
  values: { 'plain-http'?: boolean; timeout?: string },
  env: NodeJS.ProcessEnv,
): RegistryClient {
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new UsageError(`registry: --timeout must be a positive number of seconds, not "${values.timeout}"`);
  return new RegistryClient({
    registry: ref.registry,
    ...(values['plain-http'] ? { scheme: 'http' as const } : {}),
    credentials: credentialsFromEnv(ref.registry, env),
    timeoutMs: timeout * 1000,
  });
}

function emit(outputs: Outputs, values: { dotenv?: string; 'github-output'?: string }, io: CommandIO): void {
  writeOutputs(outputs, outputTargets(values, commandScope(io.cwd, io.env), io.env));
}

export const registryCommand: Command = {
  name: 'registry',
  summary: 'Resolve digests, list tags, promote a digest to an environment tag and roll it back (OCI registry API).',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('registry', argv, {
      env: { type: 'string' },
      digest: { type: 'string' },
      source: { type: 'string' },
      'plain-http': { type: 'boolean' },
      dotenv: { type: 'string' },
      'github-output': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const [action, image, ...extra] = positionals;
    if (!action || !['digest', 'tags', 'promote', 'rollback'].includes(action)) {
      throw new UsageError(
        `registry: name an action: digest, tags, promote or rollback (see \`shipshape registry --help\`)`,
      );
    }
    if (!image)
      throw new UsageError(
        `registry ${action}: name an image, e.g. ghcr.io/acme/app${action === 'digest' ? ':1a2b3c4' : ''}`,
      );
    if (extra.length) throw new UsageError(`registry ${action}: unexpected argument "${extra[0]}"`);
    // Output paths are checked before anything changes in the registry.
    outputTargets(values, commandScope(io.cwd, io.env), io.env);
    const ref = parseImageReference(image);
    const registry = client(ref, values, io.env);
    const credentials = describeCredentials(credentialsFromEnv(ref.registry, io.env));

    try {
      if (action === 'digest') {
        const reference = ref.digest ?? ref.tag;
        if (!reference) throw new UsageError('registry digest: give a tag, e.g. ghcr.io/acme/app:1a2b3c4');
        const digest = await registry.resolveDigest(ref.repository, reference);
        io.stdout(`${digest}\n`);
        emit({ digest, image: `${ref.registry}/${ref.repository}@${digest}` }, values, io);
        return 0;
      }
      if (action === 'tags') {
        const tags = await registry.listTags(ref.repository);
        io.stdout(tags.map((tag) => `${tag}\n`).join(''));
        emit({ tags: tags.join(','), count: String(tags.length) }, values, io);
        return 0;
      }
      if (!values.env) throw new UsageError(`registry ${action}: --env is required (e.g. --env staging)`);
      if (action === 'rollback') {
        const entry = await rollback(registry, { repository: ref.repository, environment: values.env });
        io.stderr(
          entry.changed
            ? `Rolled ${ref.repository}:${entry.environment} back to ${entry.digest} (${previousTag(entry.environment)} is now ${entry.previous ?? 'unset'}).\n`
            : `${ref.repository}:${entry.environment} already points at ${entry.digest}; nothing changed.\n`,
        );
        io.stdout(`${entry.digest}\n`);
        emit(
          {
            digest: entry.digest,
            'previous-digest': entry.previous ?? '',
            image: `${ref.registry}/${ref.repository}@${entry.digest}`,
            changed: String(entry.changed),
          },
          values,
          io,
        );
        return 0;
      }
      // promote
      let digest = values.digest ? checkDigest(values.digest) : ref.digest;
      let from: string | undefined;
      if (values.source) {
        if (values.digest) throw new UsageError('registry promote: give --digest or --source, not both');
        const source = parseImageReference(values.source);
        if (source.registry !== ref.registry) {
          throw new UsageError(
            `registry promote: --source ${formatReference(source)} is on another registry than ${ref.registry}; copy it there first`,
          );
        }
        const reference = source.digest ?? source.tag;
        if (!reference) throw new UsageError('registry promote: --source needs a tag or a digest');
        digest = source.digest ?? (await registry.resolveDigest(source.repository, reference));
        if (source.repository !== ref.repository) from = source.repository;
      }
      if (!digest)
        throw new UsageError(
          'registry promote: give the digest to promote with --digest sha256:… or --source <image:tag>',
        );
      const entry = await promote(registry, {
        repository: ref.repository,
        digest,
        environment: values.env,
        ...(from ? { from } : {}),
      });
      io.stderr(
        entry.changed
          ? `Promoted ${digest} to ${ref.repository}:${entry.environment}${entry.previous ? ` (${previousTag(entry.environment)} is now ${entry.previous})` : ' (first release of this environment)'}.\n`
          : `${ref.repository}:${entry.environment} already points at ${digest}; nothing changed.\n`,
      );
      io.stdout(`${entry.digest}\n`);
      emit(
        {
          digest: entry.digest,
          'previous-digest': entry.previous ?? '',
          image: `${ref.registry}/${ref.repository}@${entry.digest}`,
          changed: String(entry.changed),
        },
        values,
        io,
      );
      return 0;
    } catch (error) {
      if (error instanceof RegistryError) {
        io.stderr(`shipshape registry ${action}: ${error.message} [${credentials}]\n`);
        return 1;
      }
      throw error;
    }
  },
};
