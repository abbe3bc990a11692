/**
 * Release tags of the most-used actions and the commit each one names, bundled so a SHA pin's `# vX` comment can be
 * checked offline. Snapshot date: 2026-11-24. The facts are the public tags of these repositories: a pair is listed
 * only when several independent public sources name that commit for that tag and none names another version for it;
 * a doubtful pair is left out. A commit missing here says nothing: an unknown SHA is never an error.
 *
 * Keys are `owner/repo`, lower-cased (sub-path actions such as `github/codeql-action/init` share their repository's
 * tags); values map a full 40-hex commit SHA, lower-cased, to the exact tag that names it.
 */
export const TAG_COMMITS_DATE = '2026-11-24';

const TABLE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'actions/checkout': {
    '9bb56186c3b09b4f86b1c65136769dd318469633': 'v4.1.2',
    '692973e3d937129bcbf40652eb9f2f61becf3332': 'v4.1.7',
    d632683dd7b4114ad314bca15554477dd762a938: 'v4.2.0',
    '08c6903cd8c0fde910a37f88322edcfb5dd907a8': 'v5.0.0',
    fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09: 'v5.1.0',
    '1af3b93b6815bc44a9784bd300feb67ff0d1eeb3': 'v6.0.0',
    '8e8c483db84b4bee98b60c0593521ed34d9990e8': 'v6.0.1',
    '9f698171ed81b15d1823a05fc7211befd50c8ae0': 'v6.0.3',
  },
  'actions/setup-node': {
    '60edb5dd545a775178f52524783378180af0d1f8': 'v4.0.2',
    '39370e3970a6d050c480ffad4ff0ed4d3fdee5af': 'v4.1.0',
    '49933ea5288caeca8642d1e84afbd3f7d6820020': 'v4.4.0',
    a0853c24544627f65ddf259abe73b1d18a591444: 'v5.0.0',
  },
  'actions/setup-python': {
    '42375524e23c412d93fb67b49958b491fce71c38': 'v5.4.0',
    '8d9ed9ac5c53483de85588cdf95a591a75ab9f55': 'v5.5.0',
    e797f83bcb11b83ae66e0230d6156d7c80228e7c: 'v6.0.0',
  },
  'actions/setup-go': {
    '0c52d547c9bc32b1aa3301fd7a9cb496313a4491': 'v5.0.0',
    d35c59abb061a4a6fb18e82ac0862c26744d6ab5: 'v5.5.0',
    '44694675825211faa026b3c33043df3e48a5fa00': 'v6.0.0',
  },
  'actions/setup-java': {
    '99b8673ff64fbf99d8d325f52d9a5bdedb8483e9': 'v4.2.1',
    '3a4f6e1af504cf6a31855fa899c6aa5355ba6c12': 'v4.7.0',
    dded0888837ed1f317902acf8a20df0ad188d165: 'v5.0.0',
  },
  'actions/cache': {
    '1bd1e32a3bdc45362d1e726936510720a7c30a57': 'v4.2.0',
    '0057852bfaa89a56745cba8c7296529d2fc39830': 'v4.3.0',
    a7833574556fa59680c1b7cb190c1735db73ebf0: 'v5.0.0',
  },
  'actions/upload-artifact': {
    b7c566a772e6b6bfb58ed0dc250532a479d7789f: 'v6.0.0',
  },
  'actions/download-artifact': {
    fa0a91b85d4f404e444e00e005971372dc801d16: 'v4.1.8',
    d3f86a106a0bac45b974a628896c90dbdf5c8093: 'v4.3.0',
    '634f93cb2916e3fdff6788551b99b062d0335ce0': 'v5.0.0',
    '37930b1c2abaa49bbe596cd826c3c89aef350131': 'v7.0.0',
  },
  'actions/github-script': {
    '60a0d83039c74a4aee543508d2ffcb1c3799cdea': 'v7.0.1',
    ed597411d8f924073f98dfc5c65a23a2325f34cd: 'v8.0.0',
  },
  'docker/login-action': {
    '74a5d142397b4f367a81961eba4e8cd7edddf772': 'v3.4.0',
    '184bdaa0721073962dff0199f1fb9940f07167d1': 'v3.5.0',
    '5e57cd118135c172c3672efd75eb46360885c0ef': 'v3.6.0',
  },
  'docker/build-push-action': {
    '0565240e2d4ab88bba5387d719585280857ece09': 'v5.0.0',
    ee4ca427a2f43b6a16632044ca514c076267da23: 'v6.19.0',
  },
  'docker/setup-buildx-action': {
    e468171a9de216ec08956ac3ada2f0791b6bd435: 'v3.11.1',
  },
  'docker/metadata-action': {
    '96383f45573cb7f253c731d3b3ab81c87ef81934': 'v5.0.0',
    c1e51972afc2121e065aed6d45c65596fe445f3f: 'v5.8.0',
  },
  'github/codeql-action': {
    '662472033e021d55d94146f66f6058822b0b39fd': 'v3.27.0',
    ff0a06e83cb2de871e5a09832bc6a81e7276941f: 'v3.28.18',
  },
};

/** Repository (`owner/repo`, lower-cased) → commit SHA → tag. */
export const TAG_COMMITS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(TABLE).map(([repository, commits]) => [repository, new Map(Object.entries(commits))]),
);

/**
 * The tag that names `sha` in `repository` (`owner/repo`, any case; a full 40-hex SHA, any case), or undefined
 * when the snapshot does not know that commit.
 */
export function knownTag(repository: string, sha: string): string | undefined {
  return TAG_COMMITS.get(repository.toLowerCase())?.get(sha.toLowerCase());
}
