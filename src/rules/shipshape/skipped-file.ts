import { defineRule } from '../../core/rule.js';

/**
 * Reported by the file reader, not by a walk: a file of a checked kind whose content could not be checked (over
 * max-file-size, binary, unreadable). A check that skipped it would otherwise pass with nothing said.
 */
export default defineRule({
  meta: {
    id: 'shipshape/skipped-file',
    domain: 'shipshape',
    description:
      'A file that would be checked was skipped (too large, binary or unreadable), so its content is unchecked.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      skipped: 'Not checked: {{reason}}. Fix the file, raise max-file-size, or list it under `ignore` in the config.',
    },
  },
  create: () => ({}),
});
