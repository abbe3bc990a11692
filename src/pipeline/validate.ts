import { resolve as resolvePath } from 'node:path';
import { UsageError } from '../core/errors.js';
import { resolveReadPath } from '../core/paths.js';
import type { InputSpec } from './spec.js';

export type InputValue = string | boolean | number;
export type InputValues = Record<string, InputValue>;

/** Shown in errors: never the whole value (it may be long or hostile), just a safe preview. */
function preview(value: string): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}

/**
 * The one boolean parser of every surface (actions, reusable workflows, GitLab jobs, CLI flags and SHIPSHAPE_*
 * variables): the YAML 1.2 core schema's booleans — true, True, TRUE, false, False, FALSE — which is also what
 * `core.getBooleanInput` of the GitHub Actions toolkit accepts. Anything else (yes, on, 1, …) is refused with an
 * error naming the input, rather than read one way on one platform and another way on the next.
 */
export function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim();
  if (value === 'true' || value === 'True' || value === 'TRUE') return true;
  if (value === 'false' || value === 'False' || value === 'FALSE') return false;
  throw new UsageError(`input "${name}" must be true or false, not ${preview(raw)}`);
}

/**
 * Parses raw input strings (as GitHub and GitLab hand them over) into typed values by the spec.
 * `read(name)` returns the raw value or '' when unset. Throws a UsageError naming the input on the first problem.
 */
export function parseInputs(specs: readonly InputSpec[], read: (name: string) => string): InputValues {
  const values: InputValues = {};
  for (const spec of specs) {
    const raw = read(spec.name);
    const given = raw.trim() !== '';
    if (!given) {
      if (spec.default === undefined) throw new UsageError(`input "${spec.name}" is required: ${spec.description}`);
      values[spec.name] = spec.default;
      continue;
    }
    values[spec.name] = parseValue(spec, raw);
  }
  return values;
}

export function parseValue(spec: InputSpec, raw: string): InputValue {
  const value = spec.type === 'string' ? raw : raw.trim();
  switch (spec.type) {
    case 'boolean':
      return parseBoolean(spec.name, raw);
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(value))
        throw new UsageError(`input "${spec.name}" must be a number, not ${preview(raw)}`);
      return Number(value);
    }
    case 'choice': {
      if (!spec.options?.includes(value)) {
        throw new UsageError(`input "${spec.name}" must be one of ${spec.options?.join(', ')}, not ${preview(raw)}`);
      }
      return value;
    }
    default: {
      if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`).test(value)) {
        throw new UsageError(
          `input "${spec.name}" has an invalid value ${preview(raw)} (expected to match /${spec.pattern}/)`,
        );
      }
      return value;
    }
  }
}

/**
 * Resolves a `working-directory` input inside the workspace (core/paths.ts): refuses paths that leave it, also
 * through a symbolic link, and paths that are not folders.
 */
export function resolveWorkingDirectory(workspace: string, relative: string): string {
  const root = resolvePath(workspace);
  return resolveReadPath('input "working-directory"', relative, { base: root, read: [root], write: [] }, 'directory');
}
