/** Classifies ADD sources: ADD fetches URLs and unpacks local archives, which COPY cannot do. */
export function isRemoteSource(source: string): boolean {
  return /^(?:https?|ftp):\/\//i.test(source) || /^git@|^git:\/\/|\.git(?:#.*)?$/i.test(source);
}

export function isLocalArchive(source: string): boolean {
  return /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tlz|gz|bz2|xz)$/i.test(source);
}
