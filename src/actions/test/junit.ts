/** Reads JUnit XML reports (the common subset: testsuite/testcase with failure, error, skipped) into a summary. */
import { type Dirent, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';

export interface Case {
  suite: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  message: string;
  file: string;
}

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
  cases: Case[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity]!;
  });
}

function attr(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[2] ?? match[3] ?? '') : '';
}

export function parseJunit(xml: string, file: string): Case[] {
  const cases: Case[] = [];
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  const pattern = /<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g;
  for (const match of text.matchAll(pattern)) {
    const head = `<testcase${match[1] ?? ''}>`;
    const body = match[2] ?? '';
    const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(body);
    const skipped = /<skipped\b/.test(body);
    const message = problem
      ? attr(`<x${problem[2] ?? ''}>`, 'message') ||
        decodeXml((problem[3] ?? '').replace(/<!\[CDATA\[|\]\]>/g, '')).trim()
      : '';
    cases.push({
      suite: attr(head, 'classname'),
      name: attr(head, 'name'),
      status: problem ? 'failed' : skipped ? 'skipped' : 'passed',
      message,
      file,
    });
  }
  return cases;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Files under `dir` matching any of the glob patterns (relative paths, sorted); node_modules and .git skipped. */
export function findReports(dir: string, patterns: string[]): string[] {
  const matchers = patterns.map((pattern) => picomatch(pattern, { dot: false }));
  const found: string[] = [];
  const walk = (current: string, depth: number) => {
    if (depth > 12) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path, depth + 1);
      } else if (entry.isFile()) {
        const rel = relative(dir, path).split('\\').join('/');
        if (matchers.some((match) => match(rel))) found.push(rel);
      }
    }
  };
  walk(dir, 0);
  return found.sort();
}

export function totals(cases: Case[]): Totals {
  return {
    passed: cases.filter((c) => c.status === 'passed').length,
    failed: cases.filter((c) => c.status === 'failed').length,
    skipped: cases.filter((c) => c.status === 'skipped').length,
    cases,
  };
}

/** Markdown-safe cell text: HTML and table syntax escaped, one line, bounded. */
export function escapeCell(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const short = one.length > 200 ? `${one.slice(0, 200)}…` : one;
  return short.replace(/[&<>"'`|\\[\]*_]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The job summary: counts, then up to 50 failed cases. */
export function summaryMarkdown(result: Totals, reports: string[], exitCode: number): string {
  const lines = [
    '## Test results',
    '',
    `| Passed | Failed | Skipped | Exit code |`,
    `| --- | --- | --- | --- |`,
    `| ${result.passed} | ${result.failed} | ${result.skipped} | ${exitCode} |`,
    '',
  ];
  if (reports.length === 0) lines.push('No JUnit reports were found.', '');
  const failed = result.cases.filter((c) => c.status === 'failed');
  if (failed.length > 0) {
    lines.push('### Failed', '', '| Test | Message |', '| --- | --- |');
    for (const c of failed.slice(0, 50))
      lines.push(`| ${escapeCell(c.suite ? `${c.suite} › ${c.name}` : c.name)} | ${escapeCell(c.message)} |`);
    if (failed.length > 50) lines.push(`| … and ${failed.length - 50} more | |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
