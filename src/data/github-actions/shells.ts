/** Built-in `shell:` keywords (docs: workflow syntax, `jobs.<job_id>.steps[*].shell`). Anything else must contain `{0}`. */
export const SHELLS: ReadonlySet<string> = new Set(['bash', 'sh', 'pwsh', 'powershell', 'cmd', 'python']);

/** Shells shellcheck can read, by the name it takes in `--shell`. */
export function shellcheckDialect(shell: string | undefined): 'bash' | 'sh' | undefined {
  if (shell === undefined || shell === 'bash') return 'bash';
  if (shell === 'sh') return 'sh';
  const command = shell.trim().split(/\s+/)[0] ?? '';
  if (/(^|\/)bash$/.test(command)) return 'bash';
  if (/(^|\/)(sh|dash)$/.test(command)) return 'sh';
  return undefined;
}
