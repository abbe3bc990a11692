import { UsageError } from '../../core/errors.js';
import { commandScope, resolveArgumentPath, resolveReadPath, resolveWritePath, writeInside } from '../../core/paths.js';
import { severityRank, type Finding } from '../../core/finding.js';
import type { FailOn } from '../../core/config.js';
import { FORMATS } from '../../formats/index.js';
import { writeBaseline } from '../../runner/baseline.js';
import { runCheck } from '../../runner/check.js';
import { parseCommandArgs, type Command } from '../command.js';

const FAIL_ON = ['error', 'warning', 'note', 'never'];

export function exceedsThreshold(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((finding) => severityRank(finding.severity) >= severityRank(failOn));
}

export const checkCommand: Command = {
  name: 'check',
  summary:
    'Review GitHub workflows and actions, GitLab CI, Dockerfiles, Kubernetes manifests and Terraform under the given paths (`-`: standard input).',
  usage: `shipshape check [paths…] [options]

A path of \`-\` checks YAML read from standard input (rendered manifests: \`helm template … | shipshape check -\`),
reported as \`<stdin>\`.

Options:
  --format <name>          ${Object.keys(FORMATS).join(', ')} (default: text)
  --output <file>          write the report to a file instead of standard output
  --fail-on <severity>     error, warning, note or never (absent or empty: from config, else error)
  --config <file>          config file (default: .shipshape.yml at the root, if any)
  --root <dir>             repository root that paths in the report are relative to (default: .)
  --baseline <file>        report only findings not recorded in this baseline
  --write-baseline <file>  record the current findings as the baseline and exit 0`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('check', argv, {
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      root: { type: 'string' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    const formatter = FORMATS[values.format];
    if (!formatter)
      throw new UsageError(`check: unknown format "${values.format}" (one of: ${Object.keys(FORMATS).join(', ')})`);
    if (values['fail-on'] && !FAIL_ON.includes(values['fail-on'])) {
      throw new UsageError(`check: --fail-on must be one of ${FAIL_ON.join(', ')}, not "${values['fail-on']}"`);
    }
    const scope = commandScope(io.cwd, io.env);
    const root = values.root ? resolveReadPath('--root', values.root, scope, 'directory') : scope.base;
    const fromStdin = (positionals as string[]).includes('-');
    if (fromStdin && !io.readStdin)
      throw new UsageError('check: `-` reads standard input, which this caller has none of');
    const paths = positionals
      .filter((path) => path !== '-')
      .map((path) => resolveArgumentPath('path argument', path, { ...scope, read: [root] }));
    const configPath = values.config ? resolveReadPath('--config', values.config, scope) : undefined;
    const baselinePath = values.baseline ? resolveReadPath('--baseline', values.baseline, scope) : undefined;
    const writeBaselineTo = values['write-baseline']
      ? resolveWritePath('--write-baseline', values['write-baseline'], scope)
      : undefined;
    const output = values.output ? resolveWritePath('--output', values.output, scope) : undefined;
    const stdin = fromStdin ? await io.readStdin!() : undefined;
    const result = await runCheck({ root, paths, configPath, baselinePath, stdin });
    if (writeBaselineTo) {
      writeBaseline(writeBaselineTo, result.findings);
      io.stderr(`Wrote ${result.findings.length} findings to ${values['write-baseline']}.\n`);
      return 0;
    }
    const report = formatter(
      { findings: result.findings, notices: result.notices, registry: result.registry, checked: result.checked },
      { color: io.isTTY && !values.output && !io.env.NO_COLOR },
    );
    if (output) {
      writeInside('--output', output, report);
    } else {
      io.stdout(report);
    }
    if (values.format !== 'text') {
      for (const notice of result.notices) io.stderr(`${notice.path}: notice: ${notice.message}\n`);
    }
    // Empty (as a pipeline input left at its default passes it) means the same as absent: the config decides.
    const failOn = ((values['fail-on'] || undefined) as FailOn | undefined) ?? result.config.failOn;
    return exceedsThreshold(result.findings, failOn) ? 1 : 0;
  },
};
