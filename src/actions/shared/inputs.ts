import { isAbsolute, relative, sep } from 'node:path';
import { UsageError } from '../../core/errors.js';

/** A problem with one action input: the message names it. */
export class InputError<Name extends string = string> extends UsageError {
  constructor(input: Name, message: string) {
    super(`input "${input}": ${message}`);
    this.name = 'InputError';
  }
}

/** True when `child` is `parent` or inside it (no `..` escape, no other drive). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
