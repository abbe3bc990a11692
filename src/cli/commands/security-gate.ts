import { UsageError } from '../../core/errors.js';
import { commandScope, resolveReadPath, resolveWritePath, writeInside, type PathScope } from '../../core/paths.js';
import { writeOutputs } from '../../stages/outputs.js';
import { parseReportSpec, REPORT_TOOLS } from '../../stages/security/parsers/index.js';
import { gateOutputs, runSecurityGate } from '../../stages/security/run.js';
import { FAIL_ON_VALUES, type SecurityFailOn } from '../../stages/security/types.js';
import { SECURITY_ACTION_INPUTS } from '../../pipeline/spec.js';
import { parseCommandArgs, type Command } from '../command.js';
import { normalizeBooleanFlags, readSpecFlags, specParseOptions, specUsage, type SpecFlags } from '../spec-options.js';

export function checkFailOn(command: string, value: string | undefined): SecurityFailOn | undefined {
  // Empty (a pipeline input left at its default) means the same as absent: the config decides.
  if (value === undefined || value === '') return undefined;
  if (!FAIL_ON_VALUES.includes(value as SecurityFailOn))
    throw new UsageError(`${command}: --fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not "${value}"`);
  return value as SecurityFailOn;
}

/** Where a stage command writes its step outputs and dotenv report: checked like every other path it writes. */
export function outputTargets(
  values: { dotenv?: string; 'github-output'?: string },
  scope: PathScope,
  env: NodeJS.ProcessEnv,
): { githubOutput?: string; dotenv?: string } {
  // $GITHUB_OUTPUT is the runner's own file (under RUNNER_TEMP); a flag is an input like any other.
  const githubOutput = values['github-output']
    ? resolveWritePath('--github-output', values['github-output'], scope)
    : env.GITHUB_OUTPUT || undefined;
  return {
    ...(githubOutput ? { githubOutput } : {}),
    ...(values.dotenv ? { dotenv: resolveWritePath('--dotenv', values.dotenv, scope) } : {}),
  };
}

/** The security action's gate inputs as flags; the old `--fail-on` and `--no-secrets` stay as aliases. */
const GATE_FLAGS: SpecFlags = {
  inputs: SECURITY_ACTION_INPUTS.filter((input) =>
    ['severity-threshold', 'check', 'secrets-scan'].includes(input.name),
  ),
  aliases: [
    { flag: 'fail-on', input: 'severity-threshold' },
    { flag: 'no-secrets', input: 'secrets-scan', value: false },
  ],
};

/**
 * What `JSON.stringify(value, null, 2)` prints, written in pieces: a report of a million findings would be one
 * string longer than V8 allows ("Invalid string length").
 */
export function writePrettyJson(write: (text: string) => void, value: Record<string, unknown>): void {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  const PIECE = 1000;
  write('{\n');
  entries.forEach(([key, item], k) => {
    const tail = k < entries.length - 1 ? ',\n' : '\n';
    if (!Array.isArray(item) || item.length === 0) {
      write(`  ${JSON.stringify(key)}: ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}${tail}`);
      return;
    }
    write(`  ${JSON.stringify(key)}: [\n`);
    for (let start = 0; start < item.length; start += PIECE) {
      const piece = item
        .slice(start, start + PIECE)
        .map((element) => `    ${(JSON.stringify(element, null, 2) ?? 'null').replace(/\n/g, '\n    ')}`);
      write(`${piece.join(',\n')}${start + PIECE < item.length ? ',' : ''}\n`);
    }
    write(`  ]${tail}`);
  });
  write('}\n');
}

export const securityGateCommand: Command = {
  name: 'security-gate',
  summary:
    'Merge check findings, a secrets scan and scanner reports (SARIF, trivy, grype, npm audit, …) into one gate and one SARIF.',
  // A getter: the help is rendered from the spec each time, so it always says what the spec says.
  get usage() {
    return `shipshape security-gate [options]

Options:
  --report <tool:path>     a scanner report, repeatable; tool is one of ${REPORT_TOOLS.join(', ')}
                           (auto, or no tool, recognises the format)
  --config <file>          security config: fail-on, unknown-severity, allow-list with expiry dates, secrets
                           (default: .shipshape-security.yml at the root, if any)
  --sarif <file>           write the merged SARIF 2.1.0 log here (for GitHub code scanning)
  --summary <file>         write the Markdown summary here
  --format <text|json>     report on standard output (default text)
  --root <dir>             repository root (default .)
  --dotenv <file>          also write the outputs as a GitLab dotenv report
  --github-output <file>   where to write step outputs (default: $GITHUB_OUTPUT when set)

The security action's inputs (as in actions/security):
${specUsage(GATE_FLAGS)}

Exit code 1 when a finding at or above the severity threshold remains after the allow-list.`;
  },
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'security-gate',
      normalizeBooleanFlags('security-gate', GATE_FLAGS, argv),
      {
        ...specParseOptions(GATE_FLAGS),
        report: { type: 'string', multiple: true },
        config: { type: 'string' },
        sarif: { type: 'string' },
        summary: { type: 'string' },
        format: { type: 'string', default: 'text' },
        root: { type: 'string' },
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
    if (values.format !== 'text' && values.format !== 'json')
      throw new UsageError(`security-gate: --format must be text or json, not "${values.format}"`);
    const scope = commandScope(io.cwd, io.env);
    const root = values.root ? resolveReadPath('--root', values.root, scope, 'directory') : scope.base;
    const sarifFile = values.sarif ? resolveWritePath('--sarif', values.sarif, scope) : undefined;
    const summaryFile = values.summary ? resolveWritePath('--summary', values.summary, scope) : undefined;
    const targets = outputTargets(values, scope, io.env);
    const inputs = readSpecFlags('security-gate', GATE_FLAGS, values);
    const failOn = checkFailOn('security-gate', String(inputs['severity-threshold']));
    const run = await runSecurityGate({
      root,
      reports: (values.report ?? []).map((spec) => {
        const parsed = parseReportSpec(spec);
        return { ...parsed, path: resolveReadPath('--report', parsed.path, scope) };
      }),
      ...(values.config ? { configPath: resolveReadPath('--config', values.config, scope) } : {}),
      ...(failOn ? { failOn } : {}),
      check: inputs.check === true,
      secrets: inputs['secrets-scan'] === true,
      ...(sarifFile ? { sarifFile } : {}),
    });
    if (values.format === 'json') {
      writePrettyJson(io.stdout, {
        blocked: run.result.blocked,
        failOn: run.result.failOn,
        counts: run.result.counts,
        bySource: run.result.bySource,
        inputs: run.inputs,
        findings: run.result.findings,
        blocking: run.result.blocking.map((finding) => finding.fingerprint),
        allowed: run.result.allowed,
        suppressed: run.result.suppressed,
        expired: run.result.expired,
      });
    } else {
      io.stdout(run.text);
    }
    for (const notice of run.notices) io.stderr(`${notice.path}: notice: ${notice.message}\n`);
    if (summaryFile) writeInside('--summary', summaryFile, run.markdown);
    writeOutputs(gateOutputs(run.result, sarifFile), targets);
    return run.result.blocked ? 1 : 0;
  },
};
