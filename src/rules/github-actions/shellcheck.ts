import { Scalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import type { Severity } from '../../core/finding.js';
import { scanEmbedded } from '../../domains/github-actions/expressions/index.js';
import { shellcheckDialect } from '../../data/github-actions/shells.js';
import { atOffsets, effectiveShell, factsOf, mayRunOnWindows, type Facts, type StepFacts } from './support/facts.js';
import { runShellcheck, shellcheckAvailable } from './support/shellcheck.js';

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
    placeholders.push({ line: before.length, from: before[before.length - 1]!.length + 1, to: before[before.length - 1]!.length + length });
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
  } else if (!value.includes('\n') && (run.type === Scalar.PLAIN || run.type === Scalar.QUOTE_SINGLE || run.type === Scalar.QUOTE_DOUBLE)) {
    const valueStart = run.type === Scalar.PLAIN ? start : start + 1;
    offsetOf = (_line, column) => valueStart + column - 1;
  } else {
    offsetOf = () => start;
  }
  return { step, text: text.endsWith('\n') ? text : `${text}\n`, placeholders, offsetOf };
}

let noticeGiven = false;

/** For tests: forget that the missing-shellcheck note was given in this process. */
export function resetShellcheckNotice(): void {
  noticeGiven = false;
}

export default defineRule({
  meta: {
    id: 'gha/shellcheck',
    domain: 'github-actions',
    description: 'bash and sh `run:` scripts are checked with shellcheck (when it is installed), findings placed on their real line.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      finding: 'SC{{code}}: {{message}}',
      missing: 'shellcheck is not installed, so run scripts were not checked (install it, e.g. `apt-get install shellcheck`).',
    },
    equivalents: { actionlint: ['shellcheck'] },
    defaultOptions: { minLevel: 'info', exclude: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        minLevel: { enum: ['style', 'info', 'warning', 'error'] },
        exclude: { type: 'array', items: { type: 'integer' } },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const minLevel = RANK.indexOf(String(context.options.minLevel ?? 'info'));
    const exclude = [...ALWAYS_EXCLUDED, ...((context.options.exclude as number[] | undefined) ?? [])];
    return {
      exit() {
        const facts = factsOf(context.file);
        const batches: Record<'bash' | 'sh', Script[]> = { bash: [], sh: [] };
        for (const job of facts.jobs) {
          for (const step of job.steps) {
            if (!step.run) continue;
            const shell = effectiveShell(facts, job, step);
            if (shell === undefined && (facts.kind === 'action' || mayRunOnWindows(job))) continue;
            const dialect = shellcheckDialect(shell);
            if (!dialect) continue;
            const script = prepare(facts, step);
            if (script) batches[dialect].push(script);
          }
        }
        if (batches.bash.length + batches.sh.length === 0) return;
        if (!shellcheckAvailable()) {
          if (noticeGiven) return;
          noticeGiven = true;
          const first = (batches.bash[0] ?? batches.sh[0])!;
          context.report({ at: atOffsets(facts, first.step.run!.range![0], first.step.run!.range![0] + 1, [...first.step.path, 'run']), messageId: 'missing', severity: 'note' });
          return;
        }
        for (const dialect of ['bash', 'sh'] as const) {
          const scripts = batches[dialect];
          for (const comment of runShellcheck(scripts.map((script) => script.text), dialect, exclude)) {
            const script = scripts[comment.script];
            if (!script || RANK.indexOf(comment.level) < minLevel) continue;
            if (PLACEHOLDER_CODES.has(comment.code)) {
              const onPlaceholder = script.placeholders.some((p) => p.line === comment.line && (comment.code === 2016 || (comment.column <= p.to && comment.endColumn > p.from)));
              if (onPlaceholder) continue;
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
        }
      },
    };
  },
});
