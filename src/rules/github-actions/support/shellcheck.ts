import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ShellcheckComment {
  /** Index of the script in the batch. */
  script: number;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
}

let available: boolean | undefined;

/** True when a `shellcheck` binary is on PATH (checked once per process). */
export function shellcheckAvailable(): boolean {
  if (available === undefined) {
    const probe = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
    available = probe.status === 0;
  }
  return available;
}

/** For tests: pretend shellcheck is (not) installed. */
export function setShellcheckAvailable(value: boolean | undefined): void {
  available = value;
}

const seen = new Map<string, Omit<ShellcheckComment, 'script'>[]>();

/**
 * Runs one shellcheck process over the scripts of one dialect not seen before in this process (identical scripts
 * repeat a lot across a repository's workflows); comments carry the script's index in `scripts`.
 */
export function runShellcheck(scripts: string[], dialect: 'bash' | 'sh', exclude: number[]): ShellcheckComment[] {
  const key = (script: string): string => `${dialect}\u0000${exclude.join(',')}\u0000${script}`;
  const fresh = [...new Set(scripts.filter((script) => !seen.has(key(script))))];
  if (fresh.length > 0) {
    const comments = runProcess(fresh, dialect, exclude);
    fresh.forEach((script, index) => {
      if (seen.size > 10_000) seen.clear();
      seen.set(key(script), comments.filter((comment) => comment.script === index).map(({ script: _, ...rest }) => rest));
    });
  }
  return scripts.flatMap((script, index) => (seen.get(key(script)) ?? []).map((comment) => ({ ...comment, script: index })));
}

function runProcess(scripts: string[], dialect: 'bash' | 'sh', exclude: number[]): ShellcheckComment[] {
  if (scripts.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-sc-'));
  try {
    const files = scripts.map((script, index) => {
      const path = join(dir, `${index}.sh`);
      writeFileSync(path, script);
      return path;
    });
    const args = ['-f', 'json1', '-s', dialect, '--norc'];
    if (exclude.length > 0) args.push('-e', exclude.map((code) => `SC${code}`).join(','));
    const result = spawnSync('shellcheck', [...args, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (!result.stdout) return [];
    const parsed = JSON.parse(result.stdout) as { comments: (Omit<ShellcheckComment, 'script'> & { file: string })[] };
    return parsed.comments.map(({ file, ...rest }) => ({ ...rest, script: files.indexOf(file) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
