import AjvModule from 'ajv';
import { SARIF_SCHEMA } from './sarif-schema.js';

type Ajv = import('ajv').default;
const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
let validator: ReturnType<Ajv['compile']> | undefined;

/**
 * Checks a log against the OASIS SARIF 2.1.0 schema, compiled once per process. The schema is draft-04: its `id`
 * becomes `$id` for Ajv 8; formats (uri, date-time) are not checked, only the shape the gate relies on.
 * Returns the first problem as "<JSON pointer> <message>", or undefined when the log matches.
 */
export function sarifShapeProblem(data: unknown): string | undefined {
  if (!validator) {
    const { $schema: _draft, id, ...rest } = SARIF_SCHEMA as { $schema?: string; id?: string };
    const ajv = new (Ajv as unknown as new (options: object) => Ajv)({
      strict: false,
      validateFormats: false,
      allErrors: false,
    });
    validator = ajv.compile({ ...rest, $id: id });
  }
  if (validator(data)) return undefined;
  const error = validator.errors?.[0];
  // The pointer and Ajv's message name the place and the expected shape, never the report's own text.
  return error ? `${error.instancePath || '/'} ${error.message ?? 'is invalid'}` : 'does not match the schema';
}
