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

/** Runs one shellcheck process over a batch of scripts of one dialect; comments carry the script index. */
export function runShellcheck(scripts: string[], dialect: 'bash' | 'sh', exclude: number[]): ShellcheckComment[] {
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
