import { commandScope, resolveReadPath, resolveWritePath } from '../../core/paths.js';
import { buildImage, BuildError, parseBuildArgs, type Builder } from '../../stages/build/build.js';
import { UsageError } from '../../core/errors.js';
import { candidateTag } from '../../stages/registry/release.js';
import { pick } from '../../pipeline/spec.js';
import { parseCommandArgs, type Command } from '../command.js';
import { normalizeBooleanFlags, readSpecFlags, specParseOptions, specUsage, type SpecFlags } from '../spec-options.js';
import { emitOutputs, metaFromArgs, TAG_OPTIONS, TAG_USAGE } from './image-tags.js';

/** The build stage's inputs as flags (`--dockerfile`, `--[no-]push`, `--[no-]tls-verify`, …), old names kept. */
const BUILD_FLAGS: SpecFlags = {
  inputs: pick('build', ['context', 'dockerfile', 'build-args', 'push', 'builder', 'tls-verify']),
  aliases: [
    { flag: 'file', input: 'dockerfile' },
    { flag: 'build-arg', input: 'build-args', multiple: true },
    { flag: 'insecure-registry', input: 'tls-verify', value: false },
  ],
  env: true,
};

export const buildCommand: Command = {
  name: 'build',
  summary:
    'Build an image once per commit (buildah or docker buildx), tag it by commit SHA and push it; outputs the digest.',
  // A getter: the help is rendered from the spec each time, so it always says what the spec says.
  get usage() {
    return `shipshape build --image <repo> [options]

Options:
${TAG_USAGE}
  --candidate               push one tag only, candidate-<sha>: the release tags come from \`shipshape release\`
                            once the security gate has passed the digest
  --storage-root <dir>      buildah --root (default: SHIPSHAPE_STORAGE_ROOT or buildah's own)
  --storage-runroot <dir>   buildah --runroot (default: SHIPSHAPE_STORAGE_RUNROOT)
  --storage-driver <name>   buildah --storage-driver, e.g. vfs (default: SHIPSHAPE_STORAGE_DRIVER)

The build stage's inputs (as in actions/build and gitlab/build.yml); a flag left out is read from
SHIPSHAPE_<INPUT> (e.g. SHIPSHAPE_TLS_VERIFY=false), else the default:
${specUsage(BUILD_FLAGS)}

Registry credentials: REGISTRY_USERNAME and REGISTRY_PASSWORD in the environment (never as options).
Outputs: image (<repo>@<digest>), digest, tags.`;
  },
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'build',
      normalizeBooleanFlags('build', BUILD_FLAGS, argv),
      {
        ...TAG_OPTIONS,
        ...specParseOptions(BUILD_FLAGS),
        candidate: { type: 'boolean', default: false },
        'storage-root': { type: 'string' },
        'storage-runroot': { type: 'string' },
        'storage-driver': { type: 'string' },
      },
      false,
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const inputs = readSpecFlags('build', BUILD_FLAGS, values, io.env);
    const scope = commandScope(io.cwd, io.env);
    // Checked before the build starts: a bad path fails in a second, not after the image is built.
    resolveReadPath('--context', String(inputs.context), scope, 'directory');
    if (String(inputs.dockerfile)) resolveReadPath('--dockerfile', String(inputs.dockerfile), scope);
    if (values.dotenv) resolveWritePath('--dotenv', values.dotenv, scope);
    const meta = metaFromArgs('build', values, io);
    if (values.candidate && values.latest)
      throw new UsageError('build: --latest is a release tag; with --candidate pass it to `shipshape release`');
    // A candidate is pushed under one tag that no deploy or user pulls; it keeps the labels of the release.
    const refs = values.candidate
      ? [`${values.image}:${candidateTag(meta.labels['org.opencontainers.image.revision']!)}`]
      : meta.refs;
    const buildArgs = parseBuildArgs(String(inputs['build-args']));
    const log = (line: string) => io.stderr(`${line}\n`);
    try {
      const result = await buildImage({
        builder: inputs.builder as Builder | 'auto',
        cwd: io.cwd,
        context: String(inputs.context),
        dockerfile: String(inputs.dockerfile) || undefined,
        refs,
        labels: meta.labels,
        buildArgs,
        push: inputs.push === true,
        tlsVerify: inputs['tls-verify'] === true,
        storage: {
          root: values['storage-root'] ?? (io.env.SHIPSHAPE_STORAGE_ROOT || undefined),
          runroot: values['storage-runroot'] ?? (io.env.SHIPSHAPE_STORAGE_RUNROOT || undefined),
          driver: values['storage-driver'] ?? (io.env.SHIPSHAPE_STORAGE_DRIVER || undefined),
        },
        env: io.env,
        log,
      });
      emitOutputs({ image: result.image, digest: result.digest, tags: result.refs }, io, values.dotenv);
      io.stdout(`${result.image}\n`);
      io.stderr(
        `built with ${result.builder} in ${(result.timings.buildMs / 1000).toFixed(2)} s, pushed in ${(result.timings.pushMs / 1000).toFixed(2)} s\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof BuildError) {
        io.stderr(`shipshape: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};
