import { UsageError } from '../../core/errors.js';

/** A problem with one action input: the message names it. Path inputs are checked by core/paths.ts. */
export class InputError<Name extends string = string> extends UsageError {
  constructor(input: Name, message: string) {
    super(`input "${input}": ${message}`);
    this.name = 'InputError';
  }
}
