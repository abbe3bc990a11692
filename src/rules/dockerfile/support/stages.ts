import type { DockerfileModel, DockerInstruction, DockerStage } from '../../../domains/dockerfile/index.js';
import { derivedSlot } from './derived.js';

/*
 * Everything a stage inherits through `FROM <earlier stage>` is worked out once per stage, from what its base stage
 * ends with and its own instructions, and kept on the stage. Asking it for each instruction is then constant time:
 * scanning the chain's instructions per instruction, as a rule naturally would, costs the square of their number
 * (20,000 RUN lines took a minute).
 */

/** The stage and the earlier stages it builds `FROM`, nearest first: everything whose layers it contains. */
export function baseChain(stage: DockerStage): DockerStage[] {
  const chain: DockerStage[] = [];
  const seen = new Set<DockerStage>();
  for (let each: DockerStage | undefined = stage; each && !seen.has(each); each = each.image.stage) {
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
function perStage<V>(
  description: string,
  compute: (stage: DockerStage, base: V | undefined) => V,
): (stage: DockerStage) => V {
  const slot = derivedSlot<DockerStage, { value: V }>(description);
  return (stage) => {
    const known = slot.get(stage);
    if (known) return known.value;
    const pending: DockerStage[] = [];
    const seen = new Set<DockerStage>();
    let base: { value: V } | undefined;
    for (let each: DockerStage | undefined = stage; each && !seen.has(each); each = each.image.stage) {
      base = slot.get(each);
      if (base) break;
      seen.add(each);
      pending.push(each);
    }
    for (let i = pending.length - 1; i >= 0; i--)
      base = slot.set(pending[i]!, { value: compute(pending[i]!, base?.value) });
    return base!.value;
  };
}

/** The first stage of the chain: the image the build starts from. */
export const rootStage = perStage<DockerStage>('root stage', (stage, base) => base ?? stage);

/** Position of an instruction among its stage's instructions. */
export function positionInStage(target: DockerInstruction): number {
  // An ONBUILD trigger sits where its ONBUILD is written.
  const instruction = target.onbuild ?? target;
  const stage = instruction.stage;
  if (!stage) return -1;
  const at = instruction.index - stage.from.index;
  return stage.instructions[at] === instruction ? at : stage.instructions.indexOf(instruction);
}

/**
 * A fact carried down the build, instruction by instruction and through `FROM`: `step` gives the state after an
 * instruction from the state before it. `before(instruction)` answers what the instructions before it (in its stage
 * and the stages it builds on) established; `after(stage)` what the whole stage ends with.
 */
export interface CarriedFact<T> {
  before(instruction: DockerInstruction): T;
  after(stage: DockerStage): T;
}

export function carriedFact<T>(
  description: string,
  start: T,
  step: (state: T, instruction: DockerInstruction) => T,
): CarriedFact<T> {
  const states = perStage<{ before: T[]; after: T }>(description, (stage, base) => {
    let state = base ? base.after : start;
    const before: T[] = [];
    for (const instruction of stage.instructions) {
      before.push(state);
      state = step(state, instruction);
    }
    return { before, after: state };
  });
  return {
    before: (instruction) =>
      instruction.stage ? (states(instruction.stage).before[positionInStage(instruction)] ?? start) : start,
    after: (stage) => states(stage).after,
  };
}

/**
 * Names that instructions declare (ARG names, ENV keys…), for "is it declared before this instruction, here or in a
 * stage this one builds on". Each stage indexes its own instructions once; a name is looked up the chain once per
 * stage and then remembered.
 */
export interface DeclaredNames<V> {
  /** The last value declared for `name` before the instruction, in its stage or the stages it builds on. */
  before(instruction: DockerInstruction, name: string): V | undefined;
  /** The last value declared for `name` by the stage or the stages it builds on. */
  inChain(stage: DockerStage, name: string): V | undefined;
}

export function declaredNames<V>(
  description: string,
  declares: (instruction: DockerInstruction) => Iterable<[string, V]>,
): DeclaredNames<V> {
  interface Own {
    /** name → positions that declare it, and the values declared there, in order. */
    at: Map<string, { position: number; value: V }[]>;
    chain: Map<string, { value: V } | null>;
  }
  const own = perStage<Own>(description, (stage) => {
    const at = new Map<string, { position: number; value: V }[]>();
    for (const [position, instruction] of stage.instructions.entries()) {
      for (const [name, value] of declares(instruction)) {
        let list = at.get(name);
        if (!list) at.set(name, (list = []));
        list.push({ position, value });
      }
    }
    return { at, chain: new Map() };
  });
  const inChain = (stage: DockerStage, name: string): V | undefined => {
    const pending: Own[] = [];
    let found: { value: V } | null = null;
    const seen = new Set<DockerStage>();
    for (let each: DockerStage | undefined = stage; each && !seen.has(each); each = each.image.stage) {
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
        found = { value: list[list.length - 1]!.value };
        break;
      }
    }
    for (const index of pending) index.chain.set(name, found);
    return found?.value;
  };
  return {
    inChain,
    before(instruction, name) {
      const stage = instruction.stage;
      if (!stage) return undefined;
      const list = own(stage).at.get(name);
      const position = positionInStage(instruction);
      let last: { value: V } | undefined;
      if (list) {
        // Positions are in order: the last one before the instruction, by binary search.
        let low = 0;
        let high = list.length;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (list[mid]!.position < position) low = mid + 1;
          else high = mid;
        }
        if (low > 0) last = list[low - 1];
      }
      if (last) return last.value;
      return stage.image.stage ? inChain(stage.image.stage, name) : undefined;
    },
  };
}

export function finalStage(model: DockerfileModel): DockerStage | undefined {
  return model.stages[model.stages.length - 1];
}

/** Stages whose layers end up in the image `docker build` ships: the final stage and the stages it builds on. */
const shippedCache = derivedSlot<DockerfileModel, Set<DockerStage>>('shipped stages');

export function shippedStages(model: DockerfileModel): Set<DockerStage> {
  let shipped = shippedCache.get(model);
  if (!shipped) {
    const final = finalStage(model);
    shipped = new Set(final ? baseChain(final) : []);
    shippedCache.set(model, shipped);
  }
  return shipped;
}

export function isShipped(model: DockerfileModel, stage: DockerStage | undefined): boolean {
  return stage !== undefined && shippedStages(model).has(stage);
}

/** The last instruction of a keyword in effect for a stage, following its `FROM` chain. */
export function lastInEffect(stage: DockerStage, keyword: string): DockerInstruction | undefined {
  for (const each of baseChain(stage)) {
    for (let i = each.instructions.length - 1; i >= 0; i--)
      if (each.instructions[i]!.keyword === keyword) return each.instructions[i];
  }
  return undefined;
}

const envValues = declaredNames<string>('ENV values', (instruction) =>
  instruction.keyword === 'ENV' ? envPairs(instruction.args) : [],
);

/** The value an ENV of the stage (or its chain) sets for a variable, if any. */
export function envValue(stage: DockerStage, name: string): string | undefined {
  return envValues.inChain(stage, name);
}

/** `ENV A=1 B=2` and the legacy `ENV A 1` form. */
export function envPairs(args: string): [string, string][] {
  const legacy = /^([^\s=]+)\s+(.*)$/s.exec(args);
  if (legacy && !legacy[1]!.includes('=')) return [[legacy[1]!, legacy[2]!.trim()]];
  const pairs: [string, string][] = [];
  for (const match of args.matchAll(/([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:\\.|\S)*)/g)) {
    pairs.push([match[1]!, unquoted(match[2]!)]);
  }
  return pairs;
}

function unquoted(value: string): string {
  if (value.length >= 2 && /^(["']).*\1$/s.test(value)) return value.slice(1, -1);
  return value;
}

/** True when a RUN mounts a cache or tmpfs over a path, so what it leaves there is not in the layer. */
export function mountsOver(instruction: DockerInstruction, path: string): boolean {
  return instruction.flags.some((flag) => {
    if (flag.name !== 'mount' || !flag.value) return false;
    const fields = new Map(
      flag.value.split(',').map((field) => {
        const eq = field.indexOf('=');
        return eq === -1 ? [field, 'true'] : [field.slice(0, eq), field.slice(eq + 1)];
      }),
    );
    const type = fields.get('type');
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
    return (
      (type === 'cache' || type === 'tmpfs') &&
      target !== undefined &&
      (path === target || path.startsWith(`${target.replace(/\/$/, '')}/`))
    );
  });
}

/** True when a RUN mounts a build secret (`--mount=type=secret`). */
export function hasSecretMount(instruction: DockerInstruction): boolean {
  return instruction.flags.some((flag) => flag.name === 'mount' && /(?:^|,)type=secret(?:,|$)/.test(flag.value ?? ''));
}
