import { isMap, isScalar } from 'yaml';
import type { DomainId } from '../core/rule.js';
import type { SourceFile } from '../core/source.js';
import { parseYaml } from './yaml/document.js';

// What a path alone says lives apart (no YAML library): a run decides what to load from it before reading a file.
export { classifyPath } from './paths.js';

const GITLAB_TOP_LEVEL = new Set(['stages', 'include', 'workflow', 'default', 'variables']);

/** Classifies a YAML file outside the usual paths by what its top-level keys say. */
export function classifyYamlContent(file: SourceFile): DomainId | undefined {
  const { documents, problems } = parseYaml(file);
  // A manifest the YAML reader refuses (too deep, an alias bomb) is still a manifest: its syntax finding must be
  // reported, not the file passed over.
  if (problems.length > 0 && /^apiVersion\s*:/m.test(file.text) && /^kind\s*:/m.test(file.text)) return 'kubernetes';
  for (const document of documents) {
    const contents = document.contents;
    if (!isMap(contents)) continue;
    const keys = new Set(contents.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
    if (keys.has('on') && keys.has('jobs')) return 'github-actions';
    if (keys.has('runs') && (keys.has('name') || keys.has('description') || keys.has('inputs')))
      return 'github-actions';
    if (keys.has('apiVersion') && keys.has('kind')) return 'kubernetes';
    if (keys.has('spec') && keys.size === 1) continue; // a GitLab `spec:` header; the next document decides
    if (keys.has('stages')) return 'gitlab-ci';
    const hasScriptJob = contents.items.some((pair) => isMap(pair.value) && pair.value.has('script'));
    if (
      hasScriptJob ||
      (keys.size > 0 &&
        [...keys].every((key) => GITLAB_TOP_LEVEL.has(key) || key.startsWith('.')) &&
        keys.has('include'))
    ) {
      return 'gitlab-ci';
    }
  }
  return undefined;
}
