import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { EVENT_FILTERS, EVENTS } from '../../data/github-actions/events.js';
import { at, entries, factsOf, valueOf } from './support/facts.js';

const KNOWN_EVENTS = Object.keys(EVENTS);

export default defineRule({
  meta: {
    id: 'gha/unknown-event',
    domain: 'github-actions',
    description: 'Workflow triggers must be real events with their own activity types and filters.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      event: 'Unknown event "{{event}}".{{hint}}',
      type: 'Unknown activity type "{{type}}" for `{{event}}` (types: {{types}}).',
      noTypes: '`{{event}}` has no activity types, so `types` is not allowed.',
      key: '`{{key}}` is not a setting of `{{event}}`{{allowed}}.',
    },
    equivalents: { actionlint: ['events'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow') return;
        for (const [event, { key, value }] of facts.events) {
          if (!(event in EVENTS)) {
            const close = KNOWN_EVENTS.find(
              (name) =>
                name.replace(/_/g, '') === event.toLowerCase().replace(/[_-]/g, '') ||
                name === `${event}s` ||
                `${name}s` === event,
            );
            context.report({
              at: at(facts, key, ['on', event]),
              messageId: 'event',
              data: { event, hint: close ? ` Did you mean "${close}"?` : '' },
            });
            continue;
          }
          if (!isMap(value) || event === 'schedule') continue;
          const types = EVENTS[event];
          const allowed = [...(EVENT_FILTERS[event] ?? []), ...(types !== null ? ['types'] : [])];
          for (const pair of entries(value)) {
            const name = String(pair.key.value);
            if (!allowed.includes(name)) {
              const data = { key: name, event, allowed: allowed.length ? ` (settings: ${allowed.join(', ')})` : '' };
              context.report({
                at: at(facts, pair.key, ['on', event, name]),
                messageId: name === 'types' ? 'noTypes' : 'key',
                data,
              });
            }
          }
          const typesNode = valueOf(value, 'types');
          if (!types || types.length === 0 || typesNode === undefined) continue;
          const items = isSeq(typesNode) ? typesNode.items : [typesNode];
          items.forEach((item, index) => {
            if (!isScalar(item) || item.value === null) return;
            const type = String(item.value);
            if (!types.includes(type)) {
              const path = ['on', event, 'types', ...(isSeq(typesNode) ? [index] : [])];
              context.report({
                at: at(facts, item as Scalar, path),
                messageId: 'type',
                data: { type, event, types: types.join(', ') },
              });
            }
          });
        }
      },
    };
  },
});
