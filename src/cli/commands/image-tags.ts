import { UsageError } from '../../core/errors.js';
import { commandScope, resolveWritePath } from '../../core/paths.js';
import { writeOutputs } from '../../stages/outputs.js';
import { commitContext } from '../../stages/image/context.js';
import { imageMeta, type ImageMeta } from '../../stages/image/tags.js';
import { parseCommandArgs, type Command, type CommandIO } from '../command.js';

/** Lists go out newline-separated to $GITHUB_OUTPUT and comma-separated to a dotenv report (one line per variable). */
export function emitOutputs(
  outputs: Record<string, string | string[]>,
  io: CommandIO,
  dotenvFlag: string | undefined,
): void {
  const dotenv = dotenvFlag ? resolveWritePath('--dotenv', dotenvFlag, commandScope(io.cwd, io.env)) : undefined;
  const githubOutput = io.env.GITHUB_OUTPUT || undefined;
  if (githubOutput) {
    writeOutputs(
      Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, Array.isArray(v) ? v.join('\n') : v])),
      { githubOutput },
    );
  }
  if (dotenv) {
    writeOutputs(Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v])), {
      dotenv,
    });
  }
}

export const TAG_OPTIONS = {
  image: { type: 'string' },
  sha: { type: 'string' },
  ref: { type: 'string' },
  latest: { type: 'boolean', default: false },
  created: { type: 'string' },
  source: { type: 'string' },
  title: { type: 'string' },
  dotenv: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

export const TAG_USAGE = `  --image <repo>       image repository without tag, e.g. ghcr.io/acme/app (required)
  --sha <sha>          commit SHA (default: GITHUB_SHA, CI_COMMIT_SHA or git HEAD)
  --ref <ref>          git ref, e.g. refs/heads/main or refs/tags/v1.2.3 (default: from CI variables or git)
  --latest             also tag latest
  --created <time>     org.opencontainers.image.created (default: SOURCE_DATE_EPOCH or the commit time)
  --source <url>       org.opencontainers.image.source (default: from CI variables)
  --title <text>       org.opencontainers.image.title (default: last part of the image name)
  --dotenv <file>      also write the outputs as a GitLab dotenv report`;

export function metaFromArgs(
  command: string,
  values: {
    image?: string;
    sha?: string;
    ref?: string;
    latest?: boolean;
    created?: string;
    source?: string;
    title?: string;
  },
  io: CommandIO,
): ImageMeta {
  if (!values.image) throw new UsageError(`${command}: --image is required (see \`shipshape ${command} --help\`)`);
  const context = commitContext(io.env, io.cwd);
  const sha = values.sha ?? context.sha;
  if (!sha) throw new UsageError(`${command}: no commit SHA: pass --sha or run inside a git checkout`);
  return imageMeta({
    image: values.image,
    sha,
    ref: values.ref ?? context.ref,
    latest: values.latest,
    created: values.created ?? context.created,
    source: values.source ?? context.source,
    title: values.title,
  });
}

export const imageTagsCommand: Command = {
  name: 'image-tags',
  summary: "Compute an image's tags (commit SHA, branch, semver) and OCI labels; writes them as stage outputs.",
  usage: `shipshape image-tags --image <repo> [options]

Options:
${TAG_USAGE}
  --json               print the tags and labels as JSON

Outputs: tags (full references), version, labels (JSON object).`,
  async run(argv, io) {
    const { values } = parseCommandArgs('image-tags', argv, TAG_OPTIONS, false);
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const meta = metaFromArgs('image-tags', values, io);
    emitOutputs({ tags: meta.refs, version: meta.version, labels: JSON.stringify(meta.labels) }, io, values.dotenv);
    io.stdout(
      values.json
        ? `${JSON.stringify({ tags: meta.refs, version: meta.version, labels: meta.labels }, null, 2)}\n`
        : `${meta.refs.join('\n')}\n`,
    );
    return 0;
  },
};
