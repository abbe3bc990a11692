import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

type Ajv = import('ajv').default;
const Ajv = ((AjvModule as any).default ?? AjvModule) as typeof import('ajv').default;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as typeof import('ajv-formats').default;

/**
 * The OASIS schema is draft-04. The only draft-04 keyword it relies on that later drafts renamed is the top-level
 * `id`, so it compiles under Ajv's draft-07 mode once `id` is read as `$id` and the draft-04 `$schema` dropped.
 */
export function sarifValidator(): ReturnType<Ajv['compile']> {
  const schema = JSON.parse(
    readFileSync(new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  );
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
