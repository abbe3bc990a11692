/**
 * GitHub-hosted runner labels (docs: "GitHub-hosted runners" and actions/runner-images, checked 2026-11), standard
 * and larger macOS sizes. Larger Linux/Windows runners have names chosen by their owners, so a label that does not
 * look like a hosted image is never reported unless self-hosted labels are configured.
 */
export const HOSTED_LABELS: ReadonlySet<string> = new Set([
  'ubuntu-latest',
  'ubuntu-26.04',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-slim',
  'ubuntu-26.04-arm',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'windows-latest',
  'windows-2025',
  'windows-2022',
  'windows-11-arm',
  'macos-latest',
  'macos-26',
  'macos-15',
  'macos-14',
  'macos-15-intel',
  'macos-26-intel',
  'macos-latest-large',
  'macos-26-large',
  'macos-15-large',
  'macos-14-large',
  'macos-latest-xlarge',
  'macos-26-xlarge',
  'macos-15-xlarge',
  'macos-14-xlarge',
]);

/** Hosted labels that were retired: jobs using them never start. */
export const RETIRED_LABELS: Readonly<Record<string, string>> = {
  'ubuntu-16.04': 'ubuntu-latest',
  'ubuntu-18.04': 'ubuntu-latest',
  'ubuntu-20.04': 'ubuntu-latest',
  'windows-2016': 'windows-latest',
  'windows-2019': 'windows-latest',
  'macos-10.15': 'macos-latest',
  'macos-11': 'macos-latest',
  'macos-12': 'macos-latest',
  'macos-13': 'macos-15-intel',
  'macos-13-large': 'macos-15-large',
  'macos-13-xlarge': 'macos-15-xlarge',
};

/** Labels every self-hosted runner gets by default. */
export const SELF_HOSTED_DEFAULT_LABELS: ReadonlySet<string> = new Set([
  'self-hosted',
  'linux',
  'windows',
  'macos',
  'x64',
  'x86',
  'arm',
  'arm64',
]);

/** A label that names a hosted image family (`ubuntu-…`, `windows-…`, `macos-…`). */
export const HOSTED_FAMILY = /^(?:ubuntu|windows|macos)-/i;
