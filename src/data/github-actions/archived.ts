/**
 * Repositories of actions that their owners archived, with what to use instead; offline, checked 2026-11 against
 * each repository's page (archived banner) and its README's pointer. Keys are `owner/repo` lower-cased.
 */
export const ARCHIVED_ACTIONS: ReadonlyMap<string, string> = new Map([
  ['actions/setup-ruby', 'Use ruby/setup-ruby.'],
  ['actions/setup-elixir', 'Use erlef/setup-beam.'],
  ['actions/setup-haskell', 'Use haskell-actions/setup.'],
  ['actions/create-release', 'Use `gh release create` or softprops/action-gh-release.'],
  ['actions/upload-release-asset', 'Use `gh release upload` or softprops/action-gh-release.'],
  ['actions-rs/toolchain', 'Use dtolnay/rust-toolchain or `rustup` in a run step.'],
  ['actions-rs/cargo', 'Run `cargo` in a run step.'],
  ['actions-rs/clippy-check', 'Run `cargo clippy` in a run step.'],
  ['actions-rs/audit-check', 'Use rustsec/audit-check.'],
  ['actions-rs/tarpaulin', 'Run `cargo tarpaulin` in a run step.'],
  ['actions-rs/grcov', 'Run `grcov` in a run step.'],
  ['actions-rs/install', 'Use taiki-e/install-action.'],
]);
