const lowered = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The configured self-hosted runner labels, lower-cased: worked out once per settings, which every file shares. */
export function selfHostedLabels(labels: readonly string[]): ReadonlySet<string> {
  let set = lowered.get(labels);
  if (!set) {
    set = new Set(labels.map((label) => label.toLowerCase()));
    lowered.set(labels, set);
  }
  return set;
}
