import { isMap, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Fix } from '../core/finding.js';
import {
  ACTION_PERMISSIONS,
  loginPermissions,
  mergePermissions,
  type Permissions,
} from '../data/github-actions/permissions.js';
import { parseUses } from '../data/github-actions/actions.js';
import { scanEmbedded, parseExpression, contextAccesses } from '../domains/github-actions/expressions/index.js';
import {
  effectiveShell,
  entries,
  mayRunOnWindows,
  pairOf,
  stringOf,
  valueOf,
  type Facts,
  type JobFacts,
  type StepFacts,
} from '../rules/github-actions/support/facts.js';
import { columnOf, lineStart, nextLineStart, yamlValue, type Edit } from './edits.js';

/** Where a new key goes at the end of a block mapping, and the indentation its keys use. */
function endOfMapping(
  text: string,
  map: YAMLMap,
): { offset: number; indent: string; needsNewline: boolean } | undefined {
  const first = map.items[0]?.key as Node | undefined;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  if (!first?.range || !last || map.flow) return undefined;
  const indent = ' '.repeat(columnOf(text, first.range[0]));
  const lastNode = (last.value ?? last.key) as Node;
  const end = lastNode.range ? lastNode.range[1] : first.range[1];
  // Block scalars end after their line break; other values end on their line.
  const offset = end > 0 && text[end - 1] === '\n' ? end : nextLineStart(text, end);
  return { offset, indent, needsNewline: offset === text.length && !text.endsWith('\n') };
}

function insertKey(text: string, map: YAMLMap, lines: string[]): Edit | undefined {
  const place = endOfMapping(text, map);
  if (!place) return undefined;
  const body = lines.map((line) => `${place.indent}${line}\n`).join('');
  return { start: place.offset, end: place.offset, text: (place.needsNewline ? '\n' : '') + body };
}

/** `persist-credentials: false` on every actions/checkout that does not set it. Unsafe when a later step uses git. */
export function persistCredentialsFixes(facts: Facts): Fix[] {
  const fixes: Fix[] = [];
  const { text } = facts.file;
  for (const job of facts.jobs) {
    job.steps.forEach((step, index) => {
      const uses = typeof step.uses?.value === 'string' ? parseUses(step.uses.value) : undefined;
      if (uses?.action !== 'actions/checkout') return;
      if ([...step.with.keys()].some((name) => name.toLowerCase() === 'persist-credentials')) return;
      const later = job.steps.slice(index + 1);
      const usesGit = later.some(
        (other) =>
          typeof other.run?.value === 'string' && /\bgit\s+(push|fetch|pull|tag|commit)|\bgh\s/.test(other.run.value),
      );
      const withNode = valueOf(step.node, 'with');
      let edit: Edit | undefined;
      if (isMap(withNode)) edit = insertKey(text, withNode, ['persist-credentials: false']);
      else if (withNode === undefined) edit = insertKey(text, step.node, ['with:', '  persist-credentials: false']);
      if (!edit) return;
      fixes.push({ description: 'set persist-credentials: false on actions/checkout', safe: !usesGit, edits: [edit] });
    });
  }
  return fixes;
}

const TOKEN_USE = /github\.token|secrets\.github_token|GITHUB_TOKEN|GH_TOKEN/i;

/** The permissions a job needs, or undefined when one of its steps is not in the table. */
export function jobPermissions(job: JobFacts): Record<string, string> | undefined {
  const sets: Permissions[] = [];
  for (const step of job.steps) {
    if (step.run) {
      const envText = JSON.stringify(valueOf(step.node, 'env') ?? null);
      if (TOKEN_USE.test(String(step.run.value)) || TOKEN_USE.test(envText)) return undefined;
      continue;
    }
    const uses = typeof step.uses?.value === 'string' ? parseUses(step.uses.value) : undefined;
    if (!uses) return undefined;
    if (uses.action === 'docker/login-action') {
      sets.push(
        loginPermissions(stringOf(step.with.get('registry')?.value), stringOf(step.with.get('password')?.value)),
      );
      continue;
    }
    const known = ACTION_PERMISSIONS[uses.action];
    if (!known) return undefined;
    for (const [, pair] of step.with) if (TOKEN_USE.test(String(stringOf(pair.value) ?? ''))) return undefined;
    sets.push(known);
  }
  return mergePermissions(sets);
}

/** A least-privilege job-level `permissions:` for jobs without one when the workflow sets none. Always unsafe. */
export function permissionsFixes(facts: Facts): Fix[] {
  if (facts.kind !== 'workflow' || !facts.root || pairOf(facts.root, 'permissions')) return [];
  const fixes: Fix[] = [];
  const { text } = facts.file;
  for (const job of facts.jobs) {
    if (!job.node || job.uses || pairOf(job.node, 'permissions') || job.node.flow) continue;
    const needed = jobPermissions(job);
    if (!needed) continue;
    const first = job.node.items[0]?.key as Node | undefined;
    if (!first?.range) continue;
    const indent = ' '.repeat(columnOf(text, first.range[0]));
    const scopes = Object.entries(needed);
    const lines = [
      '# Least privilege for the actions this job uses (added by shipshape fix).',
      scopes.length === 0 ? 'permissions: {}' : 'permissions:',
      ...scopes.map(([scope, access]) => `  ${scope}: ${access}`),
    ];
    const at = lineStart(text, first.range[0]);
    fixes.push({
      description: `add least-privilege permissions to job "${job.id}"`,
      safe: false,
      edits: [{ start: at, end: at, text: lines.map((line) => `${indent}${line}\n`).join('') }],
    });
  }
  return fixes;
}

function envName(body: string, taken: Map<string, string>): string {
  let base = 'EXPR';
  try {
    const ast = parseExpression(body);
    const [access] = contextAccesses(ast);
    if (access && access.start === ast.start && access.end === ast.end) {
      const names = [access.context, ...access.path.flatMap((segment) => ('name' in segment ? [segment.name] : []))];
      const tail = names.length > 2 ? names.slice(-2) : names;
      if (names[0] === 'github' && names.length === 2) tail.splice(0, tail.length, ...names);
      base = tail
        .join('_')
        .toUpperCase()
        .replace(/[^A-Z0-9_]/g, '_');
    }
  } catch {
    base = 'EXPR';
  }
  if (/^[0-9]/.test(base)) base = `V_${base}`;
  let name = base;
  for (let n = 2; taken.has(name) && taken.get(name) !== body.trim(); n++) name = `${base}_${n}`;
  return name;
}

/** True when `offset` (into a bash/sh script) sits inside double quotes. */
function insideDoubleQuotes(script: string, offset: number): boolean {
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < offset; i++) {
    const char = script[i];
    if (char === '\\' && quote !== "'") {
      i++;
      continue;
    }
    if (quote === undefined && (char === '"' || char === "'")) quote = char;
    else if (char === quote) quote = undefined;
  }
  return quote === '"';
}

/**
 * Moves each `${{ … }}` of a bash/sh/pwsh `run:` into the step's `env:` and uses the shell's own variable syntax
 * (`$VAR`, `$env:VAR`). Safe when every occurrence sits inside double quotes (the meaning is unchanged); unsafe
 * otherwise (word splitting changes).
 */
export function envFixes(facts: Facts): Fix[] {
  const fixes: Fix[] = [];
  const { text } = facts.file;
  for (const job of facts.jobs) {
    for (const step of job.steps) {
      const fix = envFix(facts, text, job, step);
      if (fix) fixes.push(fix);
    }
  }
  return fixes;
}

function envFix(facts: Facts, text: string, job: JobFacts, step: StepFacts): Fix | undefined {
  const run = step.run;
  if (!run?.range || typeof run.value !== 'string' || !run.value.includes('${{')) return undefined;
  const shell =
    effectiveShell(facts, job, step) ?? (facts.kind === 'workflow' && mayRunOnWindows(job) ? undefined : 'bash');
  if (!shell) return undefined;
  const command = shell.trim().split(/\s+/)[0]!.replace(/^.*\//, '');
  const flavour =
    command === 'bash' || command === 'sh'
      ? 'posix'
      : command === 'pwsh' || command === 'powershell'
        ? 'pwsh'
        : undefined;
  if (!flavour) return undefined;
  const envNode = valueOf(step.node, 'env');
  if (envNode !== undefined && (!isMap(envNode) || envNode.flow)) return undefined;
  const taken = new Map<string, string>();
  for (const pair of entries(envNode)) taken.set(String(pair.key.value), String(stringOf(pair.value) ?? '\0'));
  const [from, to] = run.range;
  const source = text.slice(from, to);
  const quotedYaml = run.type === Scalar.QUOTE_DOUBLE || run.type === Scalar.QUOTE_SINGLE;
  const edits: Edit[] = [];
  const added: [string, string][] = [];
  let safe = !quotedYaml;
  for (const embedded of scanEmbedded(source)) {
    if (!embedded.closed) return undefined;
    const body = embedded.body.trim();
    const existing = [...taken.entries()].find(([, value]) => value === `\${{ ${body} }}`);
    const name = existing?.[0] ?? envName(body, taken);
    if (!existing) {
      taken.set(name, `\${{ ${body} }}`);
      added.push([name, `\${{ ${body} }}`]);
    }
    if (flavour === 'posix' && !insideDoubleQuotes(source, embedded.start)) safe = false;
    if (flavour === 'pwsh' && !insideDoubleQuotes(source, embedded.start)) safe = false;
    const next = source[embedded.end] ?? '';
    const replacement = flavour === 'posix' ? (/[A-Za-z0-9_]/.test(next) ? `\${${name}}` : `$${name}`) : `$env:${name}`;
    edits.push({ start: from + embedded.start, end: from + embedded.end, text: replacement });
  }
  if (edits.length === 0) return undefined;
  if (added.length > 0) {
    const lines = added.map(([name, value]) => `${name}: ${yamlValue(value)}`);
    const insert = isMap(envNode)
      ? insertKey(text, envNode, lines)
      : insertKey(text, step.node, ['env:', ...lines.map((line) => `  ${line}`)]);
    if (!insert) return undefined;
    edits.push(insert);
  }
  return { description: 'move ${{ }} out of run: into env:', safe, edits };
}
