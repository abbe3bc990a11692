/**
 * A value worked out from a model object (an instruction's text, a stage's inherited instructions), kept on the
 * object itself so it is worked out once and dies with the object.
 *
 * Not a WeakMap: these values point back at their keys (an instruction's text holds the model, a stage's instructions
 * name their stage), and V8's young-generation collector keeps such entries alive. Every file's model then survived
 * into the old generation, and each scavenge cost several times more than the checks it interrupted.
 */
export interface DerivedSlot<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): V;
}

export function derivedSlot<K extends object, V>(description: string): DerivedSlot<K, V> {
  const slot = Symbol(description);
  return {
    get: (key) => (key as Record<symbol, V | undefined>)[slot],
    // Not enumerable: a model compared or printed in a test looks the same with or without its derived values.
    set: (key, value) => {
      Object.defineProperty(key, slot, { value, configurable: true, writable: true, enumerable: false });
      return value;
    },
  };
}
