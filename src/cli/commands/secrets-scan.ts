import { UsageError } from '../../core/errors.js';
import { commandScope, resolveArgumentPath, resolveReadPath, resolveWritePath, writeInside } from '../../core/paths.js';
import { loadSecurityConfig } from '../../stages/security/config.js';
import { formatGateText, runGate } from '../../stages/security/gate.js';
import { formatSecuritySarif } from '../../stages/security/sarif-out.js';
import { scanSecrets } from '../../stages/security/secrets.js';
import { parseCommandArgs, type Command } from '../command.js';
import { checkFailOn } from './security-gate.js';

export const secretsScanCommand: Command = {
  name: 'secrets-scan',
  summary:
    'Look for committed credentials (GitHub, GitLab, AWS, Slack, npm tokens, private keys, high-entropy assignments).',
  usage: `shipshape secrets-scan [paths…] [options]

Options:
  --config <file>         security config with the allow-list (default: .shipshape-security.yml at the root)
  --fail-on <severity>    critical, high, medium, low or never (absent or empty: from the config, else high)
  --format <text|json|sarif>  report on standard output (default text)
  --output <file>         write the report to a file instead
  --root <dir>            repository root (default .)

Secrets are never printed: findings show the kind, the place and a masked prefix.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('secrets-scan', argv, {
      config: { type: 'string' },
      'fail-on': { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (!['text', 'json', 'sarif'].includes(values.format))
      throw new UsageError(`secrets-scan: --format must be text, json or sarif, not "${values.format}"`);
    const scope = commandScope(io.cwd, io.env);
    const root = values.root ? resolveReadPath('--root', values.root, scope, 'directory') : scope.base;
    const paths = positionals.map((path) => resolveArgumentPath('path argument', path, { ...scope, read: [root] }));
    const output = values.output ? resolveWritePath('--output', values.output, scope) : undefined;
    const config = loadSecurityConfig(
      root,
      values.config ? resolveReadPath('--config', values.config, scope) : undefined,
    );
    const failOn = checkFailOn('secrets-scan', values['fail-on']);
    if (failOn) config.failOn = failOn;
    const scan = scanSecrets({ root, paths, ignore: config.secrets.ignore, minEntropy: config.secrets.minEntropy });
    const result = runGate([{ findings: scan.findings, suppressed: [] }], config);
    const report =
      values.format === 'sarif'
        ? formatSecuritySarif(result)
        : values.format === 'json'
          ? `${JSON.stringify({ filesScanned: scan.filesScanned, blocked: result.blocked, findings: result.findings, allowed: result.allowed, expired: result.expired }, null, 2)}\n`
          : `${result.findings.map((finding) => `${finding.path}:${finding.line}: ${finding.severity}: ${finding.title} [${finding.id}]\n`).join('')}${scan.filesScanned} ${scan.filesScanned === 1 ? 'file' : 'files'} scanned. ${formatGateText(result)}`;
    if (output) writeInside('--output', output, report);
    else io.stdout(report);
    for (const notice of scan.notices) io.stderr(`${notice.path}: notice: ${notice.message}\n`);
    return result.blocked ? 1 : 0;
  },
};
