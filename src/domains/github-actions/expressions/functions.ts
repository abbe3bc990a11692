/** Functions of the expression language, by lower-cased name (names are case-insensitive). */
export interface FunctionSpec {
  name: string;
  min: number;
  max: number;
  /** Only in some keys (`if`, step keys): see the context availability table. */
  status?: boolean;
  /** Argument count must be odd (`case(pred, value, …, default)`). */
  odd?: boolean;
}

const SPECS: FunctionSpec[] = [
  { name: 'contains', min: 2, max: 2 },
  { name: 'startsWith', min: 2, max: 2 },
  { name: 'endsWith', min: 2, max: 2 },
  { name: 'format', min: 1, max: Infinity },
  { name: 'join', min: 1, max: 2 },
  { name: 'toJSON', min: 1, max: 1 },
  { name: 'fromJSON', min: 1, max: 1 },
  { name: 'hashFiles', min: 1, max: Infinity },
  { name: 'case', min: 3, max: Infinity, odd: true },
  { name: 'success', min: 0, max: 0, status: true },
  { name: 'always', min: 0, max: 0, status: true },
  { name: 'cancelled', min: 0, max: 0, status: true },
  { name: 'failure', min: 0, max: 0, status: true },
];

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(
  SPECS.map((spec) => [spec.name.toLowerCase(), spec]),
);

export function arityText(spec: FunctionSpec): string {
  if (spec.odd) return `an odd number (at least ${spec.min}) of arguments`;
  if (spec.min === spec.max) return `${spec.min} argument${spec.min === 1 ? '' : 's'}`;
  if (spec.max === Infinity) return `at least ${spec.min} argument${spec.min === 1 ? '' : 's'}`;
  return `${spec.min} to ${spec.max} arguments`;
}
