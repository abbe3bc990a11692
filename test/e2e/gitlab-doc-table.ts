/** The inputs table of docs/gitlab-kit.md, rendered from a template's `spec:inputs` header. */
import { parse } from 'yaml';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

export function gitlabInputsTable(templateText: string): string {
  const header = parse(templateText.split(/^---$/m)[0]!) as { spec: { inputs: Record<string, Record<string, unknown>> } };
  const rows = Object.entries(header.spec.inputs).map(([name, input]) => {
    const type = String(input.type ?? 'string');
    const def = input.default === undefined ? '(required)' : input.default === '' ? '`""`' : `\`${cell(String(input.default))}\``;
    const allowed = Array.isArray(input.options) ? input.options.map((option) => `\`${option}\``).join(', ') : typeof input.regex === 'string' ? `\`${cell(input.regex)}\`` : '';
    return `| \`${name}\` | ${type} | ${def} | ${allowed} | ${cell(String(input.description ?? ''))} |`;
  });
  return ['| Input | Type | Default | Allowed | Description |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
