import type { DomainId } from '../core/rule.js';
import { isDockerfileName } from './dockerfile/name.js';

/**
 * Names that look like `Dockerfile.*` but are not Dockerfiles: BuildKit's per-Dockerfile ignore files
 * (`Dockerfile.dockerignore`, `api.Dockerfile.dockerignore`) and documentation or backups beside them.
 */
const NOT_A_DOCKERFILE = /\.(?:dockerignore|md|markdown|txt|rst|orig|bak|swp)$/i;

/** What a path alone says about a file: a domain, "read it to tell" (YAML), or nothing to check. */
export function classifyPath(path: string): DomainId | 'yaml' | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (isDockerfileName(base) && !NOT_A_DOCKERFILE.test(base)) return 'dockerfile';
  if (/\.tf(?:\.json)?$/.test(base)) return 'terraform';
  if (!/\.ya?ml$/i.test(base)) return undefined;
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return 'github-actions';
  if (/^action\.ya?ml$/i.test(base)) return 'github-actions';
  if (/^\.gitlab-ci\.ya?ml$/i.test(base)) return 'gitlab-ci';
  // Kustomize's file often has no apiVersion/kind to tell it by.
  if (/^kustomization\.ya?ml$/i.test(base)) return 'kubernetes';
  return 'yaml';
}
