import { defineRule } from '../../core/rule.js';
import type { DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { labelPairs } from './support/labels.js';
import { textOf } from './support/locate.js';

const LABEL_TYPES = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'] as const;
type LabelType = (typeof LABEL_TYPES)[number];

/**
 * The OCI image annotations whose values have a fixed form
 * (https://github.com/opencontainers/image-spec/blob/main/annotations.md): checked whenever they are set.
 */
const OCI_SCHEMA: Record<string, LabelType> = {
  'org.opencontainers.image.created': 'rfc3339',
  'org.opencontainers.image.url': 'url',
  'org.opencontainers.image.documentation': 'url',
  'org.opencontainers.image.source': 'url',
  'org.opencontainers.image.licenses': 'spdx',
  'org.opencontainers.image.revision': 'hash',
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const SEMVER =
  /^v?(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
/** Licence ids (`MIT`, `Apache-2.0`, `LicenseRef-x`, `GPL-2.0+`) joined by AND, OR and WITH, with parentheses. */
const SPDX_ID = /^(?:[A-Za-z0-9][A-Za-z0-9.-]*\+?|LicenseRef-[A-Za-z0-9.-]+)$/;

function validSpdx(value: string): boolean {
  const tokens = value.replace(/[()]/g, ' $& ').trim().split(/\s+/);
  let expectId = true;
  let depth = 0;
  for (const token of tokens) {
    if (token === '(') {
      if (!expectId) return false;
      depth++;
    } else if (token === ')') {
      if (expectId || --depth < 0) return false;
    } else if (token === 'AND' || token === 'OR' || token === 'WITH') {
      if (expectId) return false;
      expectId = true;
    } else {
      if (!expectId || !SPDX_ID.test(token)) return false;
      expectId = false;
    }
  }
  return !expectId && depth === 0;
}

function validUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.hostname !== '' || url.protocol === 'file:';
  } catch {
    return false;
  }
}

const VALID: Record<LabelType, (value: string) => boolean> = {
  text: () => true,
  url: validUrl,
  rfc3339: (value) => RFC3339.test(value),
  spdx: validSpdx,
  hash: (value) => /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value),
  semver: (value) => SEMVER.test(value),
  email: (value) => EMAIL.test(value),
};

const DESCRIBE: Record<LabelType, string> = {
  text: 'text',
  url: 'a URL',
  rfc3339: 'an RFC 3339 date and time (2024-05-01T12:00:00Z)',
  spdx: 'an SPDX licence expression (Apache-2.0, MIT OR Apache-2.0)',
  hash: 'a full git commit hash (40 or 64 hex digits)',
  semver: 'a semantic version (1.4.2)',
  email: 'an e-mail address',
};

export default defineRule({
  meta: {
    id: 'docker/label-schema',
    domain: 'dockerfile',
    description:
      'LABEL values must have the form their key calls for (OCI annotations, or a schema in the options), and required labels must be set.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      invalid: 'Label "{{key}}" is "{{value}}", which is not {{expected}}.',
      empty: 'Label "{{key}}" is empty: give it a value or drop it.',
      missing: 'The image has no label "{{key}}", which the label schema requires.',
      superfluous: 'Label "{{key}}" is not in the label schema, and `strict` allows no others.',
    },
    equivalents: {
      hadolint: ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
    },
    defaultOptions: { schema: {}, strict: false },
    optionsSchema: {
      type: 'object',
      properties: {
        schema: { type: 'object', additionalProperties: { enum: [...LABEL_TYPES] } },
        strict: { type: 'boolean' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const configured = context.options.schema as Record<string, LabelType>;
    const strict = context.options.strict as boolean;
    const schema: Record<string, LabelType> = { ...OCI_SCHEMA, ...configured };
    /** Labels set by each stage's own LABEL instructions (base-stage labels are inherited, so the chain counts). */
    const setIn = new Map<DockerStage, Set<string>>();
    return {
      LABEL(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        const stage = instruction.onbuild ? undefined : instruction.stage;
        for (const [rawKey, rawValue] of labelPairs(instruction.args)) {
          const key = rawKey.replace(/^["']|["']$/g, '');
          if (stage) {
            let keys = setIn.get(stage);
            if (!keys) setIn.set(stage, (keys = new Set()));
            keys.add(key);
          }
          const type = Object.hasOwn(schema, key) ? schema[key] : undefined;
          if (!type) {
            if (strict) context.report({ at: text.word(rawKey), messageId: 'superfluous', data: { key } });
            continue;
          }
          const value = rawValue ?? '';
          // A value made of build arguments is only known at build time.
          if (value.includes('$')) continue;
          if (value.trim() === '') {
            context.report({ at: text.word(rawKey), messageId: 'empty', data: { key } });
          } else if (!VALID[type](value)) {
            context.report({
              at: text.word(rawKey),
              messageId: 'invalid',
              data: { key, value, expected: DESCRIBE[type] },
            });
          }
        }
      },
      exit(model) {
        const required = Object.keys(configured);
        const final = model.stages[model.stages.length - 1];
        if (required.length === 0 || !final) return;
        const present = new Set<string>();
        for (let stage: DockerStage | undefined = final; stage; stage = stage.image.stage) {
          for (const key of setIn.get(stage) ?? []) present.add(key);
          if (stage.image.stage === stage) break;
        }
        for (const key of required) {
          if (!present.has(key)) context.report({ at: final.from, messageId: 'missing', data: { key } });
        }
      },
    };
  },
});
