import { commandScope, resolveReadPath } from '../../core/paths.js';
import { planCache } from '../../stages/cache/plan.js';
import { parseCommandArgs, type Command } from '../command.js';
import { emitOutputs } from './image-tags.js';

export const cachePlanCommand: Command = {
  name: 'cache-plan',
  summary: 'Detect package managers from lockfiles and compute dependency cache keys, paths and restore keys.',
  usage: `shipshape cache-plan [options]

Options:
  --dir <dir>       project directory (default: .)
  --os <label>      operating system part of the key (default: this machine's, e.g. linux)
  --dotenv <file>   also write the outputs as a GitLab dotenv report
  --json            print the whole plan as JSON

Outputs (first detected package manager): tools, cache-key, cache-restore-keys and cache-paths (JSON arrays),
install-command, test-command.`,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      'cache-plan',
      argv,
      {
        dir: { type: 'string', default: '.' },
        os: { type: 'string' },
        dotenv: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const dir = resolveReadPath('--dir', values.dir, commandScope(io.cwd, io.env), 'directory');
    const plan = planCache({ dir, os: values.os });
    const first = plan[0];
    emitOutputs(
      {
        tools: plan.map((entry) => entry.tool).join(','),
        'cache-key': first?.key ?? '',
        'cache-restore-keys': JSON.stringify(first?.restoreKeys ?? []),
        'cache-paths': JSON.stringify(first?.paths ?? []),
        'install-command': first?.install ?? '',
        'test-command': first?.test ?? '',
      },
      io,
      values.dotenv,
    );
    if (values.json) io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    else if (plan.length === 0) io.stdout('No lockfile found: nothing to cache.\n');
    else
      for (const entry of plan)
        io.stdout(
          `${entry.tool}: key ${entry.key}\n  paths: ${entry.paths.join(', ')}\n  restore: ${entry.restoreKeys.join(', ')}\n`,
        );
    return 0;
  },
};
