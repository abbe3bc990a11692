import type { DockerfileModel, DockerInstruction, DockerStage } from '../../../domains/dockerfile/index.js';
import { derivedSlot } from './derived.js';

/** The stage and the earlier stages it builds `FROM`, nearest first: everything whose layers it contains. */
export function baseChain(stage: DockerStage): DockerStage[] {
  const chain: DockerStage[] = [];
  for (let each: DockerStage | undefined = stage; each && !chain.includes(each); each = each.image.stage) chain.push(each);
  return chain;
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

/** Instructions of a stage and the stages it builds on, in build order (base first). */
const inheritedCache = derivedSlot<DockerStage, DockerInstruction[]>('inherited instructions');

export function inheritedInstructions(stage: DockerStage): DockerInstruction[] {
  let inherited = inheritedCache.get(stage);
  if (!inherited) {
    inherited = baseChain(stage)
      .reverse()
      .flatMap((each) => each.instructions);
    inheritedCache.set(stage, inherited);
  }
  return inherited.slice();
}

/** The last instruction of a keyword in effect for a stage, following its `FROM` chain. */
export function lastInEffect(stage: DockerStage, keyword: string): DockerInstruction | undefined {
  return inheritedInstructions(stage)
    .filter((instruction) => instruction.keyword === keyword)
    .pop();
}

/** The value an ENV of the stage (or its chain) sets for a variable, if any. */
export function envValue(stage: DockerStage, name: string): string | undefined {
  let value: string | undefined;
  for (const instruction of inheritedInstructions(stage)) {
    if (instruction.keyword !== 'ENV') continue;
    for (const [key, each] of envPairs(instruction.args)) if (key === name) value = each;
  }
  return value;
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
    return (type === 'cache' || type === 'tmpfs') && target !== undefined && (path === target || path.startsWith(`${target.replace(/\/$/, '')}/`));
  });
}

/** True when a RUN mounts a build secret (`--mount=type=secret`). */
export function hasSecretMount(instruction: DockerInstruction): boolean {
  return instruction.flags.some((flag) => flag.name === 'mount' && /(?:^|,)type=secret(?:,|$)/.test(flag.value ?? ''));
}
