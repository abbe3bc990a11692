import type { LabelSelector } from './model.js';

/**
 * Whether a label selector selects a set of labels, as the API server decides: every `matchLabels` pair and every
 * expression (`In`, `NotIn`, `Exists`, `DoesNotExist`) must hold. An empty selector selects everything.
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements
 */
export function matchesSelector(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) if (labels[key] !== value) return false;
  for (const { key, operator, values } of selector.matchExpressions) {
    const has = Object.hasOwn(labels, key);
    switch (operator) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** True when the selector names at least one requirement (an empty one selects every pod). */
export function selectsAnything(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length > 0 || selector.matchExpressions.length > 0;
}
