import * as core from '@actions/core';
import { SURFACES } from '../../pipeline/spec.js';
import { parseInputs } from '../../pipeline/validate.js';
import { maskSecretInputs } from '../shared/secrets.js';
import {
  pipelineMessage,
  postWebhook,
  runContext,
  secretValues,
  type PipelineNotice,
} from '../../stages/deploy/notify.js';

const SURFACE = SURFACES.find((surface) => surface.path === 'actions/notify/action.yml')!;

export async function run(): Promise<void> {
  maskSecretInputs(SURFACE.inputs);
  const webhook = core.getInput('webhook-url');
  const values = parseInputs(SURFACE.inputs, (name) => core.getInput(name, { trimWhitespace: false }));
  if (!webhook) {
    core.info('No webhook-url: nothing to notify.');
    core.setOutput('sent', 'false');
    return;
  }
  const notice: PipelineNotice = {
    ...runContext(process.env),
    status: values.status as PipelineNotice['status'],
    ...(values.message ? { message: String(values.message) } : {}),
  };
  const error = await postWebhook(webhook, pipelineMessage(notice, secretValues(process.env, [webhook])));
  core.setOutput('sent', error ? 'false' : 'true');
  // A notice that cannot be sent must not turn a run red by itself.
  if (error) core.warning(`notification not sent: ${error}`);
}
