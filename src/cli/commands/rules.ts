import { docsUrl } from '../../core/engine.js';
import { defaultRegistry } from '../../rules/index.js';
import { parseCommandArgs, type Command } from '../command.js';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List every rule with its metadata (--format json for tools).',
  usage: 'shipshape rules [--format text|json] [--domain <domain>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'rules',
      argv,
      {
        format: { type: 'string', default: 'text' },
        domain: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const rules = defaultRegistry().rules.filter((rule) => !values.domain || rule.meta.domain === values.domain);
    if (values.format === 'json') {
      const list = rules.map(({ meta }) => ({
        id: meta.id,
        domain: meta.domain,
        description: meta.description,
        category: meta.category,
        defaultSeverity: meta.defaultSeverity,
        recommended: meta.recommended,
        equivalents: meta.equivalents ?? {},
        defaultOptions: meta.defaultOptions ?? {},
        docsUrl: docsUrl({ meta, create: () => ({}) }),
      }));
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...rules.map((rule) => rule.meta.id.length));
    for (const { meta } of rules) {
      const peers = Object.entries(meta.equivalents ?? {})
        .map(([tool, ids]) => `${tool}: ${ids.join(', ')}`)
        .join('; ');
      io.stdout(
        `${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)} ${meta.recommended ? '*' : ' '} ${meta.description}${peers ? ` (${peers})` : ''}\n`,
      );
    }
    io.stdout(`\n${rules.length} rules; * = in the recommended preset.\n`);
    return 0;
  },
};
