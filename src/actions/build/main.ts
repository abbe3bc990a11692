import * as core from '@actions/core';
import { UsageError } from '../../core/errors.js';
import { buildImage } from '../../stages/build/build.js';
import { commitContext } from '../../stages/image/context.js';
import { imageMeta } from '../../stages/image/tags.js';
import { candidateTag } from '../../stages/registry/release.js';
import { readContext } from './inputs.js';

export async function run(): Promise<void> {
  const context = readContext();
  if (context.image === '') {
    core.info('No image input: skipping the image build.');
    for (const name of ['image', 'digest', 'tags', 'release-tags']) core.setOutput(name, '');
    return;
  }
  const commit = commitContext(process.env, context.dir);
  if (!commit.sha)
    throw new UsageError('no commit SHA: GITHUB_SHA is not set and the working directory is not a git checkout');
  const meta = imageMeta({
    image: context.image,
    sha: commit.sha,
    ref: commit.ref,
    latest: context.latest,
    created: commit.created,
    source: commit.source,
  });
  const result = await buildImage({
    builder: context.builder,
    cwd: context.dir,
    context: context.context,
    dockerfile: context.dockerfile || undefined,
    // A candidate is pushed under one tag only; the security gate gives a passing digest the release tags.
    refs: context.candidate ? [`${context.image}:${candidateTag(commit.sha)}`] : meta.refs,
    labels: meta.labels,
    buildArgs: context.buildArgs,
    push: context.push,
    tlsVerify: context.tlsVerify,
    storage: context.storage,
    env: process.env,
    log: (line) => core.info(line),
  });
  core.setOutput('image', result.image);
  core.setOutput('digest', result.digest);
  core.setOutput('tags', result.refs.join('\n'));
  core.setOutput('release-tags', context.candidate ? meta.tags.join('\n') : '');
  core.info(
    `Built ${result.image} with ${result.builder}: build ${(result.timings.buildMs / 1000).toFixed(2)} s, push ${(result.timings.pushMs / 1000).toFixed(2)} s`,
  );
}
