import { resolve } from 'node:path';
import { buildImage, BuildError, parseBuildArgs, type Builder } from '../../stages/build/build.js';
import { UsageError } from '../../core/errors.js';
import { candidateTag } from '../../stages/registry/release.js';
import { parseCommandArgs, type Command } from '../command.js';
import { emitOutputs, metaFromArgs, TAG_OPTIONS, TAG_USAGE } from './image-tags.js';

const BUILDERS = ['auto', 'buildah', 'docker'];

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build an image once per commit (buildah or docker buildx), tag it by commit SHA and push it; outputs the digest.',
  usage: `shipshape build --image <repo> [options]

Options:
${TAG_USAGE}
  --context <dir>           build context (default: .)
  --file <path>             Dockerfile (default: <context>/Dockerfile)
  --build-arg <KEY=value>   build argument (repeatable)
  --no-push                 build only
  --candidate               push one tag only, candidate-<sha>: the release tags come from \`shipshape release\`
                            once the security gate has passed the digest
  --builder <name>          auto, buildah or docker (default: auto)
  --insecure-registry       push over plain HTTP / without certificate checks
  --storage-root <dir>      buildah --root (default: SHIPSHAPE_STORAGE_ROOT or buildah's own)
  --storage-runroot <dir>   buildah --runroot (default: SHIPSHAPE_STORAGE_RUNROOT)
  --storage-driver <name>   buildah --storage-driver, e.g. vfs (default: SHIPSHAPE_STORAGE_DRIVER)

Registry credentials: REGISTRY_USERNAME and REGISTRY_PASSWORD in the environment (never as options).
Outputs: image (<repo>@<digest>), digest, tags.`,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'build',
      argv,
      {
        ...TAG_OPTIONS,
        context: { type: 'string', default: '.' },
        file: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        'no-push': { type: 'boolean', default: false },
        candidate: { type: 'boolean', default: false },
        builder: { type: 'string', default: 'auto' },
        'insecure-registry': { type: 'boolean', default: false },
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
    if (!BUILDERS.includes(values.builder)) throw new UsageError(`build: --builder must be one of ${BUILDERS.join(', ')}, not "${values.builder}"`);
    const meta = metaFromArgs('build', values, io);
    if (values.candidate && values.latest) throw new UsageError('build: --latest is a release tag; with --candidate pass it to `shipshape release`');
    // A candidate is pushed under one tag that no deploy or user pulls; it keeps the labels of the release.
    const refs = values.candidate ? [`${values.image}:${candidateTag(meta.labels['org.opencontainers.image.revision']!)}`] : meta.refs;
    const buildArgs = parseBuildArgs((values['build-arg'] ?? []).join('\n'));
    const log = (line: string) => io.stderr(`${line}\n`);
    try {
      const result = await buildImage({
        builder: values.builder as Builder | 'auto',
        cwd: io.cwd,
        context: values.context,
        dockerfile: values.file,
        refs,
        labels: meta.labels,
        buildArgs,
        push: !values['no-push'],
        tlsVerify: !values['insecure-registry'],
        storage: {
          root: values['storage-root'] ?? (io.env.SHIPSHAPE_STORAGE_ROOT || undefined),
          runroot: values['storage-runroot'] ?? (io.env.SHIPSHAPE_STORAGE_RUNROOT || undefined),
          driver: values['storage-driver'] ?? (io.env.SHIPSHAPE_STORAGE_DRIVER || undefined),
        },
        env: io.env,
        log,
      });
      emitOutputs({ image: result.image, digest: result.digest, tags: result.refs }, io, values.dotenv ? resolve(io.cwd, values.dotenv) : undefined);
      io.stdout(`${result.image}\n`);
      io.stderr(`built with ${result.builder} in ${(result.timings.buildMs / 1000).toFixed(2)} s, pushed in ${(result.timings.pushMs / 1000).toFixed(2)} s\n`);
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
