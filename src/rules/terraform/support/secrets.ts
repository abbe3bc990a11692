import type { TfExpression } from '../../../domains/terraform/index.js';
import { isHarmlessValue, isSecretName, looksLikeToken } from '../../dockerfile/support/secrets.js';
import { isObject, type TerraformModule, type Value } from './module.js';

export { isSecretName } from '../../dockerfile/support/secrets.js';

/**
 * Why a value written in the configuration is a credential: a recognisable token format anywhere, or any real value
 * under a credential's name (`password`, `secret_key`, `client_secret`, …). Undefined when it is not one, or when
 * the value is not written out (a reference to a variable without default, a function call).
 */
export function secretKind(name: string, value: TfExpression, module: TerraformModule): string | undefined {
  return kindOf(name, module.valueOf(value), 0);
}

/** Looks through maps and lists too: `{ db = { password = "…" } }` holds a credential under `password`. */
function kindOf(name: string, value: Value, depth: number): string | undefined {
  if (typeof value === 'string') {
    if (looksLikeToken(value)) return 'a credential in a known token format';
    if (isSecretName(name) && !isHarmlessValue(value) && !isPlaceholder(value)) return 'a credential written out';
    return undefined;
  }
  if (depth > 8) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const kind = kindOf(name, item, depth + 1);
      if (kind) return kind;
    }
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const kind = kindOf(key, item, depth + 1);
      if (kind) return kind;
    }
  }
  return undefined;
}

/** Values that stand for a secret without being one: `changeme`, `<password>`, `${...}`-free templates of them. */
function isPlaceholder(value: string): boolean {
  return /^(?:<[^>]*>|\*+|x+|changeme|change-me|replace-?me|todo|tbd|example|dummy|placeholder)$/i.test(value.trim());
}
