/** The JSON schema of `.shipshape.yml`; `schema/shipshape.schema.json` is generated from it (`npm run generate`). */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://shipshape.dev/schema/shipshape.schema.json',
  title: 'shipshape configuration (.shipshape.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: {
      description: 'The preset to start from.',
      enum: ['recommended', 'strict'],
    },
    rules: {
      description: 'Per-rule settings: a severity, `off`, or an object with severity and options.',
      type: 'object',
      propertyNames: {
        pattern: '^[a-z0-9-]+/[a-z0-9-]+$',
      },
      additionalProperties: {
        oneOf: [
          {
            enum: ['off', 'error', 'warning', 'note'],
          },
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              severity: {
                enum: ['off', 'error', 'warning', 'note'],
              },
              options: {
                type: 'object',
              },
            },
          },
        ],
      },
    },
    ignore: {
      description: 'Glob patterns of paths not to check, relative to the repository root.',
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
      },
    },
    'fail-on': {
      description: 'The lowest severity that makes `check` exit 1.',
      enum: ['error', 'warning', 'note', 'never'],
    },
    'max-file-size': {
      description: 'Files larger than this many bytes are skipped with a notice.',
      type: 'integer',
      minimum: 1,
    },
    'fast-yaml-reader': {
      description:
        'Read YAML with the fast reader where it applies (default true). false: every file is read by the yaml library alone; SHIPSHAPE_FAST_YAML_READER=false does the same.',
      type: 'boolean',
    },
    'trusted-registries': {
      description: 'Registries whose images may be used (e.g. `ghcr.io/my-org`). Empty: any registry.',
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
      },
    },
    'self-hosted-runner-labels': {
      description: 'Labels of your self-hosted runners, so `runs-on` checks know them.',
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
      },
    },
  },
} as const;
