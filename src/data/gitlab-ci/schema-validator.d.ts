/** One Ajv error, as the generated validator reports it. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** GitLab's CI schema, compiled at build time (scripts/gitlab-schema.mjs); `errors` holds the last run's problems. */
declare const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export default validate;
