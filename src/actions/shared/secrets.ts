import * as core from '@actions/core';
import type { InputSpec } from '../../pipeline/spec.js';

/**
 * Registers the value of every input the spec marks `secret` with the runner's log masking, before any input is
 * parsed or logged. A multi-line value (a private key, a kubeconfig) is registered whole and line by line, since
 * the log masks what a single line contains.
 */
export function maskSecretInputs(
  inputs: readonly InputSpec[],
  read: (name: string) => string = (name) => core.getInput(name),
  setSecret: (value: string) => void = core.setSecret,
): string[] {
  const values: string[] = [];
  for (const input of inputs) {
    if (!input.secret) continue;
    const value = read(input.name);
    if (!value) continue;
    values.push(value);
    setSecret(value);
    const lines = value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length >= 4);
    if (lines.length > 1) for (const line of lines) setSecret(line);
  }
  return values;
}
