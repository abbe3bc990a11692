/**
 * The shipshape tool image the GitLab templates run by default (input `shipshape-image`), pinned by digest.
 * Written by `node scripts/record-image.mjs <image>@<digest>` in the release workflow (.github/workflows/release.yml)
 * after it pushed the image; never edited by hand. Until the first release it holds an all-zero digest that no
 * registry serves, so a pipeline fails at the image pull instead of running an unpinned image.
 */
export const RELEASED_IMAGE =
  'ghcr.io/shipshape-ci/shipshape@sha256:0000000000000000000000000000000000000000000000000000000000000000';
