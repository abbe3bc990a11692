import { UsageError } from '../../core/errors.js';
import { STAGES } from '../../pipeline/spec.js';
import { parseInputs } from '../../pipeline/validate.js';
import {
  pipelineMessage,
  postWebhook,
  runContext,
  secretValues,
  type PipelineNotice,
} from '../../stages/deploy/notify.js';
import { parseCommandArgs, type Command } from '../command.js';

export const notifyCommand: Command = {
  name: 'notify',
  summary: 'Post a Slack-compatible message about the run to a webhook (the failure-notification job).',
  usage: `shipshape notify [--webhook-url URL] [--status failure|success|cancelled] [--message TEXT]
Each option can also come from SHIPSHAPE_<OPTION> (e.g. SHIPSHAPE_WEBHOOK_URL from a masked CI variable).
Exits 0 even when the webhook cannot be reached (a notice must not fail a pipeline by itself); says why on stderr.`,
  async run(argv, io) {
    const names = STAGES.notify.map((input) => input.name);
    const { values, positionals } = parseCommandArgs('notify', argv, {
      ...Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      help: { type: 'boolean', short: 'h' },
    });
    if ((values as { help?: boolean }).help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`notify: unexpected argument "${positionals[0]}"`);
    const read = (name: string): string => {
      const flag = (values as Record<string, unknown>)[name];
      return typeof flag === 'string' ? flag : (io.env[`SHIPSHAPE_${name.toUpperCase().replace(/-/g, '_')}`] ?? '');
    };
    const inputs = parseInputs(STAGES.notify, read);
    const webhook = String(inputs['webhook-url']);
    if (!webhook) {
      io.stderr('notify: no webhook URL; nothing sent\n');
      return 0;
    }
    const notice: PipelineNotice = {
      ...runContext(io.env),
      status: inputs.status as PipelineNotice['status'],
      ...(inputs.message ? { message: String(inputs.message) } : {}),
    };
    const error = await postWebhook(webhook, pipelineMessage(notice, secretValues(io.env, [webhook])));
    io.stderr(error ? `notify: not sent: ${error}\n` : 'notify: sent\n');
    return 0;
  },
};
