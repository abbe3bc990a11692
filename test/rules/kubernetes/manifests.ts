/**
 * Builds manifests for the Kubernetes rule tests with fixed line numbers: a workload's first container's `name` is
 * on line 14 and its `image` on line 15, its extra container lines start at line 16, pod-level lines follow them.
 */
export interface WorkloadOptions {
  kind?: string;
  apiVersion?: string;
  name?: string;
  /** `undefined`: no replicas line (a comment keeps the line numbers). */
  replicas?: number;
  labels?: string;
  image?: string;
  /** Lines of the first container after `name` and `image`, without indentation. */
  container?: string[];
  /** Lines of the pod spec after the containers, without indentation. */
  pod?: string[];
  /** Lines of the workload spec after the template, without indentation. */
  spec?: string[];
}

export function workload(options: WorkloadOptions = {}): string {
  const labels = options.labels ?? '{app: web}';
  return [
    `apiVersion: ${options.apiVersion ?? 'apps/v1'}`,
    `kind: ${options.kind ?? 'Deployment'}`,
    'metadata:',
    `  name: ${options.name ?? 'web'}`,
    'spec:',
    'replicas' in options && options.replicas === undefined
      ? '  # replicas unset'
      : `  replicas: ${options.replicas ?? 3}`,
    '  selector:',
    `    matchLabels: ${labels}`,
    '  template:',
    '    metadata:',
    `      labels: ${labels}`,
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${options.image ?? 'registry.example/web:1.4.2'}`,
    ...(options.container ?? []).map((line) => `          ${line}`),
    ...(options.pod ?? []).map((line) => `      ${line}`),
    ...(options.spec ?? []).map((line) => `  ${line}`),
    '',
  ].join('\n');
}

/** A Pod whose container `name` is on line 8 and `image` on line 9; extra container lines from line 10. */
export function pod(options: { container?: string[]; pod?: string[]; labels?: string; image?: string } = {}): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: one`,
    `  labels: ${options.labels ?? '{app: one}'}`,
    'spec:',
    '  containers:',
    '    - name: app',
    `      image: ${options.image ?? 'registry.example/one:2.0.1'}`,
    ...(options.container ?? []).map((line) => `      ${line}`),
    ...(options.pod ?? []).map((line) => `  ${line}`),
    '',
  ].join('\n');
}

/** Joins manifests as documents of one file. */
export const documents = (...manifests: string[]): string => manifests.join('---\n');
