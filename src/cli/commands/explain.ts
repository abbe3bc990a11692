import { docsUrl } from '../../core/engine.js';
import { UsageError } from '../../core/errors.js';
import { defaultRegistry } from '../../rules/index.js';
import { parseCommandArgs, type Command } from '../command.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Show what a rule checks, its peers and where its documentation lives.',
  usage: 'shipshape explain <rule-id>',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('explain', argv, { help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const id = positionals[0];
    if (!id) throw new UsageError('explain: name a rule id, e.g. `shipshape explain docker/no-latest-tag`');
    const registry = defaultRegistry();
    const rule = registry.byId.get(id);
    if (!rule) {
      const close = [...registry.ids].filter(
        (known) => known.endsWith(id.slice(id.indexOf('/') + 1)) || known.includes(id),
      );
      throw new UsageError(
        `explain: unknown rule "${id}"${close.length ? ` (did you mean ${close.slice(0, 3).join(', ')}?)` : ''}`,
      );
    }
    const { meta } = rule;
    const peers = Object.entries(meta.equivalents ?? {}).map(([tool, ids]) => `  ${tool}: ${ids.join(', ')}`);
    io.stdout(
      [
        `${meta.id} — ${meta.description}`,
        `domain: ${meta.domain}; category: ${meta.category}; default severity: ${meta.defaultSeverity}; recommended: ${meta.recommended ? 'yes' : 'no'}`,
        ...(meta.defaultOptions ? [`options: ${JSON.stringify(meta.defaultOptions)}`] : []),
        ...(peers.length ? ['same idea in:', ...peers] : []),
        `docs: ${docsUrl(rule)}`,
        '',
      ].join('\n'),
    );
    return 0;
  },
};
