export const id = 941;
export const ids = [941];
export const modules = {

/***/ 6941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixCommand: () => (/* binding */ fixCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/files.ts
var files = __webpack_require__(9928);
// EXTERNAL MODULE: ./src/domains/classify.ts
var classify = __webpack_require__(1147);
;// CONCATENATED MODULE: ./src/fix/diff.ts
/** A unified diff of two texts (line-based LCS; fine for workflow-sized files), with 2 lines of context. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    const lines = (text) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
    const a = lines(before);
    const b = lines(after);
    const n = a.length;
    const m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j])
            ops.push({ kind: ' ', line: a[i], ai: i++, bi: j++ });
        else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]))
            ops.push({ kind: '-', line: a[i], ai: i++, bi: j });
        else
            ops.push({ kind: '+', line: b[j], ai: i, bi: j++ });
    }
    const out = [`--- a/${path}`, `+++ b/${path}`];
    const context = 2;
    let k = 0;
    while (k < ops.length) {
        if (ops[k].kind === ' ') {
            k++;
            continue;
        }
        const start = Math.max(0, k - context);
        let end = k;
        while (end < ops.length) {
            if (ops[end].kind !== ' ') {
                end++;
                continue;
            }
            let run = 0;
            while (end + run < ops.length && ops[end + run].kind === ' ')
                run++;
            if (end + run >= ops.length || run > context * 2) {
                end = Math.min(ops.length, end + context);
                break;
            }
            end += run;
        }
        const hunk = ops.slice(start, end);
        const aCount = hunk.filter((op) => op.kind !== '+').length;
        const bCount = hunk.filter((op) => op.kind !== '-').length;
        out.push(`@@ -${hunk[0].ai + 1},${aCount} +${hunk[0].bi + 1},${bCount} @@`);
        for (const op of hunk)
            out.push(`${op.kind}${op.line}`);
        k = end;
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
// EXTERNAL MODULE: ./src/rules/github-actions/support/facts.ts
var support_facts = __webpack_require__(4778);
;// CONCATENATED MODULE: ./src/fix/edits.ts
/**
 * Applies fixes to a text by offsets, in order; a fix whose edits overlap an already accepted fix (or insert at the
 * same offset) is skipped — the next `shipshape fix` run picks it up. Identical fixes are applied once.
 */
function applyFixes(text, fixes) {
    const accepted = [];
    const applied = [];
    const skipped = [];
    const seen = new Set();
    // Two different insertions at one offset conflict too: they are usually the same key added twice.
    const overlaps = (edit) => accepted.some((other) => (edit.start < other.end && other.start < edit.end) || (edit.start === other.start && (edit.start === edit.end || other.start === other.end)));
    for (const fix of fixes) {
        const key = JSON.stringify(fix.edits);
        if (seen.has(key))
            continue;
        seen.add(key);
        if (fix.edits.some(overlaps) || fix.edits.some((edit) => edit.start < 0 || edit.end > text.length || edit.end < edit.start)) {
            skipped.push(fix);
            continue;
        }
        accepted.push(...fix.edits);
        applied.push(fix);
    }
    // Apply from the end so offsets stay valid; insertions at one offset keep their order.
    const ordered = accepted.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.index - a.index);
    let out = text;
    for (const { edit } of ordered)
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return { text: out, applied, skipped };
}
/** The offset of the start of the line holding `offset`. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset just after the line break ending the line holding `offset` (or the text's end). */
function nextLineStart(text, offset) {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline + 1;
}
/** The column (0-based) of an offset within its line. */
function columnOf(text, offset) {
    return offset - lineStart(text, offset);
}
/** A YAML scalar for a value that holds an expression: plain when that is safe, double-quoted otherwise. */
function yamlValue(value) {
    if (/^[^\s'"&*!|>%@`#,[\]{}-][^#]*$/.test(value) && !/: |\s$/.test(value))
        return value;
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/data/github-actions/permissions.ts
const ACTION_PERMISSIONS = {
    'actions/checkout': { contents: 'read' },
    'actions/setup-node': {},
    'actions/setup-python': {},
    'actions/setup-go': {},
    'actions/setup-java': {},
    'actions/setup-dotnet': {},
    'actions/cache': {},
    'actions/cache/restore': {},
    'actions/cache/save': {},
    'actions/upload-artifact': {},
    'actions/download-artifact': { actions: 'read' },
    'actions/upload-pages-artifact': {},
    'actions/configure-pages': { pages: 'read' },
    'actions/deploy-pages': { pages: 'write', 'id-token': 'write' },
    'actions/attest-build-provenance': { 'id-token': 'write', attestations: 'write', contents: 'read' },
    'actions/labeler': { contents: 'read', 'pull-requests': 'write' },
    'actions/stale': { issues: 'write', 'pull-requests': 'write' },
    'actions/dependency-review-action': { contents: 'read' },
    'docker/setup-buildx-action': {},
    'docker/setup-qemu-action': {},
    'docker/metadata-action': {},
    'docker/build-push-action': {},
    'github/codeql-action/init': { 'security-events': 'write', contents: 'read', actions: 'read' },
    'github/codeql-action/autobuild': {},
    'github/codeql-action/analyze': { 'security-events': 'write', contents: 'read', actions: 'read' },
    'github/codeql-action/upload-sarif': { 'security-events': 'write', contents: 'read', actions: 'read' },
    'softprops/action-gh-release': { contents: 'write' },
    'peter-evans/create-pull-request': { contents: 'write', 'pull-requests': 'write' },
    'aws-actions/configure-aws-credentials': { 'id-token': 'write' },
    'google-github-actions/auth': { 'id-token': 'write' },
    'azure/login': { 'id-token': 'write' },
};
/** docker/login-action needs `packages: write` only when it logs in to ghcr.io with the job token. */
function loginPermissions(registry, password) {
    if (registry?.trim().toLowerCase() === 'ghcr.io' && password && /github\.token|secrets\.github_token/i.test(password)) {
        return { packages: 'write' };
    }
    return {};
}
/** Merges permission sets, write winning over read; sorted by scope. */
function mergePermissions(sets) {
    const out = {};
    for (const set of sets) {
        for (const [scope, access] of Object.entries(set))
            if (out[scope] !== 'write')
                out[scope] = access;
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

// EXTERNAL MODULE: ./src/data/github-actions/actions.ts
var actions = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/domains/github-actions/expressions/index.ts + 7 modules
var expressions = __webpack_require__(6875);
;// CONCATENATED MODULE: ./src/fix/fixers.ts






/** Where a new key goes at the end of a block mapping, and the indentation its keys use. */
function endOfMapping(text, map) {
    const first = map.items[0]?.key;
    const last = map.items[map.items.length - 1];
    if (!first?.range || !last || map.flow)
        return undefined;
    const indent = ' '.repeat(columnOf(text, first.range[0]));
    const lastNode = (last.value ?? last.key);
    const end = lastNode.range ? lastNode.range[1] : first.range[1];
    // Block scalars end after their line break; other values end on their line.
    const offset = end > 0 && text[end - 1] === '\n' ? end : nextLineStart(text, end);
    return { offset, indent, needsNewline: offset === text.length && !text.endsWith('\n') };
}
function insertKey(text, map, lines) {
    const place = endOfMapping(text, map);
    if (!place)
        return undefined;
    const body = lines.map((line) => `${place.indent}${line}\n`).join('');
    return { start: place.offset, end: place.offset, text: (place.needsNewline ? '\n' : '') + body };
}
/** `persist-credentials: false` on every actions/checkout that does not set it. Unsafe when a later step uses git. */
function persistCredentialsFixes(facts) {
    const fixes = [];
    const { text } = facts.file;
    for (const job of facts.jobs) {
        job.steps.forEach((step, index) => {
            const uses = typeof step.uses?.value === 'string' ? (0,actions/* parseUses */.Ap)(step.uses.value) : undefined;
            if (uses?.action !== 'actions/checkout')
                return;
            if ([...step.with.keys()].some((name) => name.toLowerCase() === 'persist-credentials'))
                return;
            const later = job.steps.slice(index + 1);
            const usesGit = later.some((other) => typeof other.run?.value === 'string' && /\bgit\s+(push|fetch|pull|tag|commit)|\bgh\s/.test(other.run.value));
            const withNode = (0,support_facts/* valueOf */.RP)(step.node, 'with');
            let edit;
            if ((0,dist/* isMap */.jh)(withNode))
                edit = insertKey(text, withNode, ['persist-credentials: false']);
            else if (withNode === undefined)
                edit = insertKey(text, step.node, ['with:', '  persist-credentials: false']);
            if (!edit)
                return;
            fixes.push({ description: 'set persist-credentials: false on actions/checkout', safe: !usesGit, edits: [edit] });
        });
    }
    return fixes;
}
const TOKEN_USE = /github\.token|secrets\.github_token|GITHUB_TOKEN|GH_TOKEN/i;
/** The permissions a job needs, or undefined when one of its steps is not in the table. */
function jobPermissions(job) {
    const sets = [];
    for (const step of job.steps) {
        if (step.run) {
            const envText = JSON.stringify((0,support_facts/* valueOf */.RP)(step.node, 'env') ?? null);
            if (TOKEN_USE.test(String(step.run.value)) || TOKEN_USE.test(envText))
                return undefined;
            continue;
        }
        const uses = typeof step.uses?.value === 'string' ? (0,actions/* parseUses */.Ap)(step.uses.value) : undefined;
        if (!uses)
            return undefined;
        if (uses.action === 'docker/login-action') {
            sets.push(loginPermissions((0,support_facts/* stringOf */.Je)(step.with.get('registry')?.value), (0,support_facts/* stringOf */.Je)(step.with.get('password')?.value)));
            continue;
        }
        const known = ACTION_PERMISSIONS[uses.action];
        if (!known)
            return undefined;
        for (const [, pair] of step.with)
            if (TOKEN_USE.test(String((0,support_facts/* stringOf */.Je)(pair.value) ?? '')))
                return undefined;
        sets.push(known);
    }
    return mergePermissions(sets);
}
/** A least-privilege job-level `permissions:` for jobs without one when the workflow sets none. Always unsafe. */
function permissionsFixes(facts) {
    if (facts.kind !== 'workflow' || !facts.root || (0,support_facts/* pairOf */.cF)(facts.root, 'permissions'))
        return [];
    const fixes = [];
    const { text } = facts.file;
    for (const job of facts.jobs) {
        if (!job.node || job.uses || (0,support_facts/* pairOf */.cF)(job.node, 'permissions') || job.node.flow)
            continue;
        const needed = jobPermissions(job);
        if (!needed)
            continue;
        const first = job.node.items[0]?.key;
        if (!first?.range)
            continue;
        const indent = ' '.repeat(columnOf(text, first.range[0]));
        const scopes = Object.entries(needed);
        const lines = [
            '# Least privilege for the actions this job uses (added by shipshape fix).',
            scopes.length === 0 ? 'permissions: {}' : 'permissions:',
            ...scopes.map(([scope, access]) => `  ${scope}: ${access}`),
        ];
        const at = lineStart(text, first.range[0]);
        fixes.push({
            description: `add least-privilege permissions to job "${job.id}"`,
            safe: false,
            edits: [{ start: at, end: at, text: lines.map((line) => `${indent}${line}\n`).join('') }],
        });
    }
    return fixes;
}
function envName(body, taken) {
    let base = 'EXPR';
    try {
        const ast = (0,expressions/* parseExpression */.YK)(body);
        const [access] = (0,expressions/* contextAccesses */.kO)(ast);
        if (access && access.start === ast.start && access.end === ast.end) {
            const names = [access.context, ...access.path.flatMap((segment) => ('name' in segment ? [segment.name] : []))];
            const tail = names.length > 2 ? names.slice(-2) : names;
            if (names[0] === 'github' && names.length === 2)
                tail.splice(0, tail.length, ...names);
            base = tail.join('_').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
        }
    }
    catch {
        base = 'EXPR';
    }
    if (/^[0-9]/.test(base))
        base = `V_${base}`;
    let name = base;
    for (let n = 2; taken.has(name) && taken.get(name) !== body.trim(); n++)
        name = `${base}_${n}`;
    return name;
}
/** True when `offset` (into a bash/sh script) sits inside double quotes. */
function insideDoubleQuotes(script, offset) {
    let quote;
    for (let i = 0; i < offset; i++) {
        const char = script[i];
        if (char === '\\' && quote !== "'") {
            i++;
            continue;
        }
        if (quote === undefined && (char === '"' || char === "'"))
            quote = char;
        else if (char === quote)
            quote = undefined;
    }
    return quote === '"';
}
/**
 * Moves each `${{ … }}` of a bash/sh/pwsh `run:` into the step's `env:` and uses the shell's own variable syntax
 * (`$VAR`, `$env:VAR`). Safe when every occurrence sits inside double quotes (the meaning is unchanged); unsafe
 * otherwise (word splitting changes).
 */
function envFixes(facts) {
    const fixes = [];
    const { text } = facts.file;
    for (const job of facts.jobs) {
        for (const step of job.steps) {
            const fix = envFix(facts, text, job, step);
            if (fix)
                fixes.push(fix);
        }
    }
    return fixes;
}
function envFix(facts, text, job, step) {
    const run = step.run;
    if (!run?.range || typeof run.value !== 'string' || !run.value.includes('${{'))
        return undefined;
    const shell = (0,support_facts/* effectiveShell */.oL)(facts, job, step) ?? (facts.kind === 'workflow' && (0,support_facts/* mayRunOnWindows */.hb)(job) ? undefined : 'bash');
    if (!shell)
        return undefined;
    const command = shell.trim().split(/\s+/)[0].replace(/^.*\//, '');
    const flavour = command === 'bash' || command === 'sh' ? 'posix' : command === 'pwsh' || command === 'powershell' ? 'pwsh' : undefined;
    if (!flavour)
        return undefined;
    const envNode = (0,support_facts/* valueOf */.RP)(step.node, 'env');
    if (envNode !== undefined && (!(0,dist/* isMap */.jh)(envNode) || envNode.flow))
        return undefined;
    const taken = new Map();
    for (const pair of (0,support_facts/* entries */.jO)(envNode))
        taken.set(String(pair.key.value), String((0,support_facts/* stringOf */.Je)(pair.value) ?? '\0'));
    const [from, to] = run.range;
    const source = text.slice(from, to);
    const quotedYaml = run.type === dist/* Scalar */.X5.QUOTE_DOUBLE || run.type === dist/* Scalar */.X5.QUOTE_SINGLE;
    const edits = [];
    const added = [];
    let safe = !quotedYaml;
    for (const embedded of (0,expressions/* scanEmbedded */.Kl)(source)) {
        if (!embedded.closed)
            return undefined;
        const body = embedded.body.trim();
        const existing = [...taken.entries()].find(([, value]) => value === `\${{ ${body} }}`);
        const name = existing?.[0] ?? envName(body, taken);
        if (!existing) {
            taken.set(name, `\${{ ${body} }}`);
            added.push([name, `\${{ ${body} }}`]);
        }
        if (flavour === 'posix' && !insideDoubleQuotes(source, embedded.start))
            safe = false;
        if (flavour === 'pwsh' && !insideDoubleQuotes(source, embedded.start))
            safe = false;
        const next = source[embedded.end] ?? '';
        const replacement = flavour === 'posix' ? (/[A-Za-z0-9_]/.test(next) ? `\${${name}}` : `$${name}`) : `$env:${name}`;
        edits.push({ start: from + embedded.start, end: from + embedded.end, text: replacement });
    }
    if (edits.length === 0)
        return undefined;
    if (added.length > 0) {
        const lines = added.map(([name, value]) => `${name}: ${yamlValue(value)}`);
        const insert = (0,dist/* isMap */.jh)(envNode) ? insertKey(text, envNode, lines) : insertKey(text, step.node, ['env:', ...lines.map((line) => `  ${line}`)]);
        if (!insert)
            return undefined;
        edits.push(insert);
    }
    return { description: 'move ${{ }} out of run: into env:', safe, edits };
}

;// CONCATENATED MODULE: ./src/fix/pin.ts

/**
 * A resolver over GitHub's REST API (`GET /repos/{owner}/{repo}/commits/{ref}` with the `sha` media type), on
 * plain fetch: the CLI runs outside GitHub too, and only src/actions/** may import @actions/*. The action
 * entrypoints can pass an @actions/github-based resolver with the same interface.
 */
function restResolver(options = {}) {
    const baseUrl = (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    const doFetch = options.fetch ?? fetch;
    const cache = new Map();
    return {
        resolve(owner, repo, ref) {
            const key = `${owner}/${repo}@${ref}`.toLowerCase();
            let hit = cache.get(key);
            if (!hit) {
                hit = (async () => {
                    const headers = { accept: 'application/vnd.github.sha', 'user-agent': 'shipshape', 'x-github-api-version': '2022-11-28' };
                    if (options.token)
                        headers.authorization = `Bearer ${options.token}`;
                    const url = `${baseUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/${encodeURIComponent(ref)}`;
                    const response = await doFetch(url, { headers });
                    if (!response.ok)
                        return undefined;
                    const sha = (await response.text()).trim();
                    return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
                })();
                cache.set(key, hit);
            }
            return hit;
        },
    };
}
/** Pins every `owner/repo[/path]@tag` of steps and reusable-workflow calls to its SHA, keeping the tag as a comment. */
async function pinFixes(facts, resolver, problems) {
    const fixes = [];
    const { text } = facts.file;
    const targets = facts.jobs.flatMap((job) => [...(job.uses ? [job.uses] : []), ...job.steps.flatMap((step) => (step.uses ? [step.uses] : []))]);
    for (const node of targets) {
        if (typeof node.value !== 'string' || !node.range || node.value.includes('${{'))
            continue;
        const uses = (0,actions/* parseUses */.Ap)(node.value);
        if (!uses || /^[0-9a-f]{40}$/i.test(uses.ref))
            continue;
        const [owner, repo] = node.value.slice(0, node.value.lastIndexOf('@')).split('/');
        if (!owner || !repo)
            continue;
        let sha;
        try {
            sha = await resolver.resolve(owner, repo, uses.ref);
        }
        catch (error) {
            problems.push(`${node.value}: ${error instanceof Error ? error.message : String(error)}`);
            continue;
        }
        if (!sha) {
            problems.push(`${node.value}: cannot resolve "${uses.ref}"`);
            continue;
        }
        const [start, end] = node.range;
        const source = text.slice(start, end);
        const at = source.lastIndexOf(uses.ref);
        const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
        const hasComment = text.slice(end, lineEnd).includes('#');
        const edits = [{ start: start + at, end: start + at + uses.ref.length, text: sha }];
        if (!hasComment)
            edits.push({ start: end, end, text: ` # ${uses.ref}` });
        fixes.push({ description: `pin ${node.value} to ${sha}`, safe: true, edits });
    }
    return fixes;
}

;// CONCATENATED MODULE: ./src/fix/index.ts







/** The built-in GitHub Actions fixes of a file (persist-credentials, least-privilege permissions, run → env). */
function builtInFixes(file) {
    // Never edit a file whose YAML does not parse: offsets into a broken tree are guesses.
    if ((0,yaml_document/* parseYaml */.hN)(file).problems.length > 0)
        return [];
    const facts = (0,support_facts/* factsOf */.xS)(file);
    if (facts.kind === 'unknown' || !facts.root)
        return [];
    return [...persistCredentialsFixes(facts), ...envFixes(facts), ...permissionsFixes(facts)];
}
/** Fixes one file: the rules' fixes (from findings) and the built-in ones, safe only unless `unsafe`. */
async function fixFile(file, findingFixes, options) {
    const problems = [];
    const candidates = [...findingFixes, ...builtInFixes(file)];
    if (options.pin && (0,yaml_document/* parseYaml */.hN)(file).problems.length === 0)
        candidates.push(...(await pinFixes((0,support_facts/* factsOf */.xS)(file), options.pin, problems)));
    const allowed = candidates.filter((fix) => fix.safe || options.unsafe);
    const notAllowed = candidates.filter((fix) => !fix.safe && !options.unsafe);
    const result = applyFixes(file.text, allowed);
    return { text: result.text, applied: result.applied, skipped: [...notAllowed, ...result.skipped], problems };
}

// EXTERNAL MODULE: ./src/runner/check.ts + 10 modules
var check = __webpack_require__(8566);
// EXTERNAL MODULE: ./src/rules/index.ts + 155 modules
var rules = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/fix.ts










const fixCommand = {
    name: 'fix',
    summary: 'Apply automatic fixes (safe ones by default) to workflows and other checked files, keeping comments and layout.',
    usage: `shipshape fix [paths…] [options]

Applies the fixes rules attach to their findings and the built-in GitHub Actions fixes:
  persist-credentials: false on actions/checkout            (safe unless a later step runs git)
  \${{ … }} moved from run: into the step's env:              (safe when the expression sat in double quotes)
  least-privilege job permissions: from the action table     (unsafe)
Text is edited in place by offsets: comments and formatting stay as they are.

Options:
  --unsafe            apply unsafe fixes too
  --dry-run           print a diff instead of writing; exit 1 when something would change
  --pin               pin action tags to commit SHAs (GitHub REST API; token from GITHUB_TOKEN or GH_TOKEN)
  --api-url <url>     REST API base for --pin (default: $GITHUB_API_URL or https://api.github.com)
  --config <file>     config file (default: .shipshape.yml at the root, if any)
  --root <dir>        repository root (default: .)`,
    async run(argv, io) {
        const { values, positionals } = (0,command/* parseCommandArgs */.Q)('fix', argv, {
            unsafe: { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            pin: { type: 'boolean', default: false },
            'api-url': { type: 'string' },
            config: { type: 'string' },
            root: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        });
        if (values.help) {
            io.stdout(`${this.usage}\n`);
            return 0;
        }
        const root = (0,external_node_path_.resolve)(io.cwd, values.root ?? '.');
        const paths = positionals.map((path) => (0,external_node_path_.resolve)(io.cwd, path));
        const registry = (0,rules/* defaultRegistry */.V)();
        const config = (0,check/* loadConfig */.Z)(root, values.config ? (0,external_node_path_.resolve)(io.cwd, values.config) : undefined, registry);
        const result = (0,check/* runCheck */.k)({ root, paths, config, registry });
        const findingFixes = new Map();
        for (const finding of result.findings) {
            if (!finding.fix)
                continue;
            findingFixes.set(finding.path, [...(findingFixes.get(finding.path) ?? []), finding.fix]);
        }
        const notices = [];
        const candidates = new Set(findingFixes.keys());
        for (const path of (0,files/* listFiles */.CS)(root, paths.length > 0 ? paths : ['.'], config.ignore, notices)) {
            const kind = (0,classify/* classifyPath */.q)(path);
            if (kind === 'github-actions' || kind === 'yaml')
                candidates.add(path);
        }
        const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
        const pin = values.pin
            ? restResolver({ baseUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com', ...(token ? { token } : {}) })
            : undefined;
        let changedFiles = 0;
        let appliedCount = 0;
        let skippedUnsafe = 0;
        for (const path of [...candidates].sort()) {
            const outcome = (0,files/* readSourceFile */.uj)(root, path, config.maxFileSize, notices);
            if ('skipped' in outcome)
                continue;
            const file = outcome.file;
            let domain = (0,classify/* classifyPath */.q)(path);
            if (domain === 'yaml')
                domain = (0,classify/* classifyYamlContent */.d)(file);
            const own = findingFixes.get(path) ?? [];
            if (domain !== 'github-actions' && own.length === 0)
                continue;
            const fixed = await fixFile(file, own, { unsafe: values.unsafe, ...(pin ? { pin } : {}) });
            for (const problem of fixed.problems)
                io.stderr(`${path}: --pin: ${problem}\n`);
            skippedUnsafe += fixed.skipped.filter((fix) => !fix.safe).length;
            if (fixed.text === file.text)
                continue;
            changedFiles++;
            appliedCount += fixed.applied.length;
            if (values['dry-run']) {
                io.stdout(unifiedDiff(path, file.text, fixed.text));
            }
            else {
                try {
                    (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(root, path), fixed.text);
                }
                catch (error) {
                    throw new errors/* UsageError */.eb(`fix: cannot write ${path}: ${(0,errors/* describeError */.Uc)(error)}`);
                }
                for (const fix of fixed.applied)
                    io.stderr(`${path}: fixed: ${fix.description}\n`);
            }
        }
        const verb = values['dry-run'] ? 'would apply' : 'applied';
        io.stderr(`${verb} ${appliedCount} fix${appliedCount === 1 ? '' : 'es'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'}`);
        io.stderr(skippedUnsafe > 0 && !values.unsafe ? `; ${skippedUnsafe} unsafe fix${skippedUnsafe === 1 ? '' : 'es'} left (use --unsafe)\n` : '\n');
        return values['dry-run'] && changedFiles > 0 ? 1 : 0;
    },
};


/***/ })

};
