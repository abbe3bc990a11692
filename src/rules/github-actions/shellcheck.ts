import { Scalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import type { Severity } from '../../core/finding.js';
import { scanEmbedded } from '../../domains/github-actions/expressions/index.js';
import { shellcheckDialect } from '../../data/github-actions/shells.js';
import { atOffsets, effectiveShell, factsOf, mayRunOnWindows, type Facts, type StepFacts } from './support/facts.js';
import {
  DEFAULT_TIMEOUT_SECONDS,
  ShellcheckRun,
  shellcheckAvailable,
  type Dialect,
  type ShellcheckComment,
} from './support/shellcheck.js';

/** Codes that cannot be right about a workflow script: env vars come from `env:`, sourced files are not here. */
const ALWAYS_EXCLUDED = [1091, 2154];
/** Codes that are wrong on a `${{ }}` placeholder: GitHub pastes the value as text, it is not a variable. */
const PLACEHOLDER_CODES = new Set([2016, 2086, 2248, 2050, 2157, 2194]);
const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };
const RANK = ['style', 'info', 'warning', 'error'];

interface Script {
  step: StepFacts;
  text: string;
  placeholders: { line: number; from: number; to: number }[];
  /** File offset of a 1-based script line and column. */
  offsetOf(line: number, column: number): number;
}

/** The run script with each `${{ … }}` replaced by a same-length variable, and a map back to file offsets. */
function prepare(facts: Facts, step: StepFacts): Script | undefined {
  const run = step.run;
  if (!run?.range || typeof run.value !== 'string') return undefined;
  const value = run.value;
  let text = '';
  let last = 0;
  const placeholders: Script['placeholders'] = [];
  for (const embedded of scanEmbedded(value)) {
    text += value.slice(last, embedded.start);
    const before = text.split('\n');
    const length = embedded.end - embedded.start;
    placeholders.push({
      line: before.length,
      from: before[before.length - 1]!.length + 1,
      to: before[before.length - 1]!.length + length,
    });
    text += `$${'_'.repeat(Math.max(0, length - 1))}`.replace(/\n/g, '_');
    last = embedded.end;
  }
  text += value.slice(last);
  const file = facts.file;
  const start = run.range[0];
  const startLine = file.position(start).line;
  let offsetOf: Script['offsetOf'];
  if (run.type === Scalar.BLOCK_LITERAL) {
    let indent = 0;
    for (let line = startLine + 1; line <= file.lineCount; line++) {
      const lineText = file.lineText(line);
      if (lineText.trim() === '') continue;
      indent = lineText.length - lineText.trimStart().length;
      break;
    }
    offsetOf = (line, column) => file.offset(startLine + line, indent + column);
  } else if (
    !value.includes('\n') &&
    (run.type === Scalar.PLAIN || run.type === Scalar.QUOTE_SINGLE || run.type === Scalar.QUOTE_DOUBLE)
  ) {
    const valueStart = run.type === Scalar.PLAIN ? start : start + 1;
    offsetOf = (_line, column) => valueStart + column - 1;
  } else {
    offsetOf = () => start;
  }
  return { step, text: text.endsWith('\n') ? text : `${text}\n`, placeholders, offsetOf };
}

/** The run's shellcheck pool and whether the run was told that shellcheck is missing. */
const RUN_KEY = Symbol('gha/shellcheck run');

class ScriptsOfRun extends ShellcheckRun {
  missingNoticeGiven = false;
}

export default defineRule({
  meta: {
    id: 'gha/shellcheck',
    domain: 'github-actions',
    description:
      'bash and sh `run:` scripts are checked with shellcheck (when it is installed), findings placed on their real line.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      finding: 'SC{{code}}: {{message}}',
      missing:
        'shellcheck is not installed, so run scripts were not checked (install it, e.g. `apt-get install shellcheck`).',
      timeout:
        "shellcheck did not finish this script within {{seconds}} s, so it was not checked (split the script, or raise the rule's `timeout` option).",
      failed: 'shellcheck could not check this script, so it was not checked: {{reason}}',
    },
    equivalents: { actionlint: ['shellcheck'] },
    defaultOptions: { minLevel: 'info', exclude: [], timeout: DEFAULT_TIMEOUT_SECONDS },
    optionsSchema: {
      type: 'object',
      properties: {
        minLevel: { enum: ['style', 'info', 'warning', 'error'] },
        exclude: { type: 'array', items: { type: 'integer' } },
        timeout: { type: 'number', exclusiveMinimum: 0, maximum: 3600 },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const minLevel = RANK.indexOf(String(context.options.minLevel ?? 'info'));
    const exclude = [...ALWAYS_EXCLUDED, ...((context.options.exclude as number[] | undefined) ?? [])];
    const timeoutSeconds = Number(context.options.timeout ?? DEFAULT_TIMEOUT_SECONDS);
    return {
      exit() {
        const facts = factsOf(context.file);
        const scripts: { script: Script; dialect: Dialect }[] = [];
        for (const job of facts.jobs) {
          for (const step of job.steps) {
            if (!step.run) continue;
            const shell = effectiveShell(facts, job, step);
            if (shell === undefined && (facts.kind === 'action' || mayRunOnWindows(job))) continue;
            const dialect = shellcheckDialect(shell);
            if (!dialect) continue;
            const script = prepare(facts, step);
            if (script) scripts.push({ script, dialect });
          }
        }
        if (scripts.length === 0) return;
        const run = context.shared(RUN_KEY, () => new ScriptsOfRun({ timeoutSeconds }));
        const runLine = (script: Script) =>
          atOffsets(facts, script.step.run!.range![0], script.step.run!.range![0] + 1, [...script.step.path, 'run']);
        if (!shellcheckAvailable()) {
          if (run.missingNoticeGiven) return;
          run.missingNoticeGiven = true;
          context.report({ at: runLine(scripts[0]!.script), messageId: 'missing', severity: 'note' });
          return;
        }
        // Collected now, checked once for the whole run (every file's scripts together), reported after.
        const keys = scripts.map(({ script, dialect }) => run.add(script.text, dialect, exclude));
        context.defer(() => {
          scripts.forEach(({ script }, index) => {
            const outcome = run.outcome(keys[index]!);
            // An unchecked script is reported at the rule's own severity (warning by default), not as a note: a
            // `--fail-on warning` run must not pass over code it did not check.
            if (outcome.kind === 'timeout') {
              context.report({
                at: runLine(script),
                messageId: 'timeout',
                data: { seconds: outcome.seconds },
              });
              return;
            }
            if (outcome.kind === 'failed') {
              context.report({
                at: runLine(script),
                messageId: 'failed',
                data: { reason: outcome.reason },
              });
              return;
            }
            for (const comment of outcome.comments) reportComment(script, comment);
          });
        });

        function reportComment(script: Script, comment: ShellcheckComment): void {
          if (RANK.indexOf(comment.level) < minLevel) return;
          if (PLACEHOLDER_CODES.has(comment.code)) {
            const onPlaceholder = script.placeholders.some(
              (p) =>
                p.line === comment.line &&
                (comment.code === 2016 || (comment.column <= p.to && comment.endColumn > p.from)),
            );
            if (onPlaceholder) return;
          }
          const start = script.offsetOf(comment.line, comment.column);
          const end = comment.endLine === comment.line ? script.offsetOf(comment.line, comment.endColumn) : start + 1;
          context.report({
            at: atOffsets(facts, start, end, [...script.step.path, 'run']),
            messageId: 'finding',
            data: { code: comment.code, message: comment.message },
            severity: LEVELS[comment.level] ?? 'warning',
          });
        }
      },
    };
  },
});
