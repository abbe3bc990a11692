import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface ParseContext {
  /** Repository root: absolute paths under it become repository-relative. */
  root: string;
  /** The report file, relative to the root (used as the location of findings that name no file). */
  reportPath: string;
}

export type Json = Record<string, any>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function num(value: unknown): number | undefined {
  const n = typeof value === 'string' ? (value.trim() ? Number(value) : NaN) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/**
 * A path from a report as a repository-relative, forward-slash path: `file://` URIs decoded, absolute paths under
 * the root made relative, other absolute paths kept without their leading slash.
 */
export function normalizePath(path: string | undefined, root: string): string | undefined {
  if (!path) return undefined;
  let value = path;
  if (/^file:\/\//i.test(value)) {
    try {
      value = decodeURIComponent(new URL(value).pathname);
      if (/^\/[A-Za-z]:\//.test(value)) value = value.slice(1);
    } catch {
      // keep as is
    }
  }
  value = value.replace(/\\/g, '/');
  if (isAbsolute(value)) {
    const rel = relative(root, resolve(value));
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
    return value.replace(/^\/+/, '');
  }
  return value.replace(/^\.\//, '') || undefined;
}

export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportError';
  }
}
