export const id = 124;
export const ids = [124];
export const modules = {

/***/ 5124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dockerfileRules: () => (/* binding */ dockerfileRules),
  pack: () => (/* binding */ pack)
});

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
;// CONCATENATED MODULE: ./src/domains/dockerfile/model.ts
/** The instructions of a Dockerfile: the parser accepts these, and the walk emits one hook per keyword. */
const INSTRUCTION_KEYWORDS = [
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
];

;// CONCATENATED MODULE: ./src/domains/dockerfile/packages.ts
/**
 * The package-manager model of a RUN: each package-manager command read into its manager, subcommand, options,
 * packages with their version pins, and what kind of step it is (install, upgrade, index refresh, cache clean-up).
 * Every rule about flags, pinning and clean-up reads this one model, so each manager's syntax is known in one place.
 */
const PACKAGE_MANAGERS = [
    'apt-get',
    'apt',
    'apk',
    'yum',
    'dnf',
    'microdnf',
    'zypper',
    'pip',
    'npm',
    'yarn',
    'pnpm',
    'gem',
    'go',
    'cargo',
];
const APT_VALUES = ['-o', '--option', '-t', '--target-release', '-c', '--config-file', '-a', '--host-architecture'];
const RPM_VALUES = [
    '-c',
    '--config',
    '-x',
    '--exclude',
    '--installroot',
    '--releasever',
    '--enablerepo',
    '--disablerepo',
    '--setopt',
    '--repo',
];
/** Options that take the next word as their value, per manager (the `--name=value` form needs no entry). */
const VALUE_OPTIONS = {
    'apt-get': new Set(APT_VALUES),
    apt: new Set(APT_VALUES),
    apk: new Set([
        '-X',
        '--repository',
        '-t',
        '--virtual',
        '-p',
        '--root',
        '--arch',
        '--cache-dir',
        '--keys-dir',
        '--repositories-file',
    ]),
    yum: new Set(RPM_VALUES),
    dnf: new Set(RPM_VALUES),
    microdnf: new Set(['--config', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '--setopt']),
    zypper: new Set(['-t', '--type', '-r', '--repo', '--from', '--root', '-R']),
    pip: new Set([
        '-r',
        '--requirement',
        '-c',
        '--constraint',
        '-e',
        '--editable',
        '-i',
        '--index-url',
        '--extra-index-url',
        '-f',
        '--find-links',
        '-t',
        '--target',
        '--prefix',
        '--root',
        '--trusted-host',
        '--platform',
        '--python-version',
        '--implementation',
        '--abi',
        '--src',
        '--cache-dir',
        '--progress-bar',
        '--log',
        '--proxy',
        '--retries',
        '--timeout',
        '--upgrade-strategy',
        '--no-binary',
        '--only-binary',
        '-C',
        '--config-settings',
        '--global-option',
        '--python',
    ]),
    npm: new Set([
        '--prefix',
        '--registry',
        '--cache',
        '-w',
        '--workspace',
        '--omit',
        '--include',
        '--tag',
        '--userconfig',
    ]),
    yarn: new Set(['--cwd', '--registry', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex']),
    pnpm: new Set(['-C', '--dir', '--filter', '-F', '--registry', '--store-dir']),
    gem: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '--platform']),
    go: new Set(['-o', '-C', '-p', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-pkgdir']),
    cargo: new Set([
        '--version',
        '--vers',
        '--git',
        '--branch',
        '--tag',
        '--rev',
        '--path',
        '--root',
        '--index',
        '--registry',
        '-j',
        '--jobs',
        '--features',
        '-F',
        '--target',
        '--target-dir',
        '--profile',
        '--bin',
        '--example',
        '--config',
        '-Z',
    ]),
};
const RPM_MANAGERS = new Set(['yum', 'dnf', 'microdnf']);
const SIMPLE_MANAGERS = new Set(PACKAGE_MANAGERS.filter((name) => name !== 'pip'));
function managerOf(command) {
    const { name, args } = command;
    if (SIMPLE_MANAGERS.has(name)) {
        // `go` and `cargo` are package managers only for their install subcommands; `go build` installs nothing.
        if ((name === 'go' || name === 'cargo') && !args.includes('install'))
            return undefined;
        return { manager: name, args, offset: 0 };
    }
    if (/^pip(?:\d+(?:\.\d+)*)?$/.test(name))
        return { manager: 'pip', args, offset: 0 };
    // `python3 -m pip install …`
    if (/^python(?:\d+(?:\.\d+)*)?$/.test(name) && args[0] === '-m' && /^pip\d*$/.test(args[1] ?? '')) {
        return { manager: 'pip', args: args.slice(2), offset: 2 };
    }
    return undefined;
}
function readPackageCommand(command) {
    const found = managerOf(command);
    if (!found)
        return undefined;
    const { manager, args, offset } = found;
    const valueOptions = VALUE_OPTIONS[manager];
    const options = [];
    const operands = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg.startsWith('-') && arg !== '-') {
            options.push(arg);
            if (valueOptions.has(arg) && i + 1 < args.length)
                options.push(args[++i]);
        }
        else {
            operands.push({ value: arg, argIndex: i + offset });
        }
    }
    // `yarn global add pm2` is `yarn add` for the global folder; `dnf module install nodejs:20` and
    // `yum group install "Development Tools"` install a module stream or a group.
    let unit;
    if (manager === 'yarn' && operands[0]?.value === 'global' && operands.length > 1)
        operands.shift();
    else if (RPM_MANAGERS.has(manager) && operands.length > 1 && /^(?:module|groups?)$/.test(operands[0].value)) {
        unit = operands.shift().value === 'module' ? 'module' : 'group';
    }
    const [first, ...rest] = operands;
    const action = first?.value ?? '';
    const partial = { manager, command, action, options };
    const packages = rest.map(({ value, argIndex }) => ({ value, argIndex, ...readPin(partial, value, unit) }));
    return { ...partial, step: stepOf(manager, action, rest[0]?.value), packages };
}
/** Every package-manager command among a RUN's commands, in order. */
function readPackageCommands(commands) {
    const reads = [];
    for (const command of commands) {
        const read = readPackageCommand(command);
        if (read)
            reads.push(read);
    }
    return reads;
}
const STEPS = {
    'apt-get': {
        install: ['install'],
        upgrade: ['upgrade', 'dist-upgrade', 'full-upgrade'],
        refresh: ['update'],
        clean: ['clean', 'autoclean'],
        remove: ['remove', 'purge', 'autoremove'],
    },
    apt: {
        install: ['install'],
        upgrade: ['upgrade', 'dist-upgrade', 'full-upgrade'],
        refresh: ['update'],
        clean: ['clean', 'autoclean'],
        remove: ['remove', 'purge', 'autoremove'],
    },
    apk: { install: ['add'], upgrade: ['upgrade'], refresh: ['update'], remove: ['del'] },
    yum: {
        install: ['install', 'groupinstall', 'localinstall', 'reinstall'],
        upgrade: ['update', 'upgrade', 'distro-sync', 'update-minimal', 'upgrade-minimal'],
        refresh: ['makecache'],
        clean: ['clean'],
        remove: ['remove', 'erase', 'autoremove'],
    },
    dnf: {
        install: ['install', 'in', 'groupinstall', 'reinstall'],
        upgrade: ['update', 'upgrade', 'up', 'distro-sync', 'dsync', 'upgrade-minimal', 'update-minimal'],
        refresh: ['makecache', 'mc'],
        clean: ['clean'],
        remove: ['remove', 'rm', 'erase', 'autoremove'],
    },
    microdnf: {
        install: ['install', 'reinstall'],
        upgrade: ['update', 'upgrade', 'distro-sync'],
        refresh: ['makecache'],
        clean: ['clean'],
        remove: ['remove', 'autoremove'],
    },
    zypper: {
        install: ['install', 'in'],
        upgrade: ['update', 'up', 'dist-upgrade', 'dup', 'patch'],
        refresh: ['refresh', 'ref'],
        clean: ['clean', 'cc'],
        remove: ['remove', 'rm'],
    },
    pip: { install: ['install'], remove: ['uninstall'] },
    npm: { install: ['install', 'i', 'add', 'ci', 'isntall', 'in'], upgrade: ['update', 'up'], remove: ['uninstall'] },
    yarn: { install: ['', 'install', 'add'], upgrade: ['upgrade', 'up'], remove: ['remove'] },
    pnpm: { install: ['install', 'i', 'add'], upgrade: ['update', 'up'], remove: ['remove', 'rm'] },
    gem: { install: ['install', 'i'], upgrade: ['update'], clean: ['cleanup'], remove: ['uninstall'] },
    go: { install: ['install'] },
    cargo: { install: ['install'] },
};
/** Subcommand → step, per manager, built once from STEPS. */
const STEP_OF = new Map(PACKAGE_MANAGERS.map((manager) => [
    manager,
    new Map(Object.entries(STEPS[manager]).flatMap(([step, actions]) => actions.map((action) => [action, step]))),
]));
function stepOf(manager, action, object) {
    // Two-word clean-ups: `apk cache clean`, `npm cache clean`, `yarn cache clean`, `pip cache purge`, `pnpm store prune`.
    if (action === 'cache' && ['clean', 'purge', 'remove', 'rm'].includes(object ?? ''))
        return 'clean';
    if (manager === 'pnpm' && action === 'store' && object === 'prune')
        return 'clean';
    // `pip install --upgrade x` installs; it is the pinning, not the step, that differs.
    return STEP_OF.get(manager).get(action) ?? 'other';
}
/** True for operands that are files, URLs or directories rather than names from a registry. */
function isLocalOrUrl(spec) {
    return (/^(?:\.|\/|~|\$|[a-z+]+:\/\/|git\+|git@|file:)/i.test(spec) ||
        /\.(?:deb|rpm|apk|whl|tar\.gz|tgz|zip|gem|crate)$/i.test(spec));
}
const split = (spec, at, skip) => ({
    name: spec.slice(0, at),
    version: spec.slice(at + skip),
});
/** The name, version and kind of pin of one operand, by its manager's syntax. */
function readPin(command, spec, unit) {
    if (isLocalOrUrl(spec))
        return { name: spec, version: undefined, pin: 'local' };
    // A group has no version; a module is pinned by its stream (`nodejs:20`).
    if (unit === 'group')
        return { name: spec, version: undefined, pin: 'local' };
    if (unit === 'module') {
        const colon = spec.indexOf(':');
        return colon > 0 ? { ...split(spec, colon, 1), pin: 'exact' } : { name: spec, version: undefined, pin: 'none' };
    }
    const none = { name: spec, version: undefined, pin: 'none' };
    switch (command.manager) {
        case 'apt-get':
        case 'apt': {
            // `curl=8.5.0-1` is exact; `curl/bookworm-backports` only picks a release.
            const eq = spec.indexOf('=');
            return eq > 0 ? { ...split(spec, eq, 1), pin: 'exact' } : none;
        }
        case 'apk': {
            const at = spec.search(/[=~<>]/);
            if (at <= 0)
                return none;
            const exact = spec[at] === '=' && !/[<>~]/.test(spec.slice(at + 1, at + 2));
            return {
                name: spec.slice(0, at),
                version: spec.slice(at).replace(/^[=~<>]+/, ''),
                pin: exact ? 'exact' : 'range',
            };
        }
        case 'pip': {
            const at = spec.search(/===?|~=|>=|<=|!=|[<>]|@/);
            if (at <= 0)
                return none;
            const operator = /^(?:===?|~=|>=|<=|!=|[<>]|@)/.exec(spec.slice(at))[0];
            const exact = operator === '==' || operator === '===' || operator === '@';
            return { ...split(spec, at, operator.length), pin: exact && !/[*,]/.test(spec) ? 'exact' : 'range' };
        }
        case 'npm':
        case 'yarn':
        case 'pnpm': {
            // `@scope/name@1.2.3` or `name@1.2.3`; a bare `@scope/name` is not pinned.
            const at = spec.indexOf('@', 1);
            if (at <= 0)
                return none;
            const version = spec.slice(at + 1);
            if (version === '' || version === 'latest' || version === 'next')
                return { ...split(spec, at, 1), pin: 'none' };
            return { ...split(spec, at, 1), pin: /^v?\d+\.\d+\.\d+(?:[-+][\w.]+)?$/.test(version) ? 'exact' : 'range' };
        }
        case 'gem': {
            const colon = spec.indexOf(':');
            if (colon > 0)
                return { ...split(spec, colon, 1), pin: 'exact' };
            const version = optionValue(command.options, ['-v', '--version']);
            if (version === undefined)
                return none;
            return { name: spec, version, pin: /^[\d.]+$/.test(version) ? 'exact' : 'range' };
        }
        case 'go': {
            const at = spec.lastIndexOf('@');
            if (at <= 0)
                return none;
            const version = spec.slice(at + 1);
            return { ...split(spec, at, 1), pin: version === 'latest' || version === '' ? 'none' : 'exact' };
        }
        case 'cargo': {
            const at = spec.indexOf('@');
            if (at > 0)
                return { ...split(spec, at, 1), pin: /^=?\d/.test(spec.slice(at + 1)) ? 'exact' : 'range' };
            const version = optionValue(command.options, ['--version', '--vers']);
            if (version !== undefined)
                return { name: spec, version, pin: /^=?\d[\d.]*$/.test(version) ? 'exact' : 'range' };
            if (optionValue(command.options, ['--rev', '--tag']) !== undefined)
                return { name: spec, version: undefined, pin: 'exact' };
            return none;
        }
        case 'yum':
        case 'dnf':
        case 'microdnf': {
            // `name-1.2.3`, `name-1.2.3-4.el9`: a dash followed by a digit; `@group` names a group, not a package.
            if (spec.startsWith('@'))
                return { name: spec, version: undefined, pin: 'local' };
            const at = spec.search(/-\d/);
            return at > 0 ? { ...split(spec, at, 1), pin: 'exact' } : none;
        }
        case 'zypper': {
            const at = spec.search(/[=<>]/);
            if (at > 0) {
                const operator = /^[<>]?=?/.exec(spec.slice(at))[0] || spec[at];
                return { ...split(spec, at, operator.length), pin: operator === '=' ? 'exact' : 'range' };
            }
            const dash = spec.search(/-\d/);
            return dash > 0 ? { ...split(spec, dash, 1), pin: 'exact' } : none;
        }
    }
}
/** The value of the first of `names` among the options (`-v 1.2`, `--version=1.2`). */
function optionValue(options, names) {
    for (let i = 0; i < options.length; i++) {
        const option = options[i];
        for (const name of names) {
            if (option === name && i + 1 < options.length)
                return options[i + 1];
            if (option.startsWith(`${name}=`))
                return option.slice(name.length + 1);
        }
    }
    return undefined;
}
function isInstall(command) {
    return command.step === 'install';
}
/** True when the options contain `--long`, `--long=…`, or the short letter (alone or bundled, `-qy`). */
function hasOption(command, long, short) {
    return command.options.some((option) => (long !== undefined && (option === `--${long}` || option.startsWith(`--${long}=`))) ||
        (short !== undefined && /^-[A-Za-z]+$/.test(option) && option.slice(1).includes(short)));
}
/** The `argIndex` of the action word, for locating it. */
function actionArgIndex(command) {
    if (command.action === '')
        return -1;
    return command.command.args.indexOf(command.action);
}
/** apt and apt-get share a cache and an index; so do yum, dnf and microdnf. */
function managerFamily(manager) {
    if (manager === 'apt')
        return 'apt-get';
    if (manager === 'yum' || manager === 'microdnf')
        return 'dnf';
    return manager;
}

;// CONCATENATED MODULE: ./src/domains/dockerfile/shell.ts
const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command', 'nice', 'su-exec', 'gosu']);
function splitShell(script) {
    const split = new CommandSplitter();
    for (let i = 0; i < script.length; i++) {
        const ch = script[i];
        if (ch === '\\') {
            const next = script[i + 1];
            if (next === '\n') {
                i++;
                continue;
            }
            if (next !== undefined) {
                split.word += next;
                split.inWord = true;
                i++;
            }
            continue;
        }
        if (ch === "'") {
            const close = script.indexOf("'", i + 1);
            const end = close === -1 ? script.length : close;
            split.word += script.slice(i + 1, end);
            split.inWord = true;
            i = end;
            continue;
        }
        if (ch === '"') {
            let j = i + 1;
            while (j < script.length && script[j] !== '"') {
                if (script[j] === '\\' && j + 1 < script.length) {
                    split.word += script[j + 1];
                    j += 2;
                    continue;
                }
                split.word += script[j];
                j++;
            }
            split.inWord = true;
            i = j;
            continue;
        }
        if (ch === '#' && !split.inWord) {
            const newline = script.indexOf('\n', i);
            i = newline === -1 ? script.length : newline - 1;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r') {
            split.endWord();
            continue;
        }
        if (ch === '\n') {
            split.endCommand('\n');
            continue;
        }
        if (ch === '&' || ch === '|' || ch === ';') {
            const pair = script.slice(i, i + 2);
            if (pair === '&&' || pair === '||' || pair === ';;') {
                split.endCommand(pair);
                i++;
            }
            else if (ch === '&' && script[i + 1] === '>') {
                split.word += ch;
                split.inWord = true;
            }
            else if (ch === '&' && i > 0 && script[i - 1] === '>') {
                split.word += ch;
                split.inWord = true;
            }
            else {
                split.endCommand(ch);
            }
            continue;
        }
        if (ch === '(' || ch === ')' || ch === '{' || ch === '}') {
            if (!split.inWord && (ch === '(' || ch === ')')) {
                split.endCommand(undefined);
                continue;
            }
        }
        split.word += ch;
        split.inWord = true;
    }
    split.endCommand(undefined);
    return split.commands;
}
/** The state of splitShell's scan: the commands so far, and the words and the word being read. */
class CommandSplitter {
    commands = [];
    words = [];
    word = '';
    inWord = false;
    endWord() {
        if (this.inWord)
            this.words.push(this.word);
        this.word = '';
        this.inWord = false;
    }
    endCommand(operator) {
        this.endWord();
        const { commands } = this;
        if (this.words.length > 0)
            commands.push(toCommand(this.words, operator));
        else if (operator && commands.length > 0 && commands[commands.length - 1].next === undefined) {
            commands[commands.length - 1].next = operator;
        }
        this.words = [];
    }
}
/** One command from its words, e.g. the exec form `["apt-get", "install", "-y", "curl"]`. */
function commandFromWords(words) {
    return toCommand(words, undefined);
}
function toCommand(words, next) {
    let index = 0;
    const wrappers = [];
    for (;;) {
        while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index]))
            index++;
        const candidate = baseName(words[index] ?? '');
        if (!WRAPPERS.has(candidate))
            break;
        wrappers.push(candidate);
        index++;
        // Skip the wrapper's own options (`sudo -u app`, `env -i`).
        while (index < words.length && words[index].startsWith('-')) {
            const option = words[index];
            index++;
            if ((candidate === 'sudo' && /^-[ugCDhprtT]$/.test(option)) || (candidate === 'nice' && option === '-n'))
                index++;
        }
    }
    return { name: baseName(words[index] ?? ''), args: words.slice(index + 1), words, next, wrappers };
}
function baseName(program) {
    const slash = program.lastIndexOf('/');
    return slash === -1 ? program : program.slice(slash + 1);
}
/** True when `args` contains the flag, as a long option, a short option, or inside a bundle of short options. */
function hasFlag(args, long, short) {
    return args.some((arg) => (long !== undefined && (arg === `--${long}` || arg.startsWith(`--${long}=`))) ||
        (short !== undefined && /^-[A-Za-z]+$/.test(arg) && arg.slice(1).includes(short)));
}
/** POSIX-family shells whose `-c` argument is a script. */
const POSIX_SHELLS = /^(?:.*\/)?(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;
/**
 * Nested `sh -c '…'` scripts are read this deep and no deeper: enough for any real Dockerfile, and a bound on the
 * work a hostile chain of quoted shells can cause (each level re-reads the script of the one above).
 */
const MAX_SCRIPT_DEPTH = 8;
/**
 * The commands of a script, with the commands of every `sh -c '…'` / `bash -ec "…"` among them added right after the
 * shell command that runs them, so `RUN sh -c 'apt-get install curl'` is read like `RUN apt-get install curl`.
 */
function splitScript(script) {
    return withInnerScripts(splitShell(script), 0);
}
/** Adds the commands of the `-c` scripts among `commands` (see splitScript). */
function withInnerScripts(commands, depth) {
    if (depth >= MAX_SCRIPT_DEPTH || !commands.some(runsScript))
        return commands;
    const out = [];
    for (const command of commands) {
        out.push(command);
        const script = runsScript(command) ? innerScript(command) : undefined;
        if (script)
            out.push(...withInnerScripts(splitShell(script), depth + 1));
    }
    return out;
}
function runsScript(command) {
    return POSIX_SHELLS.test(command.name) && command.args.some((arg) => /^-[a-z]*c[a-z]*$/.test(arg));
}
/** The script argument of `sh -c 'script'` (options may be bundled: `-ec`, `-xc`). */
function innerScript(command) {
    const at = command.args.findIndex((arg) => /^-[a-z]*c[a-z]*$/.test(arg));
    for (let i = at + 1; i < command.args.length; i++) {
        const arg = command.args[i];
        if (arg.startsWith('-') || arg.startsWith('+'))
            continue;
        return arg;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/domains/dockerfile/parse.ts




/** The instructions the parser accepts; any other keyword is a syntax problem. */
const KEYWORDS = new Set(INSTRUCTION_KEYWORDS);
function isInstructionKeyword(keyword) {
    return KEYWORDS.has(keyword);
}
const REAL_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const JSON_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
/**
 * dockerfile-ast recomputes an instruction's arguments (a character scan of its text) on every call, and its own
 * methods call each other: reading flags, ranges, raw content, the build stage and heredocs of one instruction
 * scanned its text half a dozen times. A parsed document never changes, so the scan is done once per instruction;
 * callers get a fresh copy of the array (the library itself shifts flags off the one it is given).
 * `ModifiableInstruction.getArguments` is left alone: `getFlags` calls it while the flags are still being collected,
 * so its first answer is not its final one.
 */
/**
 * The `dockerfile-ast` release whose internals the shortcuts below rely on (Instruction.prototype methods).
 * package.json pins exactly this version and test/domains/library-pins.test.ts fails when the installed one differs.
 */
const VERIFIED_DOCKERFILE_AST_VERSION = '0.7.1';
function memoiseArrays(prototype, names) {
    const methods = prototype;
    for (const name of names) {
        const original = methods[name];
        if (typeof original !== 'function' || original.memoised)
            continue;
        const key = Symbol(name);
        const memoised = function () {
            let value = this[key];
            if (value === undefined) {
                value = original.call(this);
                this[key] = value;
            }
            return value.slice();
        };
        memoised.memoised = true;
        methods[name] = memoised;
    }
}
memoiseArrays(main.Instruction.prototype, ['getRawArguments']);
/** dockerfile-ast positions are 0-based; everything past this module is 1-based. */
function toSpan(range) {
    return {
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
    };
}
function parseDockerfile(file) {
    const dockerfile = main.DockerfileParser.parse(file.text);
    const escapeChar = dockerfile.getEscapeCharacter();
    const comments = dockerfile.getComments().map((comment) => {
        const line = comment.getRange().start.line + 1;
        return { line, text: comment.getContent().trim(), trailing: false };
    });
    const directives = new Map();
    for (const directive of dockerfile.getDirectives()) {
        const name = directive.getName().toLowerCase();
        if (REAL_DIRECTIVES.has(name)) {
            directives.set(name, directive.getValue());
        }
        else {
            // `# hadolint ignore=DL3007` on the first line looks like a directive to the parser; it is a comment.
            const line = directive.getRange().start.line + 1;
            comments.push({ line, text: file.lineText(line).replace(/^\s*#/, '').trim(), trailing: false });
        }
    }
    const problems = [];
    const nodes = dockerfile.getInstructions();
    const counters = new Map();
    const instructions = [];
    const stages = [];
    const globalArgs = new Map();
    const stageIndex = new StageIndex(stages);
    let stage;
    for (const [index, node] of nodes.entries()) {
        const keyword = node.getKeyword().toUpperCase();
        const span = toSpan(node.getRange());
        if (!isInstructionKeyword(keyword)) {
            problems.push({
                message: `unknown instruction "${node.getInstruction()}"`,
                at: { span, path: `instr[${index}]` },
            });
            continue;
        }
        const scope = stage ? `stage[${stage.name ?? stage.index}]` : 'global';
        const counterKey = `${scope}/${keyword}`;
        const ordinal = counters.get(counterKey) ?? 0;
        counters.set(counterKey, ordinal + 1);
        const instruction = buildInstruction(node, keyword, index, escapeChar, {
            span,
            path: keyword === 'FROM' ? `stage[${stages.length}]/FROM` : `${scope}/${keyword}[${ordinal}]`,
        }, problems);
        if (keyword === 'FROM') {
            const nameArg = node.getBuildStage();
            stage = {
                index: stages.length,
                name: nameArg ? nameArg.toLowerCase() : undefined,
                from: instruction,
                image: resolveImage(node, globalArgs),
                instructions: [],
                isFinal: false,
                dependsOn: new Set(),
                span,
                path: `stage[${stages.length}]`,
            };
            const base = stage.image.stage === undefined ? stageIndex.find(stage.image.resolved.toLowerCase()) : undefined;
            if (base && !stage.image.unresolved && !stage.image.tag && !stage.image.digest) {
                stage.image.stage = base;
                stage.dependsOn.add(base);
            }
            stageIndex.add(stage);
        }
        else if (!stage) {
            if (keyword === 'ARG') {
                for (const [name, value] of argPairs(instruction.args))
                    globalArgs.set(name, value);
            }
            else {
                problems.push({ message: `${keyword} before the first FROM (only ARG may come first)`, at: instruction });
            }
        }
        instruction.stage = stage;
        stage?.instructions.push(instruction);
        instructions.push(instruction);
        if (keyword === 'ONBUILD') {
            const trigger = buildTrigger(node, instruction, escapeChar, problems);
            if (trigger) {
                trigger.stage = stage;
                instruction.trigger = trigger;
            }
        }
    }
    if (stages.length === 0 && instructions.length > 0 && problems.length === 0) {
        problems.push({ message: 'no FROM instruction', at: { span: file.lineSpan(1), path: 'file' } });
    }
    const dangling = danglingContinuation(instructions, escapeChar);
    if (dangling)
        problems.push(dangling);
    const lastStage = stages[stages.length - 1];
    if (lastStage)
        lastStage.isFinal = true;
    dropNonPosixCommands(stages);
    for (const each of stages) {
        for (const instruction of each.instructions) {
            const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
            if (from && (instruction.keyword === 'COPY' || instruction.keyword === 'ADD')) {
                const source = stageIndex.find(from.toLowerCase(), each);
                if (source)
                    each.dependsOn.add(source);
            }
        }
    }
    const model = {
        file,
        instructions,
        stages,
        globalArgs,
        escapeChar,
        directives,
        span: toSpan,
        findStage: (ref, before) => stageIndex.find(ref.toLowerCase(), before),
    };
    // Every problem above leaves a usable model (a stray keyword is skipped, an instruction before FROM has no stage):
    // the engine reports them and still runs the rules, as the builder's own checks do not stop at the first one.
    return problems.length > 0 ? { ok: true, model, comments, problems } : { ok: true, model, comments };
}
const NON_POSIX_SHELLS = /^(?:.*[\\/])?(?:powershell|pwsh|cmd)(?:\.exe)?$/i;
/**
 * Shell-form RUNs under `SHELL ["powershell", …]` or `["cmd", "/S", "/C"]` (inherited through FROM) are not POSIX
 * shell: they get no `commands`, rather than a wrong reading of them.
 */
function dropNonPosixCommands(stages) {
    const shellAtEnd = new Map();
    for (const stage of stages) {
        let shell = stage.image.stage ? shellAtEnd.get(stage.image.stage) : undefined;
        for (const instruction of stage.instructions) {
            if (instruction.keyword === 'SHELL' && instruction.json)
                shell = instruction.json[0];
            const run = instruction.trigger ?? instruction;
            if (run.keyword === 'RUN' && !run.json && shell !== undefined && NON_POSIX_SHELLS.test(shell)) {
                run.commands = [];
                run.packages = [];
            }
        }
        shellAtEnd.set(stage, shell);
    }
}
/**
 * Stages by number and by (first) name. A lookup per FROM and per `COPY --from` must not scan the stages before it:
 * a file of thousands of stages would cost the square of their number.
 */
class StageIndex {
    stages;
    byName = new Map();
    constructor(stages) {
        this.stages = stages;
    }
    add(stage) {
        this.stages.push(stage);
        if (stage.name !== undefined && !this.byName.has(stage.name))
            this.byName.set(stage.name, stage);
    }
    /** The stage numbered or named `ref` (lower-cased), only among those defined before `before` when given. */
    find(ref, before) {
        const found = /^\d+$/.test(ref) ? this.stages[Number(ref)] : this.byName.get(ref);
        return found && (before === undefined || found.index < before.index) ? found : undefined;
    }
}
/** Instructions an ONBUILD cannot hold: the builder refuses them when the trigger runs. */
const NOT_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
/**
 * The instruction an `ONBUILD` holds, read as an instruction of its own (spans on the ONBUILD line), so every rule
 * checks `ONBUILD RUN apt-get install foo` as it checks `RUN apt-get install foo`. Undefined for a trigger the
 * builder refuses (docker/onbuild-trigger reports those) or an unknown keyword.
 */
function buildTrigger(node, onbuild, escapeChar, problems) {
    const triggerNode = node.getTriggerInstruction?.();
    if (!triggerNode)
        return undefined;
    const keyword = triggerNode.getKeyword().toUpperCase();
    if (!isInstructionKeyword(keyword) || NOT_TRIGGERS.has(keyword))
        return undefined;
    const path = `${onbuild.path}/${keyword}`;
    const trigger = buildInstruction(triggerNode, keyword, onbuild.index, escapeChar, { span: toSpan(triggerNode.getRange()), path }, problems);
    trigger.onbuild = onbuild;
    return trigger;
}
/** BuildKit refuses a here-document whose closing line never comes ("unterminated heredoc"). */
function unterminatedHeredoc(heredoc, path) {
    const name = heredoc.getName();
    return {
        message: `here-document <<${name} is never closed: no line "${name}" follows before the end of the file`,
        at: { span: toSpan(heredoc.getStartRange()), path },
    };
}
/**
 * An escape character at the end of the last instruction continues it into nothing: whatever was meant to follow is
 * missing, and the builder runs the instruction cut short.
 */
function danglingContinuation(instructions, escapeChar) {
    const last = instructions[instructions.length - 1];
    if (!last || last.heredocs.length > 0)
        return undefined;
    const lines = last.node.getTextContent().split('\n');
    // Comment and blank lines inside a continuation are dropped by the builder: the escape may sit before them.
    let at = lines.length - 1;
    while (at > 0 && /^\s*(?:#.*)?$/.test(lines[at].replace(/\r$/, '')))
        at--;
    const text = lines[at].replace(/\r$/, '');
    if (!continuationPattern(escapeChar).test(text))
        return undefined;
    const line = last.node.getRange().start.line + at + 1;
    const column = text.trimEnd().length;
    return {
        message: `the last instruction ends with the line continuation "${escapeChar}": the line it continues into is missing`,
        at: { span: { line, column, endLine: line, endColumn: column + 1 }, path: last.path },
    };
}
function heredocNodes(node) {
    return node.getHeredocs?.() ?? [];
}
function buildInstruction(node, keyword, index, escapeChar, at, problems) {
    const withFlags = node;
    const flags = (withFlags.getFlags?.() ?? []).map((flag) => ({
        name: flag.getName(),
        value: flag.getValue(),
        span: toSpan(flag.getRange()),
    }));
    // What getRawArgumentsContent() returns, from arguments already read.
    const nodeArgs = node.getArguments();
    const firstArg = nodeArgs[0];
    const lastArg = nodeArgs[nodeArgs.length - 1];
    const argsRange = firstArg && lastArg ? { start: firstArg.getRange().start, end: lastArg.getRange().end } : undefined;
    const raw = argsRange ? (rangeContent(node, argsRange) ?? '') : '';
    const args = stripFlags(joinContinuations(raw, escapeChar), flags.length);
    // getArgumentsRanges() answers with that very range when the arguments sit on one line; only continued lines
    // need its scan.
    const argsSpan = argsRange && argsRange.start.line === argsRange.end.line ? toSpan(argsRange) : spanOfArgumentRanges(node);
    let json;
    if (JSON_FORM.has(keyword) && args.trimStart().startsWith('[')) {
        try {
            const parsed = JSON.parse(args);
            if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string'))
                json = parsed;
        }
        catch {
            json = undefined;
        }
    }
    // A heredoc starts with an argument `<<NAME`: without one, the library's scan of the instruction finds none.
    const mayHaveHeredocs = nodeArgs.some((arg) => arg.getValue().startsWith('<<'));
    const heredocs = (mayHaveHeredocs ? heredocNodes(node) : []).map((heredoc) => {
        const range = heredoc.getContentRange();
        const content = range ? textOfRange(node, range) : '';
        if (heredoc.getDelimiterRange() === null)
            problems.push(unterminatedHeredoc(heredoc, at.path));
        return { name: heredoc.getName(), content };
    });
    let commands = [];
    if (keyword === 'RUN' && !json) {
        commands = splitScript(heredocs.length > 0 ? heredocScript(args, heredocs) : args);
    }
    else if (keyword === 'RUN' && json && json.length > 0) {
        commands = execFormCommands(json);
    }
    const packages = commands.length > 0 ? readPackageCommands(commands) : [];
    return { keyword, index, stage: undefined, args, argsSpan, flags, json, heredocs, commands, packages, node, ...at };
}
/**
 * The shell script a heredoc RUN runs. `RUN <<EOF` (or `RUN bash <<EOF`) runs the body, unless a shebang names another
 * interpreter; in `RUN cat <<EOF > /etc/app.conf` the body is data and only the first line is shell.
 */
function heredocScript(args, heredocs) {
    const head = (args.split('\n')[0] ?? '').replace(/<<-?\s*(["']?)[A-Za-z_][\w.-]*\1/g, '').trim();
    const [program = '', ...options] = head.split(/\s+/).filter(Boolean);
    if (head !== '' && !(POSIX_SHELLS.test(program) && options.every((option) => option.startsWith('-'))))
        return head;
    const body = heredocs.map((heredoc) => heredoc.content).join('\n');
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
    const interpreter = shebang && (shebang[1].endsWith('/env') ? (shebang[2] ?? '') : shebang[1]);
    return interpreter && !POSIX_SHELLS.test(interpreter) ? '' : body;
}
/** `["/bin/sh", "-c", "a && b"]` runs a script; any other exec form runs one program. */
function execFormCommands(json) {
    const scriptAt = json.indexOf('-c');
    if (POSIX_SHELLS.test(json[0]) && scriptAt > 0 && json[scriptAt + 1] !== undefined)
        return splitScript(json[scriptAt + 1]);
    return [commandFromWords(json)];
}
function spanOfArgumentRanges(node) {
    const ranges = node.getArgumentsRanges();
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    return first && last ? toSpan({ start: first.start, end: last.end }) : toSpan(node.getInstructionRange());
}
function rangeContent(node, range) {
    return node.getRangeContent(range);
}
/** The text a range covers, read back from the instruction's own text. */
function textOfRange(node, range) {
    const start = node.getRange().start;
    const lines = node.getTextContent().split('\n');
    const out = [];
    for (let line = range.start.line; line <= range.end.line; line++) {
        const text = (lines[line - start.line] ?? '').replace(/\r$/, '');
        const from = line === range.start.line ? range.start.character - (line === start.line ? start.character : 0) : 0;
        const to = line === range.end.line ? range.end.character - (line === start.line ? start.character : 0) : text.length;
        out.push(text.slice(Math.max(0, from), Math.max(0, to)));
    }
    return out.join('\n');
}
/** Joins escaped line continuations and drops comment lines inside them, as the builder does. */
function joinContinuations(raw, escapeChar) {
    // One line: nothing to join and no comment line to drop.
    if (!raw.includes('\n'))
        return raw.trim();
    const lines = raw.split(/\r?\n/);
    const out = [];
    for (const [i, line] of lines.entries()) {
        if (i > 0 && /^\s*#/.test(line))
            continue;
        out.push(line);
    }
    const continuation = continuationPattern(escapeChar);
    let joined = '';
    for (const [i, line] of out.entries()) {
        if (continuation.test(line) && i < out.length - 1)
            joined += line.replace(continuation, ' ');
        else
            joined += line + (i < out.length - 1 ? '\n' : '');
    }
    return joined.trim();
}
const CONTINUATIONS = new Map();
/** `\\[ \t]*$` for the escape character in use (compiled once per character, not per instruction). */
function continuationPattern(escapeChar) {
    let pattern = CONTINUATIONS.get(escapeChar);
    if (!pattern) {
        pattern = new RegExp(`${escapeRegExp(escapeChar)}[ \\t]*$`);
        CONTINUATIONS.set(escapeChar, pattern);
    }
    return pattern;
}
function stripFlags(args, count) {
    let rest = args;
    for (let i = 0; i < count; i++)
        rest = rest.replace(/^\s*--\S+/, '');
    return rest.trim();
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** `A=1 B="two words" C` → [[A, 1], [B, two words], [C, undefined]]. */
function argPairs(args) {
    const pairs = [];
    const pattern = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
    for (const match of args.matchAll(pattern)) {
        const value = match[2];
        pairs.push([match[1], value === undefined ? undefined : unquote(value)]);
    }
    return pairs;
}
function unquote(value) {
    if (value.length >= 2 &&
        ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) {
        return value.slice(1, -1);
    }
    return value;
}
function resolveImage(node, globalArgs) {
    const raw = node.getArguments()[0]?.getValue() ?? '';
    let unresolved = false;
    const resolved = raw.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?\}?/g, (whole, name, fallback) => {
        const value = globalArgs.get(name);
        if (value !== undefined && value !== '')
            return value;
        if (fallback !== undefined && whole.includes(':-'))
            return fallback;
        unresolved = true;
        return whole;
    });
    return { raw, resolved, unresolved, ...splitImage(resolved), stage: undefined };
}
/** Splits `registry/repo:tag@digest` following the distribution reference grammar. */
function splitImage(reference) {
    let rest = reference;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let registry;
    const slash = rest.indexOf('/');
    if (slash !== -1) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            rest = rest.slice(slash + 1);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { registry, repository: rest, tag, digest, isScratch: rest.toLowerCase() === 'scratch' && !registry };
}

;// CONCATENATED MODULE: ./src/domains/dockerfile/index.ts


/**
 * Hooks (DockerfileHooks): `file` (the model), `stage`, `instruction`, one per keyword (`RUN`, `FROM`, …), then
 * `exit`. Instructions of a stage are walked right after the stage; an ONBUILD's trigger (`trigger`, whose `onbuild` is
 * set) right after the ONBUILD.
 */
const dockerfileDomain = {
    id: 'dockerfile',
    parse: parseDockerfile,
    walk(model, emit) {
        emit('file', model);
        for (const instruction of model.instructions) {
            if (instruction.keyword === 'FROM' && instruction.stage)
                emit('stage', instruction.stage);
            emit('instruction', instruction);
            emit(instruction.keyword, instruction);
            const { trigger } = instruction;
            if (trigger) {
                emit('instruction', trigger);
                emit(trigger.keyword, trigger);
            }
        }
        emit('exit', model);
    },
};


// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/rules/dockerfile/absolute-workdir.ts


/* harmony default export */ const absolute_workdir = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/absolute-workdir',
        domain: 'dockerfile',
        description: '`WORKDIR` should be an absolute path.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            relative: '`WORKDIR {{dir}}` is relative to whatever the previous WORKDIR was: write the absolute path.',
        },
        equivalents: { hadolint: ['DL3000'], checkov: ['CKV_DOCKER_10'], trivy: ['DS009'] },
    },
    create(context) {
        return {
            WORKDIR(instruction) {
                const dir = unquote(instruction.args.trim());
                // Variables may hold an absolute path; `C:\app` and `C:/app` are absolute on Windows images.
                if (dir === '' || /^(?:\/|\$|[A-Za-z]:[\\/])/.test(dir) || dir.startsWith('\\'))
                    return;
                context.report({
                    at: { span: instruction.argsSpan, path: instruction.path },
                    messageId: 'relative',
                    data: { dir },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/fixes.ts
/** Text edits for `shipshape fix`, built from the spans findings already point at. */
function offsets(file, at) {
    const { line, column, endLine, endColumn } = at.span;
    return { start: file.offset(line, column), end: file.offset(endLine, endColumn) };
}
function insertAfter(file, at, text, description, safe = true) {
    const { end } = offsets(file, at);
    return { description, safe, edits: [{ start: end, end, text }] };
}
function replaceWith(file, at, text, description, safe = true) {
    const { start, end } = offsets(file, at);
    return { description, safe, edits: [{ start, end, text }] };
}
/** Removes a span and the blanks after it (a flag and its separating space). */
function removeWithSpace(file, at, description, safe = true) {
    const { start, end } = offsets(file, at);
    let stop = end;
    while (file.text[stop] === ' ' || file.text[stop] === '\t')
        stop++;
    return { description, safe, edits: [{ start, end: stop, text: '' }] };
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/derived.ts
function derivedSlot(description) {
    const slot = Symbol(description);
    return {
        get: (key) => key[slot],
        // Not enumerable: a model compared or printed in a test looks the same with or without its derived values.
        set: (key, value) => {
            Object.defineProperty(key, slot, { value, configurable: true, writable: true, enumerable: false });
            return value;
        },
    };
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/locate.ts

/**
 * Finds where words of an instruction sit in the file, so findings point at the flag or argument rather than the
 * whole instruction. The model joins continuations and unquotes words, so positions are recovered by searching the
 * instruction's own text in order; anything not found falls back to the arguments' span.
 */
class InstructionText {
    model;
    instruction;
    start;
    end;
    text;
    argsStart;
    commandOffsets;
    constructor(model, instruction) {
        this.model = model;
        this.instruction = instruction;
        const { file } = model;
        this.start = file.offset(instruction.span.line, instruction.span.column);
        this.end = file.offset(instruction.span.endLine, instruction.span.endColumn);
        this.text = file.text.slice(this.start, this.end);
        this.argsStart = file.offset(instruction.argsSpan.line, instruction.argsSpan.column);
    }
    /** Offset of `word` as a whole shell word at or after `from` (file offset), or -1. */
    findWord(word, from = this.argsStart) {
        if (word === '')
            return -1;
        let at = this.text.indexOf(word, Math.max(0, from - this.start));
        while (at !== -1) {
            const before = this.text[at - 1];
            const after = this.text[at + word.length];
            if ((before === undefined || /[\s"'=;&|(`]/.test(before)) &&
                (after === undefined || /[\s"',;&|)\]`=]/.test(after))) {
                return this.start + at;
            }
            at = this.text.indexOf(word, at + 1);
        }
        return -1;
    }
    /** Offset of the first match of a pattern (file offset), or -1. */
    findPattern(pattern, from = this.argsStart) {
        const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
        const search = new RegExp(pattern.source, flags);
        search.lastIndex = Math.max(0, from - this.start);
        const match = search.exec(this.text);
        return match ? { offset: this.start + match.index, length: match[0].length } : undefined;
    }
    /** A locatable for `length` characters at a file offset; the arguments when the offset is unknown. */
    at(offset, length) {
        if (offset < 0)
            return { span: this.instruction.argsSpan, path: this.instruction.path };
        return { span: this.model.file.spanOf(offset, offset + length), path: this.instruction.path };
    }
    /** Where a word is, searched from `from`. */
    word(word, from) {
        return this.at(this.findWord(word, from), word.length);
    }
    /** File offsets of every word of every command of a RUN, found in order (-1 when not found). */
    wordOffsets(command) {
        if (!this.commandOffsets) {
            this.commandOffsets = new Map();
            let cursor = this.argsStart;
            for (const each of this.instruction.commands) {
                const offsets = each.words.map((word) => {
                    const at = this.findWord(word, cursor);
                    // A quoted word with spaces may be an `sh -c` script whose commands come next: they are searched inside it.
                    if (at !== -1)
                        cursor = at + (/\s/.test(word) ? 0 : word.length);
                    return at;
                });
                this.commandOffsets.set(each, offsets);
            }
        }
        return this.commandOffsets.get(command) ?? command.words.map(() => -1);
    }
    /** The program name of a command. */
    command(command) {
        const index = command.words.length - command.args.length - 1;
        const offsets = this.wordOffsets(command);
        return this.at(offsets[index] ?? -1, command.words[index]?.length ?? 0);
    }
    /** The `argIndex`-th argument of a command (the program when out of range). */
    arg(command, argIndex) {
        if (argIndex < 0 || argIndex >= command.args.length)
            return this.command(command);
        const index = command.words.length - command.args.length + argIndex;
        return this.at(this.wordOffsets(command)[index] ?? -1, command.words[index].length);
    }
    /** The first argument matching a test, else the program name. */
    argWhere(command, test) {
        return this.arg(command, command.args.findIndex(test));
    }
}
const texts = derivedSlot('instruction text');
function textOf(model, instruction) {
    return texts.get(instruction) ?? texts.set(instruction, new InstructionText(model, instruction));
}
/** The span of a flag (`--from=build`) of an instruction. */
function flagAt(instruction, name) {
    const flag = instruction.flags.find((each) => each.name === name);
    return flag ? { span: flag.span, path: instruction.path } : undefined;
}
/** The span of an instruction's keyword (`ADD`, `MAINTAINER`, …). */
function keywordAt(instruction) {
    const { line, column } = instruction.span;
    return {
        span: { line, column, endLine: line, endColumn: column + instruction.keyword.length },
        path: instruction.path,
    };
}
/** Matches a reference to a variable as written: `$NAME`, `${NAME}` or `${NAME:-default}`. */
function variableReference(name) {
    return new RegExp(`\\$(?:\\{${name}(?:[:][^}]*)?\\}|${name}\\b)`);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/stages.ts

/*
 * Everything a stage inherits through `FROM <earlier stage>` is worked out once per stage, from what its base stage
 * ends with and its own instructions, and kept on the stage. Asking it for each instruction is then constant time:
 * scanning the chain's instructions per instruction, as a rule naturally would, costs the square of their number
 * (20,000 RUN lines took a minute).
 */
/** The stage and the earlier stages it builds `FROM`, nearest first: everything whose layers it contains. */
function baseChain(stage) {
    const chain = [];
    const seen = new Set();
    for (let each = stage; each && !seen.has(each); each = each.image.stage) {
        seen.add(each);
        chain.push(each);
    }
    return chain;
}
/**
 * A value per stage that follows from the base stage's value and the stage's own instructions. Stages only build on
 * earlier stages, so the chain is walked up to the nearest stage already known and filled in from there, without
 * recursion (a chain can be thousands of stages long).
 */
function perStage(description, compute) {
    const slot = derivedSlot(description);
    return (stage) => {
        const known = slot.get(stage);
        if (known)
            return known.value;
        const pending = [];
        const seen = new Set();
        let base;
        for (let each = stage; each && !seen.has(each); each = each.image.stage) {
            base = slot.get(each);
            if (base)
                break;
            seen.add(each);
            pending.push(each);
        }
        for (let i = pending.length - 1; i >= 0; i--)
            base = slot.set(pending[i], { value: compute(pending[i], base?.value) });
        return base.value;
    };
}
/** The first stage of the chain: the image the build starts from. */
const rootStage = perStage('root stage', (stage, base) => base ?? stage);
/** Position of an instruction among its stage's instructions. */
function positionInStage(target) {
    // An ONBUILD trigger sits where its ONBUILD is written.
    const instruction = target.onbuild ?? target;
    const stage = instruction.stage;
    if (!stage)
        return -1;
    const at = instruction.index - stage.from.index;
    return stage.instructions[at] === instruction ? at : stage.instructions.indexOf(instruction);
}
function carriedFact(description, start, step) {
    const states = perStage(description, (stage, base) => {
        let state = base ? base.after : start;
        const before = [];
        for (const instruction of stage.instructions) {
            before.push(state);
            state = step(state, instruction);
        }
        return { before, after: state };
    });
    return {
        before: (instruction) => instruction.stage ? (states(instruction.stage).before[positionInStage(instruction)] ?? start) : start,
        after: (stage) => states(stage).after,
    };
}
function declaredNames(description, declares) {
    const own = perStage(description, (stage) => {
        const at = new Map();
        for (const [position, instruction] of stage.instructions.entries()) {
            for (const [name, value] of declares(instruction)) {
                let list = at.get(name);
                if (!list)
                    at.set(name, (list = []));
                list.push({ position, value });
            }
        }
        return { at, chain: new Map() };
    });
    const inChain = (stage, name) => {
        const pending = [];
        let found = null;
        const seen = new Set();
        for (let each = stage; each && !seen.has(each); each = each.image.stage) {
            seen.add(each);
            const index = own(each);
            const known = index.chain.get(name);
            if (known !== undefined) {
                found = known;
                break;
            }
            const list = index.at.get(name);
            pending.push(index);
            if (list) {
                found = { value: list[list.length - 1].value };
                break;
            }
        }
        for (const index of pending)
            index.chain.set(name, found);
        return found?.value;
    };
    return {
        inChain,
        before(instruction, name) {
            const stage = instruction.stage;
            if (!stage)
                return undefined;
            const list = own(stage).at.get(name);
            const position = positionInStage(instruction);
            let last;
            if (list) {
                // Positions are in order: the last one before the instruction, by binary search.
                let low = 0;
                let high = list.length;
                while (low < high) {
                    const mid = (low + high) >> 1;
                    if (list[mid].position < position)
                        low = mid + 1;
                    else
                        high = mid;
                }
                if (low > 0)
                    last = list[low - 1];
            }
            if (last)
                return last.value;
            return stage.image.stage ? inChain(stage.image.stage, name) : undefined;
        },
    };
}
function finalStage(model) {
    return model.stages[model.stages.length - 1];
}
/** Stages whose layers end up in the image `docker build` ships: the final stage and the stages it builds on. */
const shippedCache = derivedSlot('shipped stages');
function shippedStages(model) {
    let shipped = shippedCache.get(model);
    if (!shipped) {
        const final = finalStage(model);
        shipped = new Set(final ? baseChain(final) : []);
        shippedCache.set(model, shipped);
    }
    return shipped;
}
function isShipped(model, stage) {
    return stage !== undefined && shippedStages(model).has(stage);
}
/** The last instruction of a keyword in effect for a stage, following its `FROM` chain. */
function lastInEffect(stage, keyword) {
    for (const each of baseChain(stage)) {
        for (let i = each.instructions.length - 1; i >= 0; i--)
            if (each.instructions[i].keyword === keyword)
                return each.instructions[i];
    }
    return undefined;
}
const envValues = declaredNames('ENV values', (instruction) => instruction.keyword === 'ENV' ? envPairs(instruction.args) : []);
/** The value an ENV of the stage (or its chain) sets for a variable, if any. */
function envValue(stage, name) {
    return envValues.inChain(stage, name);
}
/** `ENV A=1 B=2` and the legacy `ENV A 1` form. */
function envPairs(args) {
    const legacy = /^([^\s=]+)\s+(.*)$/s.exec(args);
    if (legacy && !legacy[1].includes('='))
        return [[legacy[1], legacy[2].trim()]];
    const pairs = [];
    for (const match of args.matchAll(/([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:\\.|\S)*)/g)) {
        pairs.push([match[1], unquoted(match[2])]);
    }
    return pairs;
}
function unquoted(value) {
    if (value.length >= 2 && /^(["']).*\1$/s.test(value))
        return value.slice(1, -1);
    return value;
}
/** True when a RUN mounts a cache or tmpfs over a path, so what it leaves there is not in the layer. */
function mountsOver(instruction, path) {
    return instruction.flags.some((flag) => {
        if (flag.name !== 'mount' || !flag.value)
            return false;
        const fields = new Map(flag.value.split(',').map((field) => {
            const eq = field.indexOf('=');
            return eq === -1 ? [field, 'true'] : [field.slice(0, eq), field.slice(eq + 1)];
        }));
        const type = fields.get('type');
        const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
        return ((type === 'cache' || type === 'tmpfs') &&
            target !== undefined &&
            (path === target || path.startsWith(`${target.replace(/\/$/, '')}/`)));
    });
}
/** True when a RUN mounts a build secret (`--mount=type=secret`). */
function hasSecretMount(instruction) {
    return instruction.flags.some((flag) => flag.name === 'mount' && /(?:^|,)type=secret(?:,|$)/.test(flag.value ?? ''));
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/apk-no-cache.ts





/* harmony default export */ const apk_no_cache = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apk-no-cache',
        domain: 'dockerfile',
        description: '`apk add` in the shipped image should pass `--no-cache`.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noCache: '`apk add` keeps the package index in the layer: use `apk add --no-cache` (and drop `apk update`).',
        },
        equivalents: { hadolint: ['DL3019'], trivy: ['DS025'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                if (mountsOver(instruction, '/var/cache/apk') || mountsOver(instruction, '/etc/apk/cache'))
                    return;
                const cleansCache = instruction.commands.some((command) => (command.name === 'rm' && command.args.some((arg) => arg.startsWith('/var/cache/apk'))) ||
                    (command.name === 'apk' && command.args.includes('cache') && command.args.includes('clean')));
                if (cleansCache)
                    return;
                for (const command of instruction.packages) {
                    if (command.manager !== 'apk' || command.action !== 'add' || hasOption(command, 'no-cache'))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({
                        at,
                        messageId: 'noCache',
                        fix: insertAfter(context.file, at, ' --no-cache', 'add --no-cache'),
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/apt-get-assume-yes.ts




/** Actions that ask for confirmation before changing packages. */
const PROMPTING = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove']);
/* harmony default export */ const apt_get_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apt-get-assume-yes',
        domain: 'dockerfile',
        description: '`apt-get install` (and other changing actions) must answer the prompt with `-y`.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missingYes: '`{{manager}} {{action}}` without `-y` waits for a confirmation no build can give: add `-y`.',
        },
        equivalents: { hadolint: ['DL3014'], trivy: ['DS021'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const { commands } = instruction;
                for (const command of instruction.packages) {
                    if ((command.manager !== 'apt-get' && command.manager !== 'apt') || !PROMPTING.has(command.action))
                        continue;
                    // `-qq` implies `-y`; `-o APT::Get::Assume-Yes=true` sets it too.
                    if (hasOption(command, 'yes', 'y') || hasOption(command, 'assume-yes') || command.options.includes('-qq'))
                        continue;
                    if (command.options.some((option) => /Assume-Yes=(?:true|1|yes)/i.test(option)))
                        continue;
                    const previous = commands[commands.indexOf(command.command) - 1];
                    if (previous?.name === 'yes' && previous.next === '|')
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    const fix = insertAfter(context.file, at, ' -y', 'add -y');
                    context.report({
                        at,
                        messageId: 'missingYes',
                        data: { manager: command.manager, action: command.action },
                        fix,
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/apt-lists-cleanup.ts




const LISTS = '/var/lib/apt/lists';
/* harmony default export */ const apt_lists_cleanup = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apt-lists-cleanup',
        domain: 'dockerfile',
        description: 'A RUN that runs `apt-get update` in the shipped image must delete `/var/lib/apt/lists/*` in the same RUN.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            lists: 'The package lists `{{manager}} update` downloads stay in this layer: end the RUN with `rm -rf /var/lib/apt/lists/*` (or mount a cache there).',
        },
        equivalents: { hadolint: ['DL3009'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                if (mountsOver(instruction, LISTS))
                    return;
                const removesLists = instruction.commands.some((command) => command.name === 'rm' && command.args.some((arg) => arg.startsWith(LISTS)));
                if (removesLists)
                    return;
                const update = instruction.packages.find((command) => (command.manager === 'apt-get' || command.manager === 'apt') && command.action === 'update');
                if (!update)
                    return;
                const at = textOf(context.model, instruction).arg(update.command, actionArgIndex(update));
                context.report({ at, messageId: 'lists', data: { manager: update.manager } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/apt-no-install-recommends.ts





/* harmony default export */ const apt_no_install_recommends = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/apt-no-install-recommends',
        domain: 'dockerfile',
        description: '`apt-get install` in the shipped image should pass `--no-install-recommends`.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            recommends: '`{{manager}} install` also installs "recommended" packages: add `--no-install-recommends` to keep the image small.',
        },
        equivalents: { hadolint: ['DL3015'], trivy: ['DS029'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                // Builder stages are thrown away: their size does not matter.
                if (!isShipped(context.model, instruction.stage))
                    return;
                for (const command of instruction.packages) {
                    if ((command.manager !== 'apt-get' && command.manager !== 'apt') || command.action !== 'install')
                        continue;
                    if (hasOption(command, 'no-install-recommends'))
                        continue;
                    if (command.options.some((option) => /Install-Recommends=(?:false|0|no)/i.test(option)))
                        continue;
                    if (disabledInConfig(instruction))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    // Unsafe: the image may rely on a package that was only recommended.
                    const fix = insertAfter(context.file, at, ' --no-install-recommends', 'add --no-install-recommends', false);
                    context.report({ at, messageId: 'recommends', data: { manager: command.manager }, fix });
                }
            },
        };
    },
}));
/** An earlier RUN that writes `APT::Install-Recommends "false"` into apt's configuration turns them off for good. */
const recommendsOff = carriedFact('apt recommends off', false, (off, instruction) => off || (instruction.keyword === 'RUN' && /Install-Recommends\W+(?:false|0)/i.test(instruction.args)));
function disabledInConfig(instruction) {
    return recommendsOff.before(instruction);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/rules/dockerfile/support/build-tools.ts

/** Compilers, build systems and SDKs: needed to build, not to run. */
const BUILD_PACKAGES = new Set([
    'build-essential',
    'build-base',
    'alpine-sdk',
    'gcc',
    'g++',
    'gcc-c++',
    'clang',
    'llvm',
    'make',
    'cmake',
    'ninja-build',
    'meson',
    'linux-headers',
    'autoconf',
    'automake',
    'libtool',
    'pkg-config',
    'pkgconf',
    'bison',
    'flex',
    'nasm',
    'musl-dev',
    'libc6-dev',
    'golang',
    'golang-go',
    'go',
    'rustc',
    'cargo',
    'rust',
    'maven',
    'gradle',
    'default-jdk',
    'default-jdk-headless',
    'Development Tools',
    '@development-tools',
]);
const SYSTEM_MANAGERS = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);
const REMOVE_ACTIONS = new Set(['remove', 'purge', 'autoremove', 'del', 'erase', 'rm']);
/** Strips a version (`gcc=4:12.2`, `gcc~12`, `make-4.3`) to the package name. */
function packageName(spec) {
    return spec.replace(/[=~<>].*$/, '');
}
function isBuildPackage(spec) {
    const name = packageName(spec);
    return (BUILD_PACKAGES.has(name) ||
        /^openjdk-\d+-jdk(?:-headless)?$/.test(name) ||
        /^java-[\d.]+-openjdk-devel$/.test(name) ||
        /-dev$/.test(name) ||
        /-devel$/.test(name));
}
/**
 * Build packages a RUN installs and leaves installed. `apk add --virtual .deps gcc && … && apk del .deps`,
 * `apt-get purge gcc`, and the official images' `apt-mark auto '.*' && … && apt-get purge --auto-remove` leave
 * nothing behind; `cleansUp` says the RUN removes build packages it installed, so its compile steps are temporary too.
 */
function leftoverBuildPackages(commands, packages) {
    const reads = packages.filter((read) => SYSTEM_MANAGERS.has(read.manager));
    const removed = new Set(reads
        .filter((read) => REMOVE_ACTIONS.has(read.action))
        .flatMap((read) => read.packages.map((each) => packageName(each.value))));
    const aptAutoRemoves = commands.some((command) => command.name === 'apt-mark' && command.args[0] === 'auto') &&
        reads.some((read) => (read.manager === 'apt-get' || read.manager === 'apt') &&
            (read.action === 'autoremove' || (REMOVE_ACTIONS.has(read.action) && hasOption(read, 'auto-remove'))));
    const leftovers = [];
    let cleansUp = false;
    for (const read of reads) {
        if (!isInstall(read))
            continue;
        const virtual = virtualName(read);
        const build = read.packages.filter((operand) => isBuildPackage(operand.value));
        if ((virtual && removed.has(virtual)) ||
            (aptAutoRemoves && (read.manager === 'apt-get' || read.manager === 'apt'))) {
            if (build.length > 0 || virtual)
                cleansUp = true;
            continue;
        }
        for (const operand of build) {
            if (removed.has(packageName(operand.value))) {
                cleansUp = true;
                continue;
            }
            leftovers.push({
                kind: 'package',
                name: packageName(operand.value),
                command: read.command,
                argIndex: operand.argIndex,
            });
        }
    }
    return { leftovers, cleansUp };
}
function virtualName(read) {
    if (read.manager !== 'apk')
        return undefined;
    const at = read.options.findIndex((option) => option === '-t' || option === '--virtual');
    if (at !== -1)
        return read.options[at + 1];
    return read.options.find((option) => option.startsWith('--virtual='))?.slice('--virtual='.length);
}
/** Build steps that imply a toolchain: compiling, packaging, running a project's build script. */
function buildCommands(commands) {
    const found = [];
    for (const command of commands) {
        const [first] = command.args;
        const use = (name, argIndex = -1) => {
            found.push({ kind: 'command', name, command, argIndex });
        };
        if (command.name === 'go' && (first === 'build' || first === 'install'))
            use(`go ${first}`, 0);
        else if (command.name === 'cargo' && (first === 'build' || first === 'install'))
            use(`cargo ${first}`, 0);
        else if ((command.name === 'mvn' || command.name === 'mvnw') &&
            command.args.some((arg) => /^(?:package|install|compile|verify)$/.test(arg)))
            use('mvn');
        else if ((command.name === 'gradle' || command.name === 'gradlew') &&
            command.args.some((arg) => /^(?:build|assemble|jar|bootJar|installDist)$/.test(arg)))
            use(command.name);
        else if (command.name === 'make' || command.name === 'cmake' || command.name === 'configure')
            use(command.name);
        else if (['gcc', 'g++', 'cc', 'c++', 'clang', 'javac', 'rustc'].includes(command.name))
            use(command.name);
        else if ((command.name === 'npm' || command.name === 'pnpm' || command.name === 'yarn') &&
            first === 'run' &&
            /^build/.test(command.args[1] ?? ''))
            use(`${command.name} run ${command.args[1]}`, 1);
        else if (command.name === 'yarn' && first === 'build')
            use('yarn build', 0);
    }
    return found;
}
/** `npm ci` / `npm install` / `yarn install` / `pnpm install` of a whole project, dev dependencies included. */
function devDependencyInstalls(packages, nodeEnv) {
    if (nodeEnv === 'production')
        return [];
    const found = [];
    for (const read of packages) {
        if (read.manager !== 'npm' && read.manager !== 'yarn' && read.manager !== 'pnpm')
            continue;
        // Named packages (`npm install -g pm2`) are chosen one by one; only a whole-project install pulls devDependencies.
        if (!isInstall(read) || read.packages.length > 0 || read.action === 'add')
            continue;
        if (hasOption(read, 'production') || hasOption(read, 'prod', read.manager === 'pnpm' ? 'P' : undefined))
            continue;
        if (read.options.some((option) => /^--(?:omit=dev|only=prod(?:uction)?)$/.test(option)))
            continue;
        const omitAt = read.options.indexOf('--omit');
        if (omitAt !== -1 && read.options[omitAt + 1] === 'dev')
            continue;
        const action = read.action === '' ? 'install' : read.action;
        found.push({
            kind: 'devDependencies',
            name: `${read.manager} ${action}`,
            command: read.command,
            argIndex: read.command.args.indexOf(read.action),
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/build-tools-in-final-stage.ts





/* harmony default export */ const build_tools_in_final_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/build-tools-in-final-stage',
        domain: 'dockerfile',
        description: 'Compilers, build tools and dev dependencies belong in a builder stage, not in the shipped image.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            package: 'Build package "{{name}}" stays in the shipped image: install it in a builder stage and `COPY --from` the result.',
            command: '`{{name}}` builds inside the shipped image, so its toolchain ships too: build in a separate stage and `COPY --from` the output.',
            devDependencies: '`{{name}}` installs devDependencies into the shipped image: build in a separate stage, or install with `--omit=dev` (`--production`).',
        },
    },
    create(context) {
        // The package.json beside the Dockerfile is read only when a RUN installs devDependencies.
        let noDevDependencies;
        const declaresNone = () => (noDevDependencies ??= declaresNoDevDependencies(context.readFile(external_node_path_.posix.join(external_node_path_.posix.dirname(context.file.path), 'package.json'))));
        return {
            RUN(instruction) {
                const stage = instruction.stage;
                if (!stage || !isShipped(context.model, stage))
                    return;
                const { commands } = instruction;
                const { leftovers, cleansUp } = leftoverBuildPackages(commands, instruction.packages);
                // One finding per RUN, at the earliest command that brings a toolchain in. A RUN that removes the build
                // packages it installed compiles with a toolchain that does not ship.
                const installs = devDependencyInstalls(instruction.packages, envValue(stage, 'NODE_ENV'));
                const first = [
                    ...leftovers,
                    ...(cleansUp ? [] : buildCommands(commands)),
                    ...(installs.length === 0 || declaresNone() ? [] : installs),
                ].sort((a, b) => commands.indexOf(a.command) - commands.indexOf(b.command))[0];
                if (!first)
                    return;
                const at = textOf(context.model, instruction).arg(first.command, first.argIndex);
                context.report({ at, messageId: first.kind, data: { name: first.name } });
            },
        };
    },
}));
/** True when the package.json beside the Dockerfile can be read and lists no devDependencies. */
function declaresNoDevDependencies(text) {
    if (text === undefined)
        return false;
    try {
        const manifest = JSON.parse(text);
        return Object.keys(manifest.devDependencies ?? {}).length === 0;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/consecutive-run.ts



/** The flags of a RUN as one comparable string: RUNs with different mounts or networks cannot be merged as they are. */
const flagsOf = (instruction) => instruction.flags.map((flag) => `${flag.name}=${flag.value ?? ''}`).join(' ');
/* harmony default export */ const consecutive_run = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/consecutive-run',
        domain: 'dockerfile',
        description: 'Two RUNs in a row, each a single command with the same flags, could be one RUN and one layer.',
        category: 'performance',
        defaultSeverity: 'note',
        // Opt-in: separate RUNs are often a deliberate cache boundary (a slow install kept apart from a step that changes).
        recommended: false,
        messages: {
            merge: 'This RUN follows another single-command RUN: join them with `&&` to save a layer, unless the split is a deliberate cache boundary.',
        },
        equivalents: { hadolint: ['DL3059'] },
    },
    create(context) {
        const single = (instruction) => instruction?.keyword === 'RUN' && instruction.heredocs.length === 0 && instruction.commands.length === 1;
        return {
            RUN(instruction) {
                const stage = instruction.stage;
                if (!stage || instruction.onbuild || !single(instruction))
                    return;
                // RUNs that already chain commands were split on purpose; only two one-command RUNs in a row are reported.
                const previous = stage.instructions[positionInStage(instruction) - 1];
                if (!single(previous) || flagsOf(previous) !== flagsOf(instruction))
                    return;
                context.report({ at: keywordAt(instruction), messageId: 'merge' });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/copy.ts

/** Sources and destination of a COPY/ADD, in either form; heredoc sources are left out. */
function copyOperands(instruction) {
    const words = instruction.json ?? instruction.args.split(/\s+/).filter(Boolean).map(unquote);
    if (words.length < 2)
        return { sources: [], dest: words[0] };
    const sources = words.slice(0, -1).filter((word) => !word.startsWith('<<'));
    return { sources, dest: words[words.length - 1] };
}
function copySources(instruction) {
    return copyOperands(instruction).sources;
}
/** Sources that send the whole build context (`.`, `./`, `*`). */
function copiesWholeContext(instruction) {
    if (instruction.flags.some((flag) => flag.name === 'from'))
        return false;
    return copySources(instruction).some((source) => /^(?:\.\/?|\.\/\*|\*)$/.test(source));
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-dest-trailing-slash.ts




/* harmony default export */ const copy_dest_trailing_slash = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-dest-trailing-slash',
        domain: 'dockerfile',
        description: 'COPY/ADD with several sources needs a destination folder ending in `/`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            slash: 'With {{count}} sources the destination must be a folder: write "{{dest}}/".',
        },
        equivalents: { hadolint: ['DL3021'], trivy: ['DS011'] },
    },
    create(context) {
        const check = (instruction) => {
            const { sources, dest } = copyOperands(instruction);
            if (sources.length < 2 || !dest || dest.endsWith('/') || dest.endsWith('\\'))
                return;
            // `$DEST` may well end in a slash.
            if (dest.includes('$'))
                return;
            const at = textOf(context.model, instruction).word(dest);
            context.report({
                at,
                messageId: 'slash',
                data: { count: sources.length, dest },
                fix: insertAfter(context.file, at, '/', 'end the destination with /'),
            });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-from-valid-stage.ts


/** An image reference has a registry, a path, a tag or a digest; a bare word is meant as a stage name. */
const LOOKS_LIKE_IMAGE = /[/:@.]/;
/* harmony default export */ const copy_from_valid_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-from-valid-stage',
        domain: 'dockerfile',
        description: '`COPY --from` must name an earlier stage (or an image), never its own stage or a later one.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            self: '`--from={{ref}}` names the stage this COPY is in: a stage cannot copy from itself.',
            later: '`--from={{ref}}` names a stage defined later (line {{line}}): move that stage above this one.',
            unknown: 'No stage is named "{{ref}}", so `--from={{ref}}` pulls the image `{{ref}}:latest`: check the stage name.',
        },
        equivalents: { hadolint: ['DL3022', 'DL3023'], trivy: ['DS006'] },
    },
    create(context) {
        const check = (instruction) => {
            const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
            const stage = instruction.stage;
            if (!ref || !stage || ref.includes('$'))
                return;
            const at = flagAt(instruction, 'from');
            const wanted = ref.toLowerCase();
            const target = context.model.findStage(wanted);
            if (target === stage)
                context.report({ at, messageId: 'self', data: { ref } });
            else if (target && target.index > stage.index)
                context.report({ at, messageId: 'later', data: { ref, line: target.span.line } });
            else if (!target && (/^\d+$/.test(wanted) || !LOOKS_LIKE_IMAGE.test(wanted)))
                context.report({ at, messageId: 'unknown', data: { ref } });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/dependencies.ts

/**
 * The ecosystem whose dependencies a command installs from a manifest (`npm ci`, `pip install -r`, `go mod download`,
 * …), or undefined. Installing named packages or the project itself (`pip install .`) needs no manifest ordering.
 */
function dependencyEcosystem(command) {
    const read = readPackageCommand(command);
    if (read) {
        if ((read.manager === 'npm' || read.manager === 'pnpm') &&
            ['install', 'i', 'ci'].includes(read.action) &&
            read.packages.length === 0)
            return 'node';
        if (read.manager === 'yarn' && (read.action === '' || read.action === 'install'))
            return 'node';
        if (read.manager === 'pip' && read.action === 'install' && hasOption(read, 'requirement', 'r'))
            return 'python';
        return undefined;
    }
    const [first, second] = command.args;
    if ((command.name === 'poetry' || command.name === 'pipenv') && first === 'install')
        return 'python';
    if (command.name === 'uv' && first === 'sync')
        return 'python';
    if (command.name === 'bundle' && (first === 'install' || first === undefined))
        return 'ruby';
    if (command.name === 'composer' && first === 'install')
        return 'php';
    if (command.name === 'go' && first === 'mod' && second === 'download')
        return 'go';
    if (command.name === 'cargo' && first === 'fetch')
        return 'rust';
    if ((command.name === 'mvn' || command.name === 'mvnw') &&
        command.args.some((arg) => /^dependency:(?:go-offline|resolve)/.test(arg)))
        return 'java';
    if (command.name === 'dotnet' && first === 'restore')
        return 'dotnet';
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-manifests-first.ts




/* harmony default export */ const copy_manifests_first = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-manifests-first',
        domain: 'dockerfile',
        description: 'Copy dependency manifests and install dependencies before copying the whole source tree.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            order: '`{{copy}}` comes before `{{install}}` (line {{line}}), so any code change re-runs the install: copy the manifests first, install, then copy the rest.',
        },
    },
    create(context) {
        return {
            stage(stage) {
                /** Ecosystems installed before the whole tree was copied: a later install of them is a second, cheap step. */
                const installedEarly = new Set();
                let copyAll;
                for (const instruction of stage.instructions) {
                    if (!copyAll &&
                        (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') &&
                        copiesWholeContext(instruction)) {
                        copyAll = instruction;
                        continue;
                    }
                    if (instruction.keyword !== 'RUN')
                        continue;
                    for (const command of instruction.commands) {
                        const ecosystem = dependencyEcosystem(command);
                        if (!ecosystem)
                            continue;
                        if (!copyAll) {
                            installedEarly.add(ecosystem);
                        }
                        else if (!installedEarly.has(ecosystem)) {
                            const source = copySources(copyAll).find((each) => /^(?:\.\/?|\.\/\*|\*)$/.test(each));
                            const copy = `${copyAll.keyword} ${source} ${copyAll.args.split(/\s+/).pop()}`;
                            const install = [command.name, ...command.args.slice(0, 1)].join(' ');
                            const at = textOf(context.model, copyAll).word(source);
                            context.report({ at, messageId: 'order', data: { copy, install, line: instruction.span.line } });
                            return;
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/copy-relative-dest.ts




/** A WORKDIR earlier in the stage, or in a stage it builds on. */
const workdirSet = carriedFact('workdir set', false, (set, instruction) => set || instruction.keyword === 'WORKDIR');
/* harmony default export */ const copy_relative_dest = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/copy-relative-dest',
        domain: 'dockerfile',
        description: 'COPY/ADD to a relative destination needs a WORKDIR set first in the stage.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            noWorkdir: 'Destination "{{dest}}" is relative, and no WORKDIR is set in this stage, so it depends on the base image: set `WORKDIR` first or write an absolute path.',
        },
        equivalents: { hadolint: ['DL3045'] },
    },
    create(context) {
        const check = (instruction) => {
            const stage = instruction.stage;
            const { dest } = copyOperands(instruction);
            if (!stage || !dest || /^(?:\/|\$|[A-Za-z]:[\\/]|\\)/.test(dest))
                return;
            if (workdirSet.before(instruction))
                return;
            context.report({ at: textOf(context.model, instruction).word(dest), messageId: 'noWorkdir', data: { dest } });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/dockerignore.ts




/* harmony default export */ const dockerignore = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/dockerignore',
        domain: 'dockerfile',
        description: 'A Dockerfile that copies its whole build context needs a `.dockerignore`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            missing: '`{{keyword}} {{source}}` sends the whole directory, `.git` and local `.env` files included, and there is no {{ignore}}: add one.',
        },
    },
    create(context) {
        let reported = false;
        const check = (instruction) => {
            if (reported || !copiesWholeContext(instruction))
                return;
            reported = true;
            const candidates = ignoreFileCandidates(context.file.path);
            if (candidates.some((path) => context.fileExists(path)))
                return;
            const source = instruction.args.split(/\s+/)[0] ?? '.';
            context.report({
                at: keywordAt(instruction),
                messageId: 'missing',
                data: { keyword: instruction.keyword, source, ignore: candidates[1] },
            });
        };
        return { COPY: check, ADD: check };
    },
}));
/**
 * `<Dockerfile>.dockerignore` beside it, or a `.dockerignore` in its folder or any folder above: the build context is
 * often an ancestor (`docker build -f docker/Dockerfile .`).
 */
function ignoreFileCandidates(dockerfilePath) {
    const candidates = [`${dockerfilePath}.dockerignore`];
    for (let dir = external_node_path_.posix.dirname(dockerfilePath);; dir = external_node_path_.posix.dirname(dir)) {
        candidates.push(external_node_path_.posix.join(dir, '.dockerignore'));
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    return candidates;
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/env-key-value-format.ts



/* harmony default export */ const env_key_value_format = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/env-key-value-format',
        domain: 'dockerfile',
        description: 'ENV and LABEL should use the `key=value` form, not the legacy `key value` form.',
        category: 'style',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            legacy: '`{{keyword}} {{name}} …` is the legacy form: the whole rest of the line becomes the value, spaces included. Write `{{keyword}} {{name}}={{value}}`.',
        },
    },
    create(context) {
        const check = (instruction) => {
            const legacy = /^([^\s=]+)\s+(.*)$/s.exec(instruction.args.trim());
            if (!legacy || legacy[1].includes('='))
                return;
            const value = legacy[2].trim();
            const quoted = /\s/.test(value) && !/^(["']).*\1$/s.test(value) ? JSON.stringify(value) : value;
            const args = { span: instruction.argsSpan, path: instruction.path };
            const fix = instruction.argsSpan.line === instruction.argsSpan.endLine
                ? replaceWith(context.file, args, `${legacy[1]}=${quoted}`, 'use key=value')
                : undefined;
            context.report({
                at: keywordAt(instruction),
                messageId: 'legacy',
                data: { keyword: instruction.keyword, name: legacy[1], value: quoted },
                ...(fix ? { fix } : {}),
            });
        };
        return { ENV: check, LABEL: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/env-self-reference.ts



/* harmony default export */ const env_self_reference = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/env-self-reference',
        domain: 'dockerfile',
        description: 'An ENV must not use a variable that the same ENV defines: it still sees the old value.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            sameStatement: '`${{name}}` expands to its value from before this ENV, not to the one set just before it: split it into two ENV instructions.',
        },
        equivalents: { hadolint: ['DL3044'] },
    },
    create(context) {
        return {
            ENV(instruction) {
                const defined = new Set();
                const text = textOf(context.model, instruction);
                let cursor;
                for (const [name, value] of envPairs(instruction.args)) {
                    for (const match of value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                        // `PATH=/opt/bin:$PATH` reads its own previous value on purpose; only names set earlier here are wrong.
                        if (!defined.has(match[1]))
                            continue;
                        const found = text.findPattern(variableReference(match[1]), cursor);
                        context.report({
                            at: text.at(found?.offset ?? -1, found?.length ?? 0),
                            messageId: 'sameStatement',
                            data: { name: match[1] },
                        });
                        if (found)
                            cursor = found.offset + found.length;
                    }
                    defined.add(name);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/exec-form-cmd.ts




/* harmony default export */ const exec_form_cmd = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/exec-form-cmd',
        domain: 'dockerfile',
        description: 'CMD and ENTRYPOINT of the shipped image should use the JSON (exec) form.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            shellForm: 'Shell-form {{keyword}} runs under `/bin/sh -c`, which does not pass SIGTERM on: write `{{keyword}} [{{suggestion}}]`.',
            invalidJson: '{{keyword}} looks like JSON but is not (JSON needs double quotes), so it runs as a shell command.',
            shellFeatures: 'Shell-form {{keyword}} runs under `/bin/sh -c`, which does not pass SIGTERM on: put `exec` before the program that runs last (`{{keyword}} … exec <program>`), or move the logic into an entrypoint script.',
        },
        equivalents: { hadolint: ['DL3025'] },
    },
    create(context) {
        const check = (instruction) => {
            if (instruction.json || !isShipped(context.model, instruction.stage))
                return;
            const args = instruction.args.trim();
            const at = { span: instruction.argsSpan, path: instruction.path };
            if (args.startsWith('[')) {
                context.report({ at, messageId: 'invalidJson', data: { keyword: instruction.keyword } });
                return;
            }
            // `exec` replaces the shell, so signals reach the program: the shell form is deliberate.
            if (args === '' || /^exec\s|[;&]\s*exec\s/.test(args))
                return;
            // Variables, chains and redirections need a shell: the JSON form would pass them on literally.
            if (/[$&|;<>`]/.test(args)) {
                context.report({ at, messageId: 'shellFeatures', data: { keyword: instruction.keyword } });
                return;
            }
            const words = splitShell(args)[0]?.words ?? [];
            const suggestion = words.map((word) => JSON.stringify(word)).join(', ');
            // Unsafe: the program becomes PID 1 and must handle signals itself.
            const fix = instruction.argsSpan.line === instruction.argsSpan.endLine
                ? replaceWith(context.file, at, `[${suggestion}]`, 'use the exec form', false)
                : undefined;
            context.report({
                at,
                messageId: 'shellForm',
                data: { keyword: instruction.keyword, suggestion },
                ...(fix ? { fix } : {}),
            });
        };
        return { CMD: check, ENTRYPOINT: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/extract-with-add.ts



const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const extract_with_add_baseName = (path) => path.slice(path.lastIndexOf('/') + 1);
/** True for `tar -xzf`, `tar xzf`, `tar --extract`: the command unpacks an archive. */
function extracts(args) {
    const [first = ''] = args;
    return hasFlag(args, 'extract', 'x') || hasFlag(args, 'get') || /^[a-wyz]*x[a-z]*$/i.test(first);
}
/* harmony default export */ const extract_with_add = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/extract-with-add',
        domain: 'dockerfile',
        description: 'A local tar archive copied in and then unpacked by `tar -x` can be unpacked by `ADD` in one layer.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            add: '"{{archive}}" is copied here and unpacked by `tar` later, so the image keeps the archive too: `ADD {{archive}} <dir>` unpacks a local tar archive in one layer.',
        },
        equivalents: { hadolint: ['DL3010'] },
    },
    create(context) {
        /** Local archives COPYed into each stage, by file name. */
        const copied = new Map();
        const reported = new Set();
        return {
            COPY(instruction) {
                const stage = instruction.stage;
                if (!stage || instruction.onbuild || instruction.json || instruction.flags.some((flag) => flag.name === 'from'))
                    return;
                const words = instruction.args.split(/\s+/).filter(Boolean);
                for (const source of words.slice(0, -1)) {
                    if (!ARCHIVE.test(source) || source.includes('$') || /^[a-z]+:\/\//i.test(source))
                        continue;
                    let archives = copied.get(stage);
                    if (!archives)
                        copied.set(stage, (archives = new Map()));
                    archives.set(extract_with_add_baseName(source), { instruction, source });
                }
            },
            RUN(instruction) {
                const archives = instruction.stage && copied.get(instruction.stage);
                if (!archives)
                    return;
                for (const command of instruction.commands) {
                    if (command.name !== 'tar' || !extracts(command.args))
                        continue;
                    for (const arg of command.args) {
                        const copy = archives.get(extract_with_add_baseName(arg));
                        if (!copy || reported.has(copy.instruction))
                            continue;
                        reported.add(copy.instruction);
                        const at = textOf(context.model, copy.instruction).word(copy.source);
                        context.report({ at, messageId: 'add', data: { archive: copy.source } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/final-stage-healthcheck.ts



/** Images with no shell or tools to run a check with; the platform's probes watch these. */
function isMinimal(root) {
    const { image } = root;
    const name = `${image.registry ?? ''}/${image.repository}`;
    return image.isScratch || /(?:^|\/)distroless\//.test(name) || /^cgr\.dev\/chainguard\/static$/.test(name);
}
/* harmony default export */ const final_stage_healthcheck = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/final-stage-healthcheck',
        domain: 'dockerfile',
        description: 'A service image (one that EXPOSEs a port) should declare a HEALTHCHECK in its final stage.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            missing: 'This image serves on port {{port}} but has no HEALTHCHECK, so Docker and Compose cannot tell a hung service from a healthy one: add `HEALTHCHECK CMD …` (or `HEALTHCHECK NONE` to say it is deliberate).',
        },
        equivalents: { hadolint: ['DL3057'], checkov: ['CKV_DOCKER_2'], trivy: ['DS026'] },
    },
    create(context) {
        return {
            exit(model) {
                const final = finalStage(model);
                if (!final)
                    return;
                const chain = baseChain(final);
                // Tools, base images and CLIs do not serve; probes of a scratch/distroless image run from outside.
                const expose = lastInEffect(final, 'EXPOSE');
                if (!expose || lastInEffect(final, 'HEALTHCHECK') || isMinimal(chain[chain.length - 1]))
                    return;
                context.report({
                    at: keywordAt(final.from),
                    messageId: 'missing',
                    data: { port: expose.args.split(/\s+/)[0] },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/global-arg-in-stage.ts




/* harmony default export */ const global_arg_in_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/global-arg-in-stage',
        domain: 'dockerfile',
        description: 'An ARG declared before the first FROM must be declared again (`ARG NAME`) in each stage that uses it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            notInScope: '`${{name}}` does not see the ARG on line {{line}}: an ARG declared before FROM is visible to FROM lines only. Add `ARG {{name}}` to this stage.',
        },
    },
    create(context) {
        const { model } = context;
        const globalLines = new Map();
        for (const instruction of model.instructions) {
            if (instruction.stage || instruction.keyword !== 'ARG')
                continue;
            for (const [name] of argPairs(instruction.args))
                if (!globalLines.has(name))
                    globalLines.set(name, instruction.span.line);
        }
        return {
            stage(stage) {
                if (globalLines.size === 0)
                    return;
                const inScope = new Set();
                const reported = new Set();
                // ARGs and ENVs of the stages this one builds FROM are visible here as well.
                const base = stage.image.stage;
                const visible = (name) => inScope.has(name) || (base !== undefined && argsAndEnvs.inChain(base, name) === true);
                for (const instruction of stage.instructions.slice(1)) {
                    if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ONBUILD') {
                        for (const match of instruction.args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                            const name = match[1];
                            const line = globalLines.get(name);
                            if (line === undefined || visible(name) || reported.has(name))
                                continue;
                            // A shell variable of the same name set inside the RUN is a different variable.
                            if (instruction.keyword === 'RUN' &&
                                new RegExp(`(?:^|[\\s;&|(])(?:export\\s+|local\\s+|readonly\\s+)?${name}=|\\b(?:for|read)\\s+${name}\\b`).test(instruction.args))
                                continue;
                            reported.add(name);
                            const text = textOf(model, instruction);
                            const found = text.findPattern(variableReference(name));
                            context.report({
                                at: text.at(found?.offset ?? -1, found?.length ?? 0),
                                messageId: 'notInScope',
                                data: { name, line },
                            });
                        }
                    }
                    collect(instruction, inScope);
                }
            },
        };
    },
}));
/** Names an ARG or ENV declares. */
const argsAndEnvs = declaredNames('ARG and ENV names', (instruction) => {
    const names = new Set();
    collect(instruction, names);
    return [...names].map((name) => [name, true]);
});
function collect(instruction, names) {
    if (instruction.keyword === 'ARG')
        for (const [name] of argPairs(instruction.args))
            names.add(name);
    if (instruction.keyword === 'ENV')
        for (const [name] of envPairs(instruction.args))
            names.add(name);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/labels.ts

/** The key/value pairs of a LABEL: `a=1 "b c"="d"`, or the legacy single pair `LABEL key some value`. */
function labelPairs(args) {
    const legacy = /^([^\s="']+)\s+(?!\S*=)(.+)$/s.exec(args);
    if (legacy)
        return [[legacy[1], legacy[2].trim().replace(/^(["'])(.*)\1$/s, '$2')]];
    return argPairs(args);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/label-key-format.ts



/**
 * Lower-case letters and digits, separated by single dots or dashes, beginning and ending with a letter, as Docker's
 * key format recommendations put it (https://docs.docker.com/engine/manage-resources/labels/).
 */
const KEY = /^[a-z](?:[a-z0-9]*(?:[.-][a-z0-9]+)*[a-z])?$/;
/** Namespaces Docker reserves for its own use. */
const RESERVED = /^(?:com\.docker|io\.docker|org\.dockerproject)\./;
/* harmony default export */ const label_key_format = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/label-key-format',
        domain: 'dockerfile',
        description: 'LABEL keys should be lower-case, dot-separated names outside the namespaces Docker reserves (`com.docker.*`, …).',
        category: 'style',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            format: 'Label key "{{key}}" is not a lower-case name of letters and digits separated by single dots or dashes, beginning and ending with a letter (e.g. `org.example.team`).',
            reserved: 'Label key "{{key}}" is in a namespace Docker reserves for its own use: use your own reverse-DNS prefix.',
        },
        equivalents: { hadolint: ['DL3048'] },
    },
    create(context) {
        return {
            LABEL(instruction) {
                const text = textOf(context.model, instruction);
                for (const [raw] of labelPairs(instruction.args)) {
                    const key = raw.replace(/^["']|["']$/g, '');
                    // A key made of a build argument is only known at build time.
                    if (key.includes('$'))
                        continue;
                    const messageId = RESERVED.test(key) ? 'reserved' : KEY.test(key) ? undefined : 'format';
                    if (messageId)
                        context.report({ at: text.word(raw), messageId, data: { key } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/label-schema.ts



const LABEL_TYPES = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'];
/**
 * The OCI image annotations whose values have a fixed form
 * (https://github.com/opencontainers/image-spec/blob/main/annotations.md): checked whenever they are set.
 */
const OCI_SCHEMA = {
    'org.opencontainers.image.created': 'rfc3339',
    'org.opencontainers.image.url': 'url',
    'org.opencontainers.image.documentation': 'url',
    'org.opencontainers.image.source': 'url',
    'org.opencontainers.image.licenses': 'spdx',
    'org.opencontainers.image.revision': 'hash',
};
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const SEMVER = /^v?(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
/** Licence ids (`MIT`, `Apache-2.0`, `LicenseRef-x`, `GPL-2.0+`) joined by AND, OR and WITH, with parentheses. */
const SPDX_ID = /^(?:[A-Za-z0-9][A-Za-z0-9.-]*\+?|LicenseRef-[A-Za-z0-9.-]+)$/;
function validSpdx(value) {
    const tokens = value.replace(/[()]/g, ' $& ').trim().split(/\s+/);
    let expectId = true;
    let depth = 0;
    for (const token of tokens) {
        if (token === '(') {
            if (!expectId)
                return false;
            depth++;
        }
        else if (token === ')') {
            if (expectId || --depth < 0)
                return false;
        }
        else if (token === 'AND' || token === 'OR' || token === 'WITH') {
            if (expectId)
                return false;
            expectId = true;
        }
        else {
            if (!expectId || !SPDX_ID.test(token))
                return false;
            expectId = false;
        }
    }
    return !expectId && depth === 0;
}
function validUrl(value) {
    try {
        const url = new URL(value);
        return url.hostname !== '' || url.protocol === 'file:';
    }
    catch {
        return false;
    }
}
const VALID = {
    text: () => true,
    url: validUrl,
    rfc3339: (value) => RFC3339.test(value),
    spdx: validSpdx,
    hash: (value) => /^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value),
    semver: (value) => SEMVER.test(value),
    email: (value) => EMAIL.test(value),
};
const DESCRIBE = {
    text: 'text',
    url: 'a URL',
    rfc3339: 'an RFC 3339 date and time (2024-05-01T12:00:00Z)',
    spdx: 'an SPDX licence expression (Apache-2.0, MIT OR Apache-2.0)',
    hash: 'a full git commit hash (40 or 64 hex digits)',
    semver: 'a semantic version (1.4.2)',
    email: 'an e-mail address',
};
/* harmony default export */ const label_schema = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/label-schema',
        domain: 'dockerfile',
        description: 'LABEL values must have the form their key calls for (OCI annotations, or a schema in the options), and required labels must be set.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            invalid: 'Label "{{key}}" is "{{value}}", which is not {{expected}}.',
            empty: 'Label "{{key}}" is empty: give it a value or drop it.',
            missing: 'The image has no label "{{key}}", which the label schema requires.',
            superfluous: 'Label "{{key}}" is not in the label schema, and `strict` allows no others.',
        },
        equivalents: {
            hadolint: ['DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
        },
        defaultOptions: { schema: {}, strict: false },
        optionsSchema: {
            type: 'object',
            properties: {
                schema: { type: 'object', additionalProperties: { enum: [...LABEL_TYPES] } },
                strict: { type: 'boolean' },
            },
            additionalProperties: false,
        },
    },
    create(context) {
        const configured = context.options.schema;
        const strict = context.options.strict;
        const schema = { ...OCI_SCHEMA, ...configured };
        /** Labels set by each stage's own LABEL instructions (base-stage labels are inherited, so the chain counts). */
        const setIn = new Map();
        return {
            LABEL(instruction) {
                const text = textOf(context.model, instruction);
                const stage = instruction.onbuild ? undefined : instruction.stage;
                for (const [rawKey, rawValue] of labelPairs(instruction.args)) {
                    const key = rawKey.replace(/^["']|["']$/g, '');
                    if (stage) {
                        let keys = setIn.get(stage);
                        if (!keys)
                            setIn.set(stage, (keys = new Set()));
                        keys.add(key);
                    }
                    const type = Object.hasOwn(schema, key) ? schema[key] : undefined;
                    if (!type) {
                        if (strict)
                            context.report({ at: text.word(rawKey), messageId: 'superfluous', data: { key } });
                        continue;
                    }
                    const value = rawValue ?? '';
                    // A value made of build arguments is only known at build time.
                    if (value.includes('$'))
                        continue;
                    if (value.trim() === '') {
                        context.report({ at: text.word(rawKey), messageId: 'empty', data: { key } });
                    }
                    else if (!VALID[type](value)) {
                        context.report({
                            at: text.word(rawKey),
                            messageId: 'invalid',
                            data: { key, value, expected: DESCRIBE[type] },
                        });
                    }
                }
            },
            exit(model) {
                const required = Object.keys(configured);
                const final = model.stages[model.stages.length - 1];
                if (required.length === 0 || !final)
                    return;
                const present = new Set();
                for (let stage = final; stage; stage = stage.image.stage) {
                    for (const key of setIn.get(stage) ?? [])
                        present.add(key);
                    if (stage.image.stage === stage)
                        break;
                }
                for (const key of required) {
                    if (!present.has(key))
                        context.report({ at: final.from, messageId: 'missing', data: { key } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/sources.ts
/** Classifies ADD sources: ADD fetches URLs and unpacks local archives, which COPY cannot do. */
function isRemoteSource(source) {
    return /^(?:https?|ftp):\/\//i.test(source) || /^git@|^git:\/\/|\.git(?:#.*)?$/i.test(source);
}
function isLocalArchive(source) {
    return /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tlz|gz|bz2|xz)$/i.test(source);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-add-remote-url.ts




/* harmony default export */ const no_add_remote_url = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-add-remote-url',
        domain: 'dockerfile',
        description: 'ADD of a URL must be verified with `--checksum` (or replaced by a checked download in RUN).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            unverified: 'ADD fetches "{{url}}" without checking what arrives: add `--checksum=sha256:…`, or download and verify it in a RUN.',
            unpinnedGit: 'ADD of the Git repository "{{url}}" follows a moving branch: pin a commit (`#<sha>`) or a tag.',
        },
    },
    create(context) {
        return {
            ADD(instruction) {
                const text = textOf(context.model, instruction);
                for (const source of copySources(instruction)) {
                    if (!isRemoteSource(source))
                        continue;
                    const isGit = /^git@|^git:\/\/|\.git(?:#.*)?$/i.test(source);
                    if (isGit) {
                        // A 40-hex commit after `#` is immutable; a tag name is acceptable.
                        if (/#(?:[0-9a-f]{40}|v?\d[\w.-]*)$/i.test(source))
                            continue;
                        context.report({ at: text.word(source), messageId: 'unpinnedGit', data: { url: source } });
                    }
                    else if (!instruction.flags.some((flag) => flag.name === 'checksum')) {
                        context.report({ at: text.word(source), messageId: 'unverified', data: { url: source } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-chmod-777.ts



/**
 * True when a mode lets everyone write. The sticky bit (`1777`, `+t`) is how shared directories such as /tmp are
 * meant to be world-writable, so it is accepted.
 */
function isWorldWritable(mode) {
    if (/^[0-7]{3,4}$/.test(mode)) {
        const others = Number(mode[mode.length - 1]);
        const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
        return (others & 2) === 2 && !sticky;
    }
    // Symbolic: `o+w`, `a=rwx`; a clause without `o`/`a` (`+w`) is filtered by the umask and stays private.
    return mode.split(',').some((clause) => {
        const parsed = /^([ugoa]*)[+=]([rwxXst]*)$/.exec(clause);
        return parsed !== null && /[oa]/.test(parsed[1]) && parsed[2].includes('w') && !parsed[2].includes('t');
    });
}
/* harmony default export */ const no_chmod_777 = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-chmod-777',
        domain: 'dockerfile',
        description: 'Files in the shipped image must not be world-writable (`chmod 777`, `o+w`, `--chmod=777`).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.5,
        messages: {
            worldWritable: 'Mode {{mode}} lets any user in the container rewrite these files: grant write access to the owner only (e.g. 755 or 644).',
        },
    },
    create(context) {
        const copy = (instruction) => {
            const mode = instruction.flags.find((flag) => flag.name === 'chmod')?.value;
            if (mode && isShipped(context.model, instruction.stage) && isWorldWritable(mode)) {
                context.report({ at: flagAt(instruction, 'chmod'), messageId: 'worldWritable', data: { mode } });
            }
        };
        return {
            COPY: copy,
            ADD: copy,
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                for (const command of instruction.commands) {
                    if (command.name !== 'chmod')
                        continue;
                    const index = command.args.findIndex((arg) => !/^-[A-Za-z]+$/.test(arg) && !arg.startsWith('--'));
                    const mode = command.args[index];
                    if (mode === undefined || !isWorldWritable(mode))
                        continue;
                    // A scratch directory the same RUN deletes again never reaches the image.
                    const targets = command.args.slice(index + 1).filter((arg) => !arg.startsWith('-'));
                    const removed = new Set(instruction.commands.filter((each) => each.name === 'rm').flatMap((each) => each.args));
                    if (targets.length > 0 && targets.every((target) => removed.has(target)))
                        continue;
                    context.report({
                        at: textOf(context.model, instruction).arg(command, index),
                        messageId: 'worldWritable',
                        data: { mode },
                    });
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/rules/dockerfile/support/secrets.ts
var secrets = __webpack_require__(6243);
;// CONCATENATED MODULE: ./src/rules/dockerfile/no-copied-secret-files.ts





/* harmony default export */ const no_copied_secret_files = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-copied-secret-files',
        domain: 'dockerfile',
        description: 'Private keys, `.env` files and registry logins must not be copied into an image.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.5,
        messages: {
            secretFile: '"{{source}}" looks like a {{kind}}: once copied it stays in the layer even if deleted later. Mount it for the one RUN that needs it: `RUN --mount=type=secret,id=…`.',
        },
    },
    create(context) {
        const check = (instruction) => {
            const text = textOf(context.model, instruction);
            const { sources, dest } = copyOperands(instruction);
            if (dest && (0,secrets/* isTrustStore */.ME)(dest))
                return;
            for (const source of sources) {
                const kind = (0,secrets/* secretFileKind */.Fu)(source);
                if (!kind)
                    continue;
                // A builder stage's layers are not shipped, but they do sit in build caches.
                const severity = isShipped(context.model, instruction.stage) ? undefined : 'warning';
                context.report({ at: text.word(source), messageId: 'secretFile', data: { source, kind }, severity });
            }
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-curl-pipe-shell.ts


const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = /^(?:sh|bash|ash|dash|zsh|ksh|python\d*(?:\.\d+)?|perl|ruby|node)$/;
/** `sh -c "$(curl …)"` and `bash <(curl …)`: the download runs without ever being a file. */
function runsSubstitutedDownload(command) {
    return INTERPRETERS.test(command.name) && command.args.some((arg) => /(?:\$\(|<\(|`)\s*(?:curl|wget)\b/.test(arg));
}
/* harmony default export */ const no_curl_pipe_shell = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-curl-pipe-shell',
        domain: 'dockerfile',
        description: 'Scripts downloaded with curl or wget must not be piped straight into a shell.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.5,
        messages: {
            pipe: '`{{downloader}} … | {{shell}}` runs whatever the server sends today: download to a file, check its checksum, then run it.',
            substitution: '`{{shell}}` runs a script fetched by command substitution: download to a file, check its checksum, then run it.',
        },
    },
    create(context) {
        return {
            RUN(instruction) {
                const { commands } = instruction;
                const text = textOf(context.model, instruction);
                for (const [i, command] of commands.entries()) {
                    if (runsSubstitutedDownload(command)) {
                        context.report({ at: text.command(command), messageId: 'substitution', data: { shell: command.name } });
                        continue;
                    }
                    if (!DOWNLOADERS.has(command.name))
                        continue;
                    // Follow the pipeline: `curl … | tee x | sh` still runs the download.
                    for (let j = i; j < commands.length - 1 && commands[j].next === '|'; j++) {
                        const consumer = commands[j + 1];
                        if (INTERPRETERS.test(consumer.name) && !consumer.args.some((arg) => /\.(?:sh|py|pl|rb|js)$/.test(arg))) {
                            context.report({
                                at: text.command(command),
                                messageId: 'pipe',
                                data: { downloader: command.name, shell: consumer.name },
                            });
                            break;
                        }
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-dist-upgrade.ts



/** Whole-distribution upgrades; a plain `apt-get upgrade` (security fixes within the release) is not flagged. */
const DIST_UPGRADES = {
    'apt-get': new Set(['dist-upgrade', 'full-upgrade']),
    apt: new Set(['dist-upgrade', 'full-upgrade']),
    zypper: new Set(['dist-upgrade', 'dup']),
};
/* harmony default export */ const no_dist_upgrade = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-dist-upgrade',
        domain: 'dockerfile',
        description: 'No distribution upgrades (`apt-get dist-upgrade`, `zypper dist-upgrade`) inside an image build.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            distUpgrade: "`{{manager}} {{action}}` can move the image to another release behind the base tag's back: use a newer base image instead.",
        },
        equivalents: { hadolint: ['DL3005', 'DL3035'], trivy: ['DS024'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.packages) {
                    if (!DIST_UPGRADES[command.manager]?.has(command.action))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'distUpgrade', data: { manager: command.manager, action: command.action } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-hardcoded-token.ts


/* harmony default export */ const no_hardcoded_token = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-hardcoded-token',
        domain: 'dockerfile',
        description: 'No access tokens or private keys written into the Dockerfile (GitHub, GitLab, AWS, Slack, npm, …).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 9.0,
        messages: {
            token: 'This looks like a {{kind}}: revoke it now, and pass credentials with `RUN --mount=type=secret` instead.',
        },
    },
    create(context) {
        return {
            // The whole text, comments included: a token in a comment is just as leaked once committed.
            file(model) {
                const { file } = model;
                for (const token of (0,secrets/* findTokens */.GY)(file.text)) {
                    const span = file.spanOf(token.index, token.index + token.length);
                    const owner = instructionAtLine(model.instructions, span.line);
                    context.report({
                        at: { span, path: owner ? `${owner.path}/token` : 'comment/token' },
                        messageId: 'token',
                        data: { kind: token.kind },
                    });
                }
            },
        };
    },
}));
/** The instruction that spans a line (instructions are in file order and do not overlap), by binary search. */
function instructionAtLine(instructions, line) {
    let low = 0;
    let high = instructions.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (instructions[mid].span.endLine < line)
            low = mid + 1;
        else
            high = mid;
    }
    const found = instructions[low];
    return found && found.span.line <= line ? found : undefined;
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-host-commands.ts


/** Programs that act on a running machine or a person at a terminal; a build step has neither. */
const HOST_COMMANDS = {
    ssh: 'opens a session to another machine',
    vim: 'is an interactive editor',
    vi: 'is an interactive editor',
    nano: 'is an interactive editor',
    shutdown: 'acts on the running machine',
    reboot: 'acts on the running machine',
    service: 'starts a service that stops when the step ends',
    ps: 'lists processes of a build container that is gone when the step ends',
    top: 'is an interactive process viewer',
    htop: 'is an interactive process viewer',
    free: 'reports the memory of the build machine, not of where the image runs',
    kill: 'signals processes of a build container that is gone when the step ends',
    mount: 'mounts into a build container that is gone when the step ends',
    ifconfig: 'configures the network of the build container, not of where the image runs',
};
/* harmony default export */ const no_host_commands = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-host-commands',
        domain: 'dockerfile',
        description: 'RUN should not call commands meant for a running machine or a terminal (`ssh`, `vim`, `service`, `shutdown`, `ps`, `kill`, `mount`, …).',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            host: '`{{command}}` {{why}}: it has no lasting effect on the image; do it at run time, or drop it.',
        },
        equivalents: { hadolint: ['DL3001'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const text = textOf(context.model, instruction);
                for (const command of instruction.commands) {
                    const why = Object.hasOwn(HOST_COMMANDS, command.name) ? HOST_COMMANDS[command.name] : undefined;
                    if (!why)
                        continue;
                    context.report({ at: text.command(command), messageId: 'host', data: { command: command.name, why } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-latest-copy-from.ts



/* harmony default export */ const no_latest_copy_from = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-latest-copy-from',
        domain: 'dockerfile',
        description: 'Images named by `COPY --from` must be pinned to a version or digest, like base images.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            latest: '`--from={{image}}` copies from whatever `latest` is today: pin a version or a digest.',
            untagged: '`--from={{image}}` has no tag, so it means `latest`: pin a version or a digest.',
        },
    },
    create(context) {
        const check = (instruction) => {
            const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
            const stage = instruction.stage;
            if (!ref || !stage || ref.includes('$') || context.model.findStage(ref, stage) || context.model.findStage(ref))
                return;
            // A bare word that is not a stage is reported by docker/copy-from-valid-stage.
            if (!/[/:@.]/.test(ref))
                return;
            const image = splitImage(ref);
            if (image.digest)
                return;
            const at = flagAt(instruction, 'from');
            if (image.tag === undefined)
                context.report({ at, messageId: 'untagged', data: { image: ref } });
            else if (image.tag === 'latest')
                context.report({ at, messageId: 'latest', data: { image: ref } });
        };
        return { COPY: check, ADD: check };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-latest-tag.ts

/* harmony default export */ const no_latest_tag = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-latest-tag',
        domain: 'dockerfile',
        description: 'Base images must be pinned to a version tag or digest, never `latest` or no tag.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            latest: 'Base image "{{image}}" uses the `latest` tag: pin a version (e.g. `{{repository}}:1.2`) or a digest.',
            untagged: 'Base image "{{image}}" has no tag, so it means `latest`: pin a version or a digest.',
        },
        equivalents: { hadolint: ['DL3006', 'DL3007'], checkov: ['CKV_DOCKER_7'] },
    },
    create(context) {
        return {
            stage(stage) {
                const { image } = stage;
                if (image.isScratch || image.stage || image.unresolved || image.digest)
                    return;
                const data = { image: image.raw, repository: image.repository };
                if (image.tag === undefined)
                    context.report({ at: stage.from, messageId: 'untagged', data });
                else if (image.tag === 'latest')
                    context.report({ at: stage.from, messageId: 'latest', data });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-maintainer.ts



/* harmony default export */ const no_maintainer = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-maintainer',
        domain: 'dockerfile',
        description: '`MAINTAINER` is deprecated; use a LABEL.',
        category: 'style',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            maintainer: '`MAINTAINER` is deprecated: use `LABEL org.opencontainers.image.authors="{{who}}"`.',
        },
        equivalents: { hadolint: ['DL4000'], checkov: ['CKV_DOCKER_6'], trivy: ['DS022'] },
    },
    create(context) {
        return {
            MAINTAINER(instruction) {
                const who = instruction.args.replace(/"/g, '');
                const fix = instruction.span.line === instruction.span.endLine
                    ? replaceWith(context.file, instruction, `LABEL org.opencontainers.image.authors=${JSON.stringify(who)}`, 'use the authors label')
                    : undefined;
                context.report({ at: keywordAt(instruction), messageId: 'maintainer', data: { who }, ...(fix ? { fix } : {}) });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-platform-flag.ts



/* harmony default export */ const no_platform_flag = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-platform-flag',
        domain: 'dockerfile',
        description: '`FROM --platform` should use a build argument (`$BUILDPLATFORM`), not a hard-coded platform.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            redundant: '`--platform={{platform}}` is what FROM uses anyway: drop the flag.',
            hardCoded: '`--platform={{platform}}` pins this stage to one platform, so multi-platform builds emulate it: use `$BUILDPLATFORM` or `$TARGETPLATFORM`, or pass `--platform` to the build.',
        },
        equivalents: { hadolint: ['DL3029', 'DL3065'] },
    },
    create(context) {
        return {
            stage(stage) {
                const platform = stage.from.flags.find((flag) => flag.name === 'platform')?.value;
                if (!platform)
                    return;
                if (/^\$\{?TARGETPLATFORM\}?$/.test(platform)) {
                    const at = flagAt(stage.from, 'platform');
                    context.report({
                        at,
                        messageId: 'redundant',
                        data: { platform },
                        fix: removeWithSpace(context.file, at, 'drop the flag'),
                    });
                    return;
                }
                if (platform.includes('$'))
                    return;
                context.report({ at: flagAt(stage.from, 'platform'), messageId: 'hardCoded', data: { platform } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-root-user.ts



/** `root`, `0`, `root:root`, `0:0`, `root:1000`: the user part decides. */
function isRoot(user) {
    const name = user.trim().split(':')[0];
    return name === 'root' || /^0+$/.test(name);
}
/** Images that already run as a non-root user without a USER line of ours. */
function startsNonRoot(image, extra) {
    const reference = `${image.registry ? `${image.registry}/` : ''}${image.repository}`;
    if (image.tag && /(?:^|[-_.])nonroot(?:$|[-_.])/.test(image.tag))
        return true;
    return extra.some((prefix) => reference.startsWith(prefix));
}
/* harmony default export */ const no_root_user = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-root-user',
        domain: 'dockerfile',
        description: 'The shipped image must switch to a non-root user.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            explicitRoot: 'The image runs as `{{user}}`: end with `USER <non-root user or UID>` (e.g. `USER 10001`).',
            implicitRoot: 'The image runs as root because no USER is set in the final stage: add `USER <non-root user or UID>` (e.g. `USER 10001`).',
        },
        equivalents: { hadolint: ['DL3002'], checkov: ['CKV_DOCKER_3', 'CKV_DOCKER_8'], trivy: ['DS002'] },
        defaultOptions: { nonRootImages: [] },
        optionsSchema: {
            type: 'object',
            properties: {
                nonRootImages: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'Image prefixes known to run as non-root.',
                },
            },
            additionalProperties: false,
        },
    },
    create(context) {
        return {
            exit(model) {
                const final = finalStage(model);
                if (!final)
                    return;
                // The USER in effect follows the chain of stages the final one builds FROM.
                const user = lastInEffect(final, 'USER');
                if (user) {
                    // `USER ${APP_UID}`: whatever it resolves to was chosen on purpose.
                    if (isRoot(user.args) && !user.args.includes('$')) {
                        context.report({
                            at: { span: user.argsSpan, path: user.path },
                            messageId: 'explicitRoot',
                            data: { user: user.args.trim() },
                        });
                    }
                    return;
                }
                let root = final;
                while (root.image.stage)
                    root = root.image.stage;
                if (root.image.unresolved || startsNonRoot(root.image, context.options.nonRootImages))
                    return;
                context.report({ at: keywordAt(final.from), messageId: 'implicitRoot' });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-secret-in-env.ts






/* harmony default export */ const no_secret_in_env = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-secret-in-env',
        domain: 'dockerfile',
        description: 'Credentials must not be set in ENV, ARG or LABEL: they are readable in the image config and history.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            env: '`{{keyword}} {{name}}` sets a credential that anyone with the image can read (`docker inspect`): pass it at run time, or mount it with `RUN --mount=type=secret`.',
            envFromArg: '`ENV {{name}}=${{arg}}` copies a build argument into the image config, where anyone with the image can read it: use `RUN --mount=type=secret` for build-time secrets.',
            argDefault: '`ARG {{name}}` has a default credential, written into the Dockerfile and the image history: remove the default and use `RUN --mount=type=secret`.',
            argUsed: 'Build argument `{{name}}` is used by the RUN on line {{line}}, which records its value in the image history: use `RUN --mount=type=secret,id={{id}}` instead.',
        },
        equivalents: { hadolint: ['DL3064'], trivy: ['DS031'] },
    },
    create(context) {
        const { model } = context;
        /** Outside the shipped image a leak is limited to build caches and logs. */
        const severityFor = (instruction) => isShipped(model, instruction.stage) ? undefined : 'warning';
        const nameAt = (instruction, name) => textOf(model, instruction).word(name);
        return {
            ENV(instruction) {
                for (const [name, value] of envPairs(instruction.args)) {
                    // A value that is a known token format is docker/no-hardcoded-token's to report.
                    if (!(0,secrets/* isSecretName */.eh)(name) || (0,secrets/* isHarmlessValue */.nk)(value) || (0,secrets/* looksLikeToken */.NM)(value))
                        continue;
                    const arg = (0,secrets/* referencedVariable */.UA)(value);
                    // `ENV X=$X` with no build argument X copies an earlier ENV (reported there) or nothing.
                    if (arg && !declaresArg(instruction, arg))
                        continue;
                    const messageId = arg ? 'envFromArg' : 'env';
                    context.report({
                        at: nameAt(instruction, name),
                        messageId,
                        data: { keyword: 'ENV', name, arg: arg ?? '' },
                        severity: severityFor(instruction),
                    });
                }
            },
            LABEL(instruction) {
                for (const [name, value] of argPairs(instruction.args)) {
                    if (!(0,secrets/* isSecretName */.eh)(name) || value === undefined || (0,secrets/* isHarmlessValue */.nk)(value) || (0,secrets/* looksLikeToken */.NM)(value))
                        continue;
                    context.report({
                        at: nameAt(instruction, name),
                        messageId: 'env',
                        data: { keyword: 'LABEL', name },
                        severity: severityFor(instruction),
                    });
                }
            },
            ARG(instruction) {
                for (const [name, value] of argPairs(instruction.args)) {
                    if (!(0,secrets/* isSecretName */.eh)(name))
                        continue;
                    if (value !== undefined && !(0,secrets/* isHarmlessValue */.nk)(value) && !(0,secrets/* looksLikeToken */.NM)(value) && !(0,secrets/* referencedVariable */.UA)(value)) {
                        context.report({
                            at: nameAt(instruction, name),
                            messageId: 'argDefault',
                            data: { name },
                            severity: severityFor(instruction),
                        });
                        continue;
                    }
                    const user = firstLeakingRun(instruction, name);
                    if (user) {
                        const data = { name, line: user.span.line, id: name.toLowerCase() };
                        context.report({
                            at: nameAt(instruction, name),
                            messageId: 'argUsed',
                            data,
                            severity: severityFor(instruction),
                        });
                    }
                }
            },
        };
    },
}));
/** True when a build argument of that name is declared before the instruction, in its stage or one it builds FROM. */
const argNames = declaredNames('ARG names', (instruction) => instruction.keyword === 'ARG' ? argPairs(instruction.args).map(([name]) => [name, true]) : []);
function declaresArg(instruction, name) {
    return argNames.before(instruction, name) === true;
}
/**
 * The first later RUN of the same stage that expands the argument without a secret mount. An ARG that only names
 * what a `RUN --mount=type=secret` step reads leaks nothing.
 */
function firstLeakingRun(arg, name) {
    const stage = arg.stage;
    if (!stage)
        return undefined;
    const runs = expandingRuns(stage).get(name) ?? [];
    const position = positionInStage(arg);
    // In stage order: the first one after the ARG, by binary search.
    let low = 0;
    let high = runs.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (positionInStage(runs[mid]) <= position)
            low = mid + 1;
        else
            high = mid;
    }
    return runs[low];
}
const expandingRunsSlot = derivedSlot('RUNs by expanded variable');
/**
 * The RUNs of a stage without a secret mount, by the variables they expand (`$NAME`, `${NAME}`, `${NAME:-…}`),
 * indexed once per stage so that each secret-looking ARG does not scan the rest of the stage.
 */
function expandingRuns(stage) {
    let index = expandingRunsSlot.get(stage);
    if (index)
        return index;
    index = new Map();
    for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN' || hasSecretMount(instruction))
            continue;
        for (const match of instruction.args.matchAll(/\$(?:\{([A-Za-z_]\w*)[}:]|([A-Za-z_]\w*))/g)) {
            const name = match[1] ?? match[2];
            const runs = index.get(name);
            if (!runs)
                index.set(name, [instruction]);
            else if (runs[runs.length - 1] !== instruction)
                runs.push(instruction);
        }
    }
    return expandingRunsSlot.set(stage, index);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/support/ports.ts
function readPort(raw) {
    const [ports = '', protocol] = raw.split('/');
    if (raw.includes('$'))
        return { raw, from: NaN, to: NaN, protocol, dynamic: true };
    const range = /^(\d+)(?:-(\d+))?$/.exec(ports);
    const from = range ? Number(range[1]) : NaN;
    const to = range?.[2] !== undefined ? Number(range[2]) : from;
    return { raw, from, to, protocol: protocol?.toLowerCase(), dynamic: false };
}
function exposedItems(args) {
    return args.split(/\s+/).filter(Boolean);
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-ssh-port.ts




/* harmony default export */ const no_ssh_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-ssh-port',
        domain: 'dockerfile',
        description: 'The shipped image must not expose the SSH port 22.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.3,
        messages: {
            ssh: 'Port 22 means an SSH daemon in the container: use `docker exec` / `kubectl exec` for access instead.',
        },
        equivalents: { checkov: ['CKV_DOCKER_1'], trivy: ['DS004'] },
    },
    create(context) {
        return {
            EXPOSE(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                for (const item of exposedItems(instruction.args)) {
                    const port = readPort(item);
                    if (port.dynamic || !(port.from <= 22 && 22 <= port.to) || (port.protocol && port.protocol !== 'tcp'))
                        continue;
                    context.report({ at: textOf(context.model, instruction).word(item), messageId: 'ssh' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-sudo.ts


/* harmony default export */ const no_sudo = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-sudo',
        domain: 'dockerfile',
        description: 'RUN commands must not use `sudo`; switch users with `USER` instead.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            sudo: '`sudo` in a build needs sudo installed and a sudoers entry that outlives the build: run the step before `USER`, or switch with `USER root`.',
        },
        equivalents: { hadolint: ['DL3004'], checkov: ['CKV2_DOCKER_1'], trivy: ['DS010'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const text = textOf(context.model, instruction);
                for (const command of instruction.commands) {
                    const index = command.words.findIndex((word) => word === 'sudo' || word.endsWith('/sudo'));
                    if (index === -1 || !(command.wrappers.includes('sudo') || command.name === 'sudo'))
                        continue;
                    const offset = text.wordOffsets(command)[index] ?? -1;
                    context.report({ at: text.at(offset, command.words[index].length), messageId: 'sudo' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-system-upgrade.ts



/** System package managers; `npm update` and friends move a project's dependencies, which is another question. */
const SYSTEM = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);
/** Whole-release moves, reported by docker/no-dist-upgrade instead. */
const no_system_upgrade_DIST_UPGRADES = new Set(['dist-upgrade', 'full-upgrade', 'dup', 'distro-sync', 'dsync']);
/* harmony default export */ const no_system_upgrade = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-system-upgrade',
        domain: 'dockerfile',
        description: 'No upgrade of every installed package (`apk upgrade`, `yum update`, `dnf upgrade`) inside an image build.',
        category: 'best-practice',
        defaultSeverity: 'note',
        // Opt-in: upgrading in the build is how many teams get security fixes the base image has not shipped yet.
        recommended: false,
        messages: {
            upgrade: '`{{manager}} {{action}}` upgrades every package, so the image depends on the day it was built: take a newer base image, or upgrade the packages you need by name.',
        },
        equivalents: { hadolint: ['DL3017', 'DL3031', 'DL3039'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.packages) {
                    if (!SYSTEM.has(command.manager) || command.step !== 'upgrade' || no_system_upgrade_DIST_UPGRADES.has(command.action))
                        continue;
                    // `dnf upgrade openssl` picks the packages; only a bare upgrade moves everything.
                    if (command.packages.length > 0)
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'upgrade', data: { manager: command.manager, action: command.action } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-update-alone.ts



/** The index refresh of each manager, which is only useful in the RUN that also installs. */
const REFRESH = {
    'apt-get': new Set(['update']),
    apt: new Set(['update']),
    apk: new Set(['update']),
    yum: new Set(['makecache']),
    dnf: new Set(['makecache']),
    zypper: new Set(['refresh', 'ref']),
};
/* harmony default export */ const no_update_alone = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-update-alone',
        domain: 'dockerfile',
        description: 'A package index refresh (`apt-get update`) must share its RUN with the install that needs it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            alone: '`{{manager}} {{action}}` alone in a RUN is cached as its own layer, so later installs can use a stale index: join it to the install with `&&`.',
        },
        equivalents: { checkov: ['CKV_DOCKER_5'], trivy: ['DS017'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const commands = instruction.packages;
                for (const command of commands) {
                    if (!REFRESH[command.manager]?.has(command.action))
                        continue;
                    const family = command.manager === 'apt' ? 'apt-get' : command.manager;
                    const usesIt = commands.some((other) => other !== command &&
                        (other.manager === 'apt' ? 'apt-get' : other.manager) === family &&
                        !REFRESH[other.manager]?.has(other.action));
                    if (usesIt)
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({ at, messageId: 'alone', data: { manager: command.manager, action: command.action } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-verification-bypass.ts




/** Options that switch off TLS certificate or package signature checks, per program. */
function bypassIn(command) {
    const { name, args } = command;
    const find = (test, what) => {
        const argIndex = args.findIndex(test);
        return argIndex === -1 ? undefined : { argIndex, what };
    };
    switch (name) {
        case 'curl':
            return find((arg) => arg === '--insecure' || /^-[A-Za-z]*k[A-Za-z]*$/.test(arg), 'curl --insecure skips TLS certificate checks');
        case 'wget':
            return find((arg) => arg === '--no-check-certificate', 'wget --no-check-certificate skips TLS certificate checks');
        case 'apk':
            return find((arg) => arg === '--allow-untrusted', 'apk --allow-untrusted installs unsigned packages');
        case 'apt-get':
        case 'apt':
            return find((arg) => /^--allow-(?:unauthenticated|insecure-repositories)$/.test(arg) ||
                /AllowUnauthenticated|Verify-Peer=false|Verify-Host=false/i.test(arg), `${name} accepts unsigned or unverified packages`);
        case 'yum':
        case 'dnf':
        case 'microdnf':
        case 'rpm':
            return find((arg) => arg === '--nogpgcheck' || arg === '--nosignature' || /^--setopt=sslverify=(?:0|false)/i.test(arg), `${name} skips package signature checks`);
        case 'git':
            return find((arg, i) => /^http\.sslVerify=(?:false|0)$/i.test(arg) ||
                (arg === 'http.sslVerify' && /^(?:false|0)$/i.test(args[i + 1] ?? '')), 'git skips TLS certificate checks');
        case 'npm':
        case 'yarn':
        case 'pnpm':
            return find((arg, i) => (arg === 'strict-ssl' && /^(?:false|0)$/i.test(args[i + 1] ?? '')) || /^--strict-ssl=false$/.test(arg), `${name} skips TLS certificate checks`);
    }
    if (/^pip\d*(?:\.\d+)*$/.test(name) || (/^python/.test(name) && args.includes('pip'))) {
        return find((arg) => arg === '--trusted-host' || arg.startsWith('--trusted-host=') || arg === 'global.trusted-host', 'pip --trusted-host skips TLS certificate checks');
    }
    return undefined;
}
/** Environment variables that switch off TLS verification for a whole toolchain. */
const INSECURE_ENV = {
    PYTHONHTTPSVERIFY: /^0$/,
    NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
    GIT_SSL_NO_VERIFY: /^(?:1|true|yes)$/i,
    NPM_CONFIG_STRICT_SSL: /^(?:false|0)$/i,
    PIP_TRUSTED_HOST: /./,
};
/* harmony default export */ const no_verification_bypass = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-verification-bypass',
        domain: 'dockerfile',
        description: 'Downloads and package installs must keep TLS certificate and signature checks on.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            command: '{{what}}: anyone on the network path can swap what gets installed. Trust the right CA (COPY it into the CA store) instead.',
            env: '`{{name}}={{value}}` turns off TLS certificate checks for every later download, and at run time too: trust the right CA instead.',
        },
        equivalents: {
            checkov: [
                'CKV2_DOCKER_2',
                'CKV2_DOCKER_3',
                'CKV2_DOCKER_4',
                'CKV2_DOCKER_5',
                'CKV2_DOCKER_6',
                'CKV2_DOCKER_7',
                'CKV2_DOCKER_8',
            ],
        },
    },
    create(context) {
        const env = (instruction, pairs) => {
            for (const [name, value] of pairs) {
                const insecure = INSECURE_ENV[name];
                if (!insecure || value === undefined || !insecure.test(value))
                    continue;
                context.report({ at: textOf(context.model, instruction).word(name), messageId: 'env', data: { name, value } });
            }
        };
        return {
            ENV: (instruction) => env(instruction, envPairs(instruction.args)),
            ARG: (instruction) => env(instruction, argPairs(instruction.args)),
            RUN(instruction) {
                for (const command of instruction.commands) {
                    const bypass = bypassIn(command);
                    if (!bypass)
                        continue;
                    const at = textOf(context.model, instruction).arg(command, bypass.argIndex);
                    context.report({ at, messageId: 'command', data: { what: bypass.what } });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/no-wget-and-curl.ts


/* harmony default export */ const no_wget_and_curl = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/no-wget-and-curl',
        domain: 'dockerfile',
        description: 'A stage should download with either curl or wget, not both.',
        category: 'style',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            both: '`{{tool}}` is used here but this stage already uses `{{other}}` (line {{line}}): pick one and drop the other package.',
        },
        equivalents: { hadolint: ['DL4001'], trivy: ['DS014'] },
    },
    create(context) {
        const firstUse = new Map();
        return {
            RUN(instruction) {
                const stage = instruction.stage;
                if (!stage)
                    return;
                for (const command of instruction.commands) {
                    if (command.name !== 'curl' && command.name !== 'wget')
                        continue;
                    const first = firstUse.get(stage);
                    if (!first) {
                        firstUse.set(stage, { tool: command.name, line: instruction.span.line });
                    }
                    else if (first.tool !== command.name) {
                        const at = textOf(context.model, instruction).command(command);
                        context.report({
                            at,
                            messageId: 'both',
                            data: { tool: command.name, other: first.tool, line: first.line },
                        });
                        return;
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/npm-ci.ts






const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json'];
/* harmony default export */ const npm_ci = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/npm-ci',
        domain: 'dockerfile',
        description: 'With a lockfile in the image, install with `npm ci`, not `npm install`.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            ci: '`npm install` may resolve other versions than the lockfile copied on line {{line}}: use `npm ci`.',
        },
    },
    create(context) {
        const dir = external_node_path_.posix.dirname(context.file.path);
        // Asked only when a COPY could bring a lockfile along: most Dockerfiles never need the file system.
        let lockfileInContext;
        const hasLockfileInContext = () => (lockfileInContext ??= LOCKFILES.some((name) => context.fileExists(external_node_path_.posix.join(dir, name))));
        /** Line of the COPY that brings a lockfile into each stage. */
        const lockfileCopied = new Map();
        /**
         * The lockfile line the nearest base stage brought in, asked once per stage (the walk has finished the bases by
         * then), so a RUN does not walk the chain.
         */
        const fromBase = new Map();
        const lockfileInBase = (stage) => {
            // Up the chain without recursion (it can be thousands of stages long); every stage passed shares the answer.
            const pending = [];
            let line;
            for (let each = stage;;) {
                if (fromBase.has(each)) {
                    line = fromBase.get(each);
                    break;
                }
                pending.push(each);
                const base = each.image.stage;
                if (!base || base.index >= each.index)
                    break;
                line = lockfileCopied.get(base);
                if (line !== undefined)
                    break;
                each = base;
            }
            for (const each of pending)
                fromBase.set(each, line);
            return line;
        };
        return {
            COPY(instruction) {
                if (instruction.flags.some((flag) => flag.name === 'from'))
                    return;
                const copies = copySources(instruction).some((source) => LOCKFILES.includes(external_node_path_.posix.basename(source)) ||
                    // `package*.json`, `.` or `./`: the lockfile comes along when the repository has one.
                    ((/^package\*\.json$/.test(external_node_path_.posix.basename(source)) || /^\.\/?$/.test(source)) && hasLockfileInContext()));
                if (copies && instruction.stage && !lockfileCopied.has(instruction.stage))
                    lockfileCopied.set(instruction.stage, instruction.span.line);
            },
            RUN(instruction) {
                // A lockfile copied into a stage this one builds FROM is here as well.
                if (!instruction.stage)
                    return;
                const line = lockfileCopied.get(instruction.stage) ?? lockfileInBase(instruction.stage);
                if (line === undefined)
                    return;
                for (const command of instruction.packages) {
                    // `npm install <pkg>` adds a package on purpose; only the whole-tree install has a `ci` equivalent.
                    if (command.manager !== 'npm' || !['install', 'i'].includes(command.action) || command.packages.length > 0)
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    // Unsafe: `npm ci` fails where the lockfile is out of date, which `npm install` papered over.
                    context.report({
                        at,
                        messageId: 'ci',
                        data: { line },
                        fix: replaceWith(context.file, at, 'ci', 'use npm ci', false),
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/numeric-user.ts


/* harmony default export */ const numeric_user = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/numeric-user',
        domain: 'dockerfile',
        description: 'The final stage should set `USER` to a numeric UID, which a runtime can verify is not root.',
        category: 'security',
        defaultSeverity: 'note',
        // Opt-in: a named user is fine unless the image runs where the UID must be provable (runAsNonRoot).
        recommended: false,
        securitySeverity: 2.0,
        messages: {
            name: '`USER {{user}}` names a user: a runtime that must prove the container is not root (Kubernetes `runAsNonRoot`) cannot resolve names, so write its UID (e.g. `USER 10001`).',
        },
        equivalents: { hadolint: ['DL3066'] },
    },
    create(context) {
        return {
            USER(instruction) {
                if (instruction.onbuild || !instruction.stage?.isFinal)
                    return;
                const user = instruction.args.split(':')[0].trim();
                // A number, a build argument whose value is not known here, or root (docker/no-root-user reports that).
                if (user === '' || user === 'root' || /^\d+$/.test(user) || user.includes('$'))
                    return;
                context.report({ at: textOf(context.model, instruction).word(user), messageId: 'name', data: { user } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/onbuild-trigger.ts


/** Instructions the builder refuses as an ONBUILD trigger. */
const REFUSED = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
const KNOWN = new Set(INSTRUCTION_KEYWORDS);
/* harmony default export */ const onbuild_trigger = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/onbuild-trigger',
        domain: 'dockerfile',
        description: '`ONBUILD` must hold an instruction, and not `ONBUILD`, `FROM` or `MAINTAINER`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            refused: '`ONBUILD {{trigger}}` is refused by the builder: an image built FROM this one fails at this trigger. Move the instruction out of ONBUILD or drop it.',
            unknown: '`ONBUILD {{trigger}}` holds no instruction the builder knows: an image built FROM this one fails at this trigger.',
        },
        equivalents: { hadolint: ['DL3043'] },
    },
    create(context) {
        return {
            ONBUILD(instruction) {
                const word = /^\S+/.exec(instruction.args)?.[0] ?? '';
                const trigger = word.toUpperCase();
                const messageId = REFUSED.has(trigger) ? 'refused' : KNOWN.has(trigger) ? undefined : 'unknown';
                if (!messageId)
                    return;
                const { line, column } = instruction.argsSpan;
                context.report({
                    at: {
                        span: { line, column, endLine: line, endColumn: column + Math.max(word.length, 1) },
                        path: instruction.path,
                    },
                    messageId,
                    data: { trigger: word === '' ? '(nothing)' : trigger },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/overridden-instruction.ts


/** Instructions of which only the last one in a stage takes effect. */
const LAST_WINS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];
/* harmony default export */ const overridden_instruction = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/overridden-instruction',
        domain: 'dockerfile',
        description: 'Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect; earlier ones are dead code.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            overridden: 'This {{keyword}} is overridden by the one on line {{line}}: only the last {{keyword}} of a stage takes effect.',
        },
        equivalents: { hadolint: ['DL4003', 'DL4004', 'DL3012'], trivy: ['DS007', 'DS016', 'DS023'] },
    },
    create(context) {
        return {
            stage(stage) {
                for (const keyword of LAST_WINS) {
                    const all = stage.instructions.filter((instruction) => instruction.keyword === keyword);
                    const last = all[all.length - 1];
                    for (const instruction of all.slice(0, -1)) {
                        context.report({
                            at: keywordAt(instruction),
                            messageId: 'overridden',
                            data: { keyword, line: last.span.line },
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/pin-base-image-digest.ts


/* harmony default export */ const pin_base_image_digest = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pin-base-image-digest',
        domain: 'dockerfile',
        description: 'Base images should be pinned by digest (`image:tag@sha256:…`), so a re-pushed tag cannot change the build.',
        category: 'security',
        defaultSeverity: 'note',
        // Opt-in: digests need a bot (Renovate, Dependabot) to stay current, or they freeze security fixes out.
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            digest: 'Base image "{{image}}" is not pinned by digest: write `{{image}}@sha256:…` and let a bot update it.',
        },
    },
    create(context) {
        return {
            stage(stage) {
                const { image } = stage;
                if (image.isScratch || image.stage || image.unresolved || image.digest)
                    return;
                const at = textOf(context.model, stage.from).word(image.raw);
                context.report({ at, messageId: 'digest', data: { image: image.resolved } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/pin-package-versions.ts



const ALL_MANAGERS = [...PACKAGE_MANAGERS];
/* harmony default export */ const pin_package_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pin-package-versions',
        domain: 'dockerfile',
        description: 'Packages installed by name should carry a version (`curl=8.5.0-2`, `flask==3.0.2`, `left-pad@1.3.0`, `x@v1.2.3`).',
        category: 'best-practice',
        defaultSeverity: 'note',
        // Opt-in: pins in distribution packages break as soon as the mirror drops the old version.
        recommended: false,
        messages: {
            unpinned: '{{manager}} package "{{name}}" has no version: pin it (e.g. `{{example}}`) for reproducible builds.',
        },
        equivalents: {
            hadolint: ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041', 'DL3062'],
        },
        defaultOptions: { managers: ALL_MANAGERS },
        optionsSchema: {
            type: 'object',
            properties: { managers: { type: 'array', items: { enum: ALL_MANAGERS } } },
            additionalProperties: false,
        },
    },
    create(context) {
        const managers = new Set(context.options.managers);
        return {
            RUN(instruction) {
                for (const command of instruction.packages) {
                    if (!managers.has(command.manager) || !isInstall(command))
                        continue;
                    // A constraints file pins pip packages named on the command line.
                    if (command.manager === 'pip' && hasOption(command, 'constraint', 'c'))
                        continue;
                    for (const operand of command.packages) {
                        if (operand.pin !== 'none')
                            continue;
                        const at = textOf(context.model, instruction).arg(command.command, operand.argIndex);
                        context.report({
                            at,
                            messageId: 'unpinned',
                            data: { manager: command.manager, name: operand.name, example: example(command.manager, operand.name) },
                        });
                    }
                }
            },
        };
    },
}));
function example(manager, name) {
    switch (manager) {
        case 'pip':
            return `${name}==1.2.3`;
        case 'npm':
        case 'yarn':
        case 'pnpm':
            return `${name}@1.2.3`;
        case 'gem':
            return `${name}:1.2.3`;
        case 'go':
            return `${name}@v1.2.3`;
        case 'cargo':
            return `${name}@1.2.3`;
        case 'yum':
        case 'dnf':
        case 'microdnf':
            return `${name}-1.2.3`;
        default:
            return `${name}=1.2.3`;
    }
}

;// CONCATENATED MODULE: ./src/rules/dockerfile/pip-no-cache-dir.ts





/* harmony default export */ const pip_no_cache_dir = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pip-no-cache-dir',
        domain: 'dockerfile',
        description: '`pip install` in the shipped image should pass `--no-cache-dir`.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            cache: '`pip install` keeps its download cache in the layer: add `--no-cache-dir` (or mount a cache on /root/.cache/pip).',
        },
        equivalents: { hadolint: ['DL3042'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const stage = instruction.stage;
                if (!stage || !isShipped(context.model, stage))
                    return;
                if (mountsOver(instruction, '/root/.cache/pip'))
                    return;
                if (envValue(stage, 'PIP_NO_CACHE_DIR') !== undefined)
                    return;
                for (const command of instruction.packages) {
                    if (command.manager !== 'pip' || command.action !== 'install' || hasOption(command, 'no-cache-dir'))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({
                        at,
                        messageId: 'cache',
                        fix: insertAfter(context.file, at, ' --no-cache-dir', 'add --no-cache-dir'),
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/pipefail.ts




/** Shells that know `set -o pipefail`; for plain `sh` (dash on Debian and Ubuntu) the advice is to switch to bash. */
const PIPEFAIL_SHELLS = /^(?:.*\/)?(?:bash|zsh|ksh|mksh|ash)$/;
/** Left sides of a pipe that cannot fail in a way worth stopping the build for. */
const HARMLESS = new Set(['echo', 'printf', 'yes', 'true', 'cat']);
/** The exec-form SHELL instruction in effect, if any. */
const shellInEffect = carriedFact('SHELL in effect', undefined, (shell, instruction) => instruction.keyword === 'SHELL' && instruction.json ? instruction.json : shell);
/** The shell a RUN runs in: a heredoc's shebang, an exec-form shell, or the SHELL in effect. */
function shellOf(instruction) {
    const shebang = /^#!\s*(\S+)(?:\s+(.*))?/.exec(instruction.heredocs[0]?.content ?? '');
    if (shebang) {
        const [program, rest] = [shebang[1], shebang[2] ?? ''];
        return program.endsWith('/env') ? rest.split(/\s+/) : [program, ...rest.split(/\s+/).filter(Boolean)];
    }
    if (instruction.json)
        return instruction.json.slice(0, instruction.json.indexOf('-c') + 1 || 1);
    const stage = instruction.stage;
    if (!stage)
        return undefined;
    const shell = shellInEffect.before(instruction);
    if (shell)
        return shell;
    // Alpine and BusyBox images run RUN under BusyBox ash, which has pipefail.
    const root = rootStage(stage).image;
    const alpine = /(?:^|\/)(?:alpine|busybox)$/.test(root.repository) || /(?:^|-)alpine/.test(root.tag ?? '');
    return alpine && !root.unresolved ? ['/bin/ash'] : undefined;
}
function setsPipefail(command) {
    if (command.name !== 'set')
        return false;
    return command.args.some((arg, i) => (arg === 'pipefail' && /^-[a-z]*o$/.test(command.args[i - 1] ?? '')) || arg === '-opipefail');
}
/* harmony default export */ const pipefail = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/pipefail',
        domain: 'dockerfile',
        description: 'Pipes in RUN under a POSIX shell need `set -o pipefail`, or a failing left side goes unnoticed.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            pipefail: '`{{command}} | …` under {{shell}} ignores a failure of `{{command}}`: use `SHELL ["{{program}}", "-o", "pipefail", "-c"]` or start the script with `set -o pipefail`.',
        },
        equivalents: { hadolint: ['DL4006'], trivy: ['DS032'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                // No SHELL, shebang or exec-form shell: the builder's default, `/bin/sh -c`.
                const shell = shellOf(instruction) ?? ['/bin/sh', '-c'];
                if (!POSIX_SHELLS.test(shell[0]))
                    return;
                if (shell.some((word, i) => (word === 'pipefail' && /^-[a-z]*o$/.test(shell[i - 1] ?? '')) || word === '-opipefail'))
                    return;
                const text = textOf(context.model, instruction);
                for (const command of instruction.commands) {
                    if (setsPipefail(command))
                        return;
                    if (command.next !== '|' || HARMLESS.has(command.name))
                        continue;
                    const offsets = text.wordOffsets(command);
                    const last = offsets.length - 1;
                    const end = offsets[last] >= 0 ? offsets[last] + command.words[last].length : -1;
                    const pipe = end >= 0 ? text.findPattern(/\|(?!\|)/, end) : undefined;
                    const at = pipe ? text.at(pipe.offset, 1) : text.command(command);
                    const shellName = shell[0].slice(shell[0].lastIndexOf('/') + 1);
                    // Plain sh is dash on Debian and Ubuntu, whose releases there lack pipefail: bash is the shell to switch to.
                    const pipefailShell = PIPEFAIL_SHELLS.test(shell[0]) ? shell[0] : '/bin/bash';
                    const program = pipefailShell.includes('/') ? pipefailShell : `/bin/${pipefailShell}`;
                    context.report({ at, messageId: 'pipefail', data: { command: command.name, shell: shellName, program } });
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/prefer-copy.ts





/* harmony default export */ const prefer_copy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/prefer-copy',
        domain: 'dockerfile',
        description: 'Use COPY, not ADD, for local files and folders.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            copy: 'ADD of local files: use COPY, which does only that (ADD also unpacks archives and fetches URLs).',
        },
        equivalents: { hadolint: ['DL3020'], checkov: ['CKV_DOCKER_4'], trivy: ['DS005'] },
    },
    create(context) {
        return {
            ADD(instruction) {
                const sources = copySources(instruction);
                if (sources.length === 0 || instruction.heredocs.length > 0)
                    return;
                // Variables may expand to a URL or archive; ADD is the only way to do either.
                if (sources.some((source) => isRemoteSource(source) || isLocalArchive(source) || source.includes('$')))
                    return;
                const at = keywordAt(instruction);
                context.report({ at, messageId: 'copy', fix: replaceWith(context.file, at, 'COPY', 'use COPY') });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/reserved-stage-name.ts


/** Names the builder gives a meaning of its own: `FROM scratch` is the empty image, `context` the build context. */
const reserved_stage_name_RESERVED = new Set(['scratch', 'context']);
/* harmony default export */ const reserved_stage_name = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/reserved-stage-name',
        domain: 'dockerfile',
        description: 'A stage must not be named `scratch` or `context`, which the builder reserves.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            reserved: 'Stage name "{{name}}" is reserved: `FROM {{name}}` and `COPY --from={{name}}` would not mean this stage. Rename it.',
        },
        equivalents: { hadolint: ['DL3063'] },
    },
    create(context) {
        return {
            stage(stage) {
                if (stage.name === undefined || !reserved_stage_name_RESERVED.has(stage.name))
                    return;
                const text = textOf(context.model, stage.from);
                const as = text.findPattern(/\bas\s+/i);
                const at = as ? text.at(as.offset + as.length, stage.name.length) : text.at(-1, 0);
                context.report({ at, messageId: 'reserved', data: { name: stage.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/rpm-assume-yes.ts



const YUM_PROMPTING = new Set([
    'install',
    'groupinstall',
    'localinstall',
    'update',
    'upgrade',
    'remove',
    'erase',
    'reinstall',
    'downgrade',
]);
const ZYPPER_PROMPTING = new Set(['install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup']);
/** True when the command would stop at a confirmation prompt. (`microdnf` never asks.) */
function prompts(command) {
    if (command.manager === 'yum' || command.manager === 'dnf') {
        return YUM_PROMPTING.has(command.action) && !hasOption(command, 'assumeyes', 'y');
    }
    if (command.manager === 'zypper') {
        // `zypper -n install` (global) or `zypper install -y` both answer for us.
        return (ZYPPER_PROMPTING.has(command.action) &&
            !hasOption(command, 'non-interactive', 'n') &&
            !hasOption(command, 'no-confirm', 'y'));
    }
    return false;
}
/* harmony default export */ const rpm_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/rpm-assume-yes',
        domain: 'dockerfile',
        description: '`yum`, `dnf` and `zypper` commands that change packages must not wait for a confirmation.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missingYes: '`{{manager}} {{action}}` asks for a confirmation the build cannot give: add `{{flag}}`.',
        },
        equivalents: { hadolint: ['DL3030', 'DL3034', 'DL3038'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.packages) {
                    if (!prompts(command))
                        continue;
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    const flag = command.manager === 'zypper' ? '-n' : '-y';
                    context.report({
                        at,
                        messageId: 'missingYes',
                        data: { manager: command.manager, action: command.action, flag },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/rpm-cache-cleanup.ts




const CACHE_DIRS = {
    yum: '/var/cache/yum',
    dnf: '/var/cache/dnf',
    microdnf: '/var/cache/yum',
    zypper: '/var/cache/zypp',
};
const CLEAN_HINT = {
    yum: 'yum clean all',
    dnf: 'dnf clean all',
    microdnf: 'microdnf clean all',
    zypper: 'zypper clean --all',
};
/** True when a command after position `from` cleans the cache `manager` filled (yum, dnf and microdnf share one). */
function cleans(instruction, manager, after) {
    const cacheDir = CACHE_DIRS[manager];
    const family = managerFamily(manager);
    const rest = instruction.commands.slice(instruction.commands.indexOf(after) + 1);
    return (instruction.packages.some((command) => command.step === 'clean' && managerFamily(command.manager) === family && rest.includes(command.command)) ||
        rest.some((command) => command.name === 'rm' &&
            command.args.some((arg) => arg.startsWith(cacheDir) || arg.startsWith('/var/cache/dnf'))));
}
/* harmony default export */ const rpm_cache_cleanup = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/rpm-cache-cleanup',
        domain: 'dockerfile',
        description: '`yum`/`dnf`/`microdnf`/`zypper` installs and upgrades in the shipped image must clean the cache after them.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            clean: 'The `{{manager}}` cache stays in this layer: end the RUN with `{{hint}}`.',
        },
        equivalents: { hadolint: ['DL3032', 'DL3036', 'DL3040'], trivy: ['DS015', 'DS019', 'DS020', 'DS027'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                const reported = new Set();
                for (const command of instruction.packages) {
                    const cacheDir = CACHE_DIRS[command.manager];
                    // Installs and upgrades both download packages and metadata into the cache.
                    if (!cacheDir || (command.step !== 'install' && command.step !== 'upgrade'))
                        continue;
                    if (reported.has(command.manager))
                        continue;
                    if (mountsOver(instruction, cacheDir) || cleans(instruction, command.manager, command.command))
                        continue;
                    reported.add(command.manager);
                    const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
                    context.report({
                        at,
                        messageId: 'clean',
                        data: { manager: command.manager, hint: CLEAN_HINT[command.manager] },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/syntax.ts

/**
 * Reported by the engine for each syntax problem of a Dockerfile. The parser recovers from all of them (a stray keyword
 * is skipped, an instruction before FROM belongs to no stage), so the other rules still run on the file.
 */
/* harmony default export */ const syntax = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/syntax',
        domain: 'dockerfile',
        description: 'The Dockerfile cannot be built as written (unknown instruction, missing FROM, …).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'Dockerfile syntax: {{message}}' },
        equivalents: { hadolint: ['DL3061'] },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/trusted-registry.ts



/** Used until `settings.trustedRegistries` is set: the big public registries, so opting in works out of the box. */
const PUBLIC_REGISTRIES = [
    'docker.io',
    'ghcr.io',
    'quay.io',
    'gcr.io',
    '*.gcr.io',
    '*.pkg.dev',
    'registry.k8s.io',
    'mcr.microsoft.com',
    'public.ecr.aws',
    'cgr.dev',
    'registry.access.redhat.com',
    'registry.redhat.io',
    'registry.gitlab.com',
];
/** Compiled trusted-registry patterns, by entry (settings rarely change; a dozen rules' worth of files share them). */
const PATTERNS = new Map();
/** `docker.io`, `ghcr.io/acme`, `*.dkr.ecr.eu-west-1.amazonaws.com`: a registry, optionally with a path prefix. */
function matches(reference, trusted) {
    let pattern = PATTERNS.get(trusted);
    if (!pattern) {
        pattern = new RegExp(`^${trusted.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/|$)`);
        PATTERNS.set(trusted, pattern);
    }
    return pattern.test(reference);
}
const DOCKER_HUB_ALIASES = new Set([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.docker.com',
    'registry.hub.docker.com',
]);
/** Full reference with the implicit Docker Hub registry and `library/` namespace spelled out. */
function fullName(image) {
    const registry = image.registry && DOCKER_HUB_ALIASES.has(image.registry) ? undefined : image.registry;
    if (registry)
        return `${registry}/${image.repository}`;
    return `docker.io/${image.repository.includes('/') ? image.repository : `library/${image.repository}`}`;
}
/* harmony default export */ const trusted_registry = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/trusted-registry',
        domain: 'dockerfile',
        description: 'Images must come from trusted registries: `settings.trustedRegistries`, or well-known public ones until that is set.',
        category: 'security',
        defaultSeverity: 'error',
        // Opt-in: which registries to trust is a policy only the repository owner can set.
        recommended: false,
        securitySeverity: 6.5,
        messages: {
            untrusted: 'Image "{{image}}" comes from {{registry}}, which is not a trusted registry ({{trusted}}).',
        },
        equivalents: { hadolint: ['DL3026'] },
    },
    create(context) {
        const configured = context.settings.trustedRegistries ?? [];
        const trusted = configured.length > 0 ? configured : PUBLIC_REGISTRIES;
        const check = (reference, at) => {
            const image = splitImage(reference);
            const name = fullName(image);
            if (trusted.some((entry) => matches(name, entry)))
                return;
            const list = configured.length > 0
                ? `settings.trustedRegistries: ${configured.join(', ')}`
                : 'set settings.trustedRegistries to allow it';
            context.report({
                at,
                messageId: 'untrusted',
                data: { image: reference, registry: name.split('/')[0], trusted: list },
            });
        };
        return {
            stage(stage) {
                if (stage.image.isScratch || stage.image.stage || stage.image.unresolved)
                    return;
                check(stage.image.resolved, textOf(context.model, stage.from).word(stage.image.raw));
            },
            COPY(instruction) {
                const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
                if (!ref || ref.includes('$') || !/[/:@.]/.test(ref) || context.model.findStage(ref))
                    return;
                check(ref, flagAt(instruction, 'from'));
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/undeclared-arg-in-from.ts


/** Arguments BuildKit defines for FROM lines without a declaration. */
const AUTOMATIC = new Set([
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT',
    'TARGETSTAGE',
    'BUILDKIT_SYNTAX',
]);
/* harmony default export */ const undeclared_arg_in_from = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/undeclared-arg-in-from',
        domain: 'dockerfile',
        description: 'A FROM line may only use build arguments declared with ARG before the first FROM.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            undeclared: '`${{name}}` is not declared before the first FROM, so it expands to an empty string here: add `ARG {{name}}=<default>` at the top of the file.',
        },
    },
    create(context) {
        return {
            stage(stage) {
                const { from } = stage;
                const text = textOf(context.model, from);
                // Both the image and `--platform=` are expanded with the global ARGs.
                const expanded = [from.args.split(/\s+/)[0] ?? '', ...from.flags.map((flag) => flag.value ?? '')].join(' ');
                for (const match of expanded.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                    const name = match[1];
                    if (context.model.globalArgs.has(name) || AUTOMATIC.has(name))
                        continue;
                    const found = text.findPattern(variableReference(name), text.start);
                    context.report({
                        at: text.at(found?.offset ?? -1, found?.length ?? 0),
                        messageId: 'undeclared',
                        data: { name },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/unique-stage-names.ts


/* harmony default export */ const unique_stage_names = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/unique-stage-names',
        domain: 'dockerfile',
        description: 'Stage names (`FROM … AS name`) must be unique.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            duplicate: 'Stage name "{{name}}" is already used on line {{line}}: `--from={{name}}` and `--target {{name}}` become ambiguous.',
        },
        equivalents: { hadolint: ['DL3024'], checkov: ['CKV_DOCKER_11'], trivy: ['DS012'] },
    },
    create(context) {
        const seen = new Map();
        return {
            stage(stage) {
                if (!stage.name)
                    return;
                const first = seen.get(stage.name);
                if (!first) {
                    seen.set(stage.name, stage);
                    return;
                }
                const text = textOf(context.model, stage.from);
                const as = text.findPattern(/\s[Aa][Ss]\s+/);
                const at = text.at(as ? text.findWord(stage.from.args.split(/\s+/).pop(), as.offset) : -1, stage.name.length);
                context.report({ at, messageId: 'duplicate', data: { name: stage.name, line: first.span.line } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/use-apt-get.ts



const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade']);
/* harmony default export */ const use_apt_get = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/use-apt-get',
        domain: 'dockerfile',
        description: 'Scripts should call `apt-get`, not `apt`, whose command line is meant for people and may change.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            apt: '`apt` warns that its interface is unstable in scripts: use `apt-get {{action}}` (or `apt-cache`).',
        },
        equivalents: { hadolint: ['DL3027'], checkov: ['CKV_DOCKER_9'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.commands) {
                    if (command.name !== 'apt')
                        continue;
                    const action = command.args.find((arg) => !arg.startsWith('-')) ?? 'install';
                    const at = textOf(context.model, instruction).command(command);
                    // Only actions apt-get has under the same name can be renamed in place.
                    const fix = SAME_IN_APT_GET.has(action) ? replaceWith(context.file, at, 'apt-get', 'use apt-get') : undefined;
                    context.report({ at, messageId: 'apt', data: { action }, ...(fix ? { fix } : {}) });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/use-shell-instruction.ts


/* harmony default export */ const use_shell_instruction = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/use-shell-instruction',
        domain: 'dockerfile',
        description: 'Change the shell RUN uses with `SHELL`, not by replacing `/bin/sh`.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            symlink: 'Replacing /bin/sh changes the shell of every script in the image, not only of the build: use `SHELL ["{{shell}}", "-c"]`.',
        },
        equivalents: { hadolint: ['DL4005'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.commands) {
                    if (command.name !== 'ln')
                        continue;
                    const operands = command.args.filter((arg) => !arg.startsWith('-'));
                    if (operands.length !== 2 || !/^\/(?:usr\/)?bin\/sh$/.test(operands[1]))
                        continue;
                    const shell = operands[0];
                    context.report({
                        at: textOf(context.model, instruction).command(command),
                        messageId: 'symlink',
                        data: { shell },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/use-workdir.ts


/* harmony default export */ const use_workdir = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/use-workdir',
        domain: 'dockerfile',
        description: 'Use `WORKDIR` rather than `cd` to an absolute directory in RUN.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            cd: '`cd {{dir}}` lasts only for this RUN: set `WORKDIR {{dir}}` instead, so later instructions agree on the directory.',
        },
        equivalents: { hadolint: ['DL3003'], trivy: ['DS013'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const { commands } = instruction;
                const cds = commands.filter((command) => command.name === 'cd');
                // Several `cd`s (there and back again) are a deliberate detour inside one RUN.
                if (cds.length !== 1)
                    return;
                const command = cds[0];
                const dir = command.args.find((arg) => !arg.startsWith('-'));
                // Relative targets (an unpacked source tree), `/`, and scratch space under /tmp are fine inside one RUN.
                if (!dir?.startsWith('/') || dir === '/' || /^\/tmp(?:\/|$)/.test(dir))
                    return;
                // A directory the same RUN creates or deletes is temporary: WORKDIR would keep it.
                const temporary = commands.some((each) => (each.name === 'mkdir' || each.name === 'rm') &&
                    each.args.some((arg) => arg.replace(/\/+$/, '') === dir.replace(/\/+$/, '')));
                if (temporary)
                    return;
                context.report({ at: textOf(context.model, instruction).command(command), messageId: 'cd', data: { dir } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/useradd-no-log-init.ts



/** `/var/log/lastlog` and `faillog` are sparse files sized by UID; layers store them in full. */
const LARGE_UID = 100000;
/* harmony default export */ const useradd_no_log_init = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/useradd-no-log-init',
        domain: 'dockerfile',
        description: '`useradd` with a large UID needs `-l` (`--no-log-init`), or the image grows by gigabytes.',
        category: 'performance',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            logInit: '`useradd -u {{uid}}` without `-l` writes a lastlog file sized by the UID into the layer: add `--no-log-init`.',
        },
        equivalents: { hadolint: ['DL3046'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                for (const command of instruction.commands) {
                    if (command.name !== 'useradd')
                        continue;
                    const { args } = command;
                    if (args.some((arg) => arg === '--no-log-init' || /^-[A-Za-z]*l[A-Za-z]*$/.test(arg)))
                        continue;
                    const index = args.findIndex((arg) => arg === '-u' || arg === '--uid' || arg.startsWith('--uid='));
                    if (index === -1)
                        continue;
                    const uid = args[index].startsWith('--uid=') ? args[index].slice(6) : args[index + 1];
                    if (!uid || !/^\d+$/.test(uid) || Number(uid) < LARGE_UID)
                        continue;
                    const text = textOf(context.model, instruction);
                    const fix = insertAfter(context.file, text.command(command), ' --no-log-init', 'add --no-log-init');
                    context.report({ at: text.arg(command, index), messageId: 'logInit', data: { uid }, fix });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/valid-expose.ts



const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
/* harmony default export */ const valid_expose = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/valid-expose',
        domain: 'dockerfile',
        description: '`EXPOSE` takes container ports 0–65535 or ranges, optionally with `/tcp`, `/udp` or `/sctp`.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            port: '"{{item}}" is not a port number or range (0–65535){{hint}}.',
            range: 'The range "{{item}}" runs backwards: write the lower port first.',
            protocol: 'Unknown protocol "{{protocol}}": use tcp, udp or sctp.',
        },
        equivalents: { hadolint: ['DL3011'], trivy: ['DS008'] },
    },
    create(context) {
        return {
            EXPOSE(instruction) {
                const text = textOf(context.model, instruction);
                for (const item of exposedItems(instruction.args)) {
                    const port = readPort(item);
                    if (port.dynamic)
                        continue;
                    const at = text.word(item);
                    if (Number.isNaN(port.from) || port.to > 65535) {
                        // `EXPOSE 8080:80` is a publish mapping from `docker run -p`, not something an image can declare.
                        const hint = item.includes(':') ? '; host:container mappings belong to `docker run -p`' : '';
                        context.report({ at, messageId: 'port', data: { item, hint } });
                    }
                    else if (port.to < port.from) {
                        context.report({ at, messageId: 'range', data: { item } });
                    }
                    else if (port.protocol !== undefined && !PROTOCOLS.has(port.protocol)) {
                        context.report({ at, messageId: 'protocol', data: { protocol: port.protocol } });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/wget-progress.ts



/* harmony default export */ const wget_progress = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/wget-progress',
        domain: 'dockerfile',
        description: '`wget` in RUN should set `--progress` or be quiet, or a large download floods the build log.',
        category: 'style',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            progress: '`wget` without `--progress` prints a progress line per few kilobytes into the build log: add `--progress=dot:giga`, or `-q`/`-nv`.',
        },
        equivalents: { hadolint: ['DL3047'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                const text = textOf(context.model, instruction);
                for (const command of instruction.commands) {
                    if (command.name !== 'wget')
                        continue;
                    const { args } = command;
                    // Quiet, non-verbose, or the log written to a file: nothing floods the build output.
                    if (hasFlag(args, 'progress') || hasFlag(args, 'quiet') || hasFlag(args, 'no-verbose'))
                        continue;
                    // `-q` alone or bundled, also with an option value glued on (`-qO-`).
                    if (args.some((arg) => /^-[A-Za-z]*q/.test(arg)))
                        continue;
                    if (args.includes('-nv') || hasFlag(args, 'output-file', 'o') || hasFlag(args, 'append-output', 'a'))
                        continue;
                    context.report({ at: text.command(command), messageId: 'progress' });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/yarn-cache-clean.ts




/* harmony default export */ const yarn_cache_clean = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'docker/yarn-cache-clean',
        domain: 'dockerfile',
        description: '`yarn install` in the shipped image should be followed by `yarn cache clean` in the same RUN.',
        category: 'performance',
        defaultSeverity: 'note',
        recommended: true,
        messages: {
            cache: '`yarn {{action}}` leaves its package cache in the layer: end the RUN with `yarn cache clean` (or mount a cache for it).',
        },
        equivalents: { hadolint: ['DL3060'] },
    },
    create(context) {
        return {
            RUN(instruction) {
                if (!isShipped(context.model, instruction.stage))
                    return;
                // Any cache mount that names yarn is where the cache goes instead of the layer.
                if (instruction.flags.some((flag) => flag.name === 'mount' && /type=cache/.test(flag.value ?? '') && /yarn/.test(flag.value ?? '')))
                    return;
                const commands = instruction.packages;
                // The last install decides: a `yarn cache clean` before it leaves the cache that install fills.
                const install = commands.findLast((command) => command.manager === 'yarn' && isInstall(command) && !hasOption(command, 'cache-folder'));
                if (!install)
                    return;
                const after = commands.slice(commands.indexOf(install) + 1);
                if (after.some((command) => command.manager === 'yarn' && command.step === 'clean'))
                    return;
                const at = textOf(context.model, instruction).arg(install.command, actionArgIndex(install));
                context.report({ at, messageId: 'cache', data: { action: install.action || 'install' } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/dockerfile/index.ts































































/** Every Dockerfile rule, sorted by file name. */
const dockerfileRules = [
    absolute_workdir,
    apk_no_cache,
    apt_get_assume_yes,
    apt_lists_cleanup,
    apt_no_install_recommends,
    build_tools_in_final_stage,
    consecutive_run,
    copy_dest_trailing_slash,
    copy_from_valid_stage,
    copy_manifests_first,
    copy_relative_dest,
    dockerignore,
    env_key_value_format,
    env_self_reference,
    exec_form_cmd,
    extract_with_add,
    final_stage_healthcheck,
    global_arg_in_stage,
    label_key_format,
    label_schema,
    no_add_remote_url,
    no_chmod_777,
    no_copied_secret_files,
    no_curl_pipe_shell,
    no_dist_upgrade,
    no_hardcoded_token,
    no_host_commands,
    no_latest_copy_from,
    no_latest_tag,
    no_maintainer,
    no_platform_flag,
    no_root_user,
    no_secret_in_env,
    no_ssh_port,
    no_sudo,
    no_system_upgrade,
    no_update_alone,
    no_verification_bypass,
    no_wget_and_curl,
    npm_ci,
    numeric_user,
    onbuild_trigger,
    overridden_instruction,
    pin_base_image_digest,
    pin_package_versions,
    pip_no_cache_dir,
    pipefail,
    prefer_copy,
    reserved_stage_name,
    rpm_assume_yes,
    rpm_cache_cleanup,
    syntax,
    trusted_registry,
    undeclared_arg_in_from,
    unique_stage_names,
    use_apt_get,
    use_shell_instruction,
    use_workdir,
    useradd_no_log_init,
    valid_expose,
    wget_progress,
    yarn_cache_clean,
];
/** The domain with its rules, as rules/packs.ts loads it. */
const pack = { domain: dockerfileDomain, rules: dockerfileRules };


/***/ }),

/***/ 6243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ secretFileKind),
/* harmony export */   GY: () => (/* binding */ findTokens),
/* harmony export */   ME: () => (/* binding */ isTrustStore),
/* harmony export */   NM: () => (/* binding */ looksLikeToken),
/* harmony export */   UA: () => (/* binding */ referencedVariable),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   nk: () => (/* binding */ isHarmlessValue)
/* harmony export */ });
/* unused harmony export TOKEN_PATTERNS */
/** Recognisable credential formats, by issuer. Each pattern is specific enough to need no entropy check. */
const TOKEN_PATTERNS = [
    { kind: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b/ },
    { kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/ },
    { kind: 'GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,}\b/ },
    { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
    { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
    {
        kind: 'Slack webhook',
        pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/,
    },
    { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
    { kind: 'Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/ },
    { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { kind: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];
const GLOBAL_TOKEN_PATTERNS = TOKEN_PATTERNS.map(({ kind, pattern }) => ({
    kind,
    global: new RegExp(pattern.source, 'g'),
}));
function findTokens(text) {
    const found = [];
    for (const { kind, global } of GLOBAL_TOKEN_PATTERNS) {
        // matchAll scans a copy of the expression: the shared one keeps lastIndex 0.
        for (const match of text.matchAll(global))
            found.push({ kind, index: match.index, length: match[0].length });
    }
    return found.sort((a, b) => a.index - b.index);
}
function looksLikeToken(value) {
    return TOKEN_PATTERNS.some(({ pattern }) => pattern.test(value));
}
/** Words that make a variable name a credential. A bare `KEY` is not one: `GPG_KEY` holds a public fingerprint. */
const SECRET_WORDS = new Set([
    'PASSWORD',
    'PASSWD',
    'PWD',
    'SECRET',
    'TOKEN',
    'APIKEY',
    'CREDENTIAL',
    'CREDENTIALS',
    'PASSPHRASE',
]);
const SECRET_PAIRS = [
    ['API', 'KEY'],
    ['PRIVATE', 'KEY'],
    ['ACCESS', 'KEY'],
    ['SECRET', 'KEY'],
    ['CLIENT', 'SECRET'],
    ['AUTH', 'TOKEN'],
];
/** Last words that make the variable about a secret rather than the secret itself (`PASSWORD_FILE=/run/secrets/db`). */
const NOT_THE_SECRET = new Set([
    'FILE',
    'PATH',
    'DIR',
    'URL',
    'URI',
    'ENDPOINT',
    'HOST',
    'PORT',
    'ID',
    'NAME',
    'LENGTH',
    'TTL',
    'EXPIRY',
    'EXPIRES',
    'TIMEOUT',
    'HEADER',
    'TYPE',
    'ENABLED',
    'REQUIRED',
    'VERSION',
    'MIN',
    'MAX',
    'POLICY',
    'ENV',
    'REF',
    'ARN',
]);
function isSecretName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter(Boolean);
    if (words.length === 0 || NOT_THE_SECRET.has(words[words.length - 1]))
        return false;
    if (words.some((word) => SECRET_WORDS.has(word)))
        return true;
    return SECRET_PAIRS.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
}
/** Values that cannot be a credential: empty, booleans, numbers of a few digits, paths. */
function isHarmlessValue(value) {
    return value === '' || /^(?:true|false|yes|no|on|off|none|null|\d{1,4})$/i.test(value) || value.startsWith('/');
}
/** True when a value is only a variable reference (`$TOKEN`, `${TOKEN}`), naming it. */
function referencedVariable(value) {
    return /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value)?.[1];
}
/** Files that hold credentials by name: SSH keys, dotenv files, package-registry logins, private keys. */
function secretFileKind(path) {
    const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
    if (/^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(base))
        return 'SSH private key';
    if (base === '.env' || /^\.env\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+$/.test(base))
        return 'dotenv file';
    if (['.npmrc', '.pypirc', '.netrc', '.git-credentials', '.htpasswd', '.dockercfg'].includes(base))
        return 'credentials file';
    if (base === 'credentials' && /\.aws\//.test(path))
        return 'AWS credentials';
    if (/\.(?:key|p12|pfx|jks|keystore)$/i.test(base))
        return 'private key';
    // A `.pem` holds a certificate as often as a key: names that say certificate or public are left alone.
    if (/\.pem$/i.test(base) &&
        !/(?:^|[-_.])(?:ca|cacert|cert|certs|certificate|crt|chain|fullchain|bundle|root|pub|public|trust)(?:[-_.]|$)/i.test(base)) {
        return 'private key';
    }
    return undefined;
}
/** Destinations that only ever hold certificates (trust stores). */
function isTrustStore(dest) {
    return /^\/(?:usr\/local\/share\/ca-certificates|usr\/share\/ca-certificates|etc\/ssl\/certs|etc\/pki\/ca-trust|usr\/local\/share\/certs)(?:\/|$)/.test(dest);
}


/***/ })

};
