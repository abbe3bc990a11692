import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeError, UsageError } from '../../core/errors.js';
import { writeOutputs } from '../../stages/outputs.js';
import { parseReportSpec, REPORT_TOOLS } from '../../stages/security/parsers/index.js';
import { gateOutputs, runSecurityGate } from '../../stages/security/run.js';
import { FAIL_ON_VALUES, type SecurityFailOn } from '../../stages/security/types.js';
import { parseCommandArgs, type Command } from '../command.js';

export function checkFailOn(command: string, value: string | undefined): SecurityFailOn | undefined {
  // Empty (a pipeline input left at its default) means the same as absent: the config decides.
  if (value === undefined || value === '') return undefined;
  if (!FAIL_ON_VALUES.includes(value as SecurityFailOn)) throw new UsageError(`${command}: --fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${value}"`);
  return value as SecurityFailOn;
}

export function writeFileOrFail(command: string, path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`${command}: cannot write ${path}: ${describeError(error)}`);
  }
}

export const securityGateCommand: Command = {
  name: 'security-gate',
  summary: 'Merge check findings, a secrets scan and scanner reports (SARIF, trivy, grype, npm audit, …) into one gate and one SARIF.',
  usage: `shipshape security-gate [options]

Options:
  --report <tool:path>     a scanner report, repeatable; tool is one of ${REPORT_TOOLS.join(', ')}
                           (auto, or no tool, recognises the format)
  --fail-on <severity>     critical, high, medium, low or never (absent or empty: from the config, else high)
  --config <file>          security config: fail-on, unknown-severity, allow-list with expiry dates, secrets
                           (default: .shipshape-security.yml at the root, if any)
  --sarif <file>           write the merged SARIF 2.1.0 log here (for GitHub code scanning)
  --summary <file>         write the Markdown summary here
  --format <text|json>     report on standard output (default text)
  --root <dir>             repository root (default .)
  --no-check               do not run shipshape check
  --no-secrets             do not run the secrets scan
  --dotenv <file>          also write the outputs as a GitLab dotenv report
  --github-output <file>   where to write step outputs (default: $GITHUB_OUTPUT when set)

Exit code 1 when a finding at or above fail-on remains after the allow-list.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'security-gate',
      argv,
      {
        report: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        sarif: { type: 'string' },
        summary: { type: 'string' },
        format: { type: 'string', default: 'text' },
        root: { type: 'string' },
        'no-check': { type: 'boolean' },
        'no-secrets': { type: 'boolean' },
        dotenv: { type: 'string' },
        'github-output': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      false,
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    void positionals;
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`security-gate: --format must be text or json, not "${values.format}"`);
    const root = resolve(io.cwd, values.root ?? '.');
    const sarifFile = values.sarif ? resolve(io.cwd, values.sarif) : undefined;
    const failOn = checkFailOn('security-gate', values['fail-on']);
    const run = await runSecurityGate({
      root,
      reports: (values.report ?? []).map((spec) => {
        const parsed = parseReportSpec(spec);
        return { ...parsed, path: resolve(io.cwd, parsed.path) };
      }),
      ...(values.config ? { configPath: resolve(io.cwd, values.config) } : {}),
      ...(failOn ? { failOn } : {}),
      check: !values['no-check'],
      secrets: !values['no-secrets'],
      ...(sarifFile ? { sarifFile } : {}),
    });
    if (values.format === 'json') {
      io.stdout(`${JSON.stringify({ blocked: run.result.blocked, failOn: run.result.failOn, counts: run.result.counts, bySource: run.result.bySource, inputs: run.inputs, findings: run.result.findings, blocking: run.result.blocking.map((finding) => finding.fingerprint), allowed: run.result.allowed, suppressed: run.result.suppressed, expired: run.result.expired }, null, 2)}\n`);
    } else {
      io.stdout(run.text);
    }
    for (const notice of run.notices) io.stderr(`${notice.path}: notice: ${notice.message}\n`);
    if (values.summary) writeFileOrFail('security-gate', resolve(io.cwd, values.summary), run.markdown);
    const githubOutput = values['github-output'] ?? io.env.GITHUB_OUTPUT;
    writeOutputs(gateOutputs(run.result, sarifFile), {
      ...(githubOutput ? { githubOutput: resolve(io.cwd, githubOutput) } : {}),
      ...(values.dotenv ? { dotenv: resolve(io.cwd, values.dotenv) } : {}),
    });
    return run.result.blocked ? 1 : 0;
  },
};
