import { appendFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { UsageError } from '../core/errors.js';

export type Outputs = Record<string, string>;

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Writes a stage's outputs where the platform reads them: `$GITHUB_OUTPUT` (heredoc syntax with a random
 * delimiter, so a value can never forge another output) and/or a GitLab dotenv report file.
 */
export function writeOutputs(outputs: Outputs, targets: { githubOutput?: string; dotenv?: string }): void {
  for (const name of Object.keys(outputs)) {
    if (!NAME.test(name)) throw new UsageError(`invalid output name "${name}"`);
  }
  if (targets.githubOutput) {
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
      const delimiter = `ghadelimiter_${randomUUID()}`;
      text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    }
    appendFileSync(targets.githubOutput, text);
  }
  if (targets.dotenv) {
    // GitLab dotenv reports are one KEY=value per line; a value with a line break cannot be represented.
    const lines = Object.entries(outputs).map(([name, value]) => {
      if (/[\r\n]/.test(value))
        throw new UsageError(`output "${name}" has a line break and cannot go into a dotenv report`);
      return `${name.toUpperCase().replace(/-/g, '_')}=${value}`;
    });
    writeFileSync(targets.dotenv, `${lines.join('\n')}\n`);
  }
}
