import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { rulesCommand } from './rules.js';

/** Every CLI command. Stage commands (used by GitLab jobs and composite actions) are listed here too. */
export const COMMANDS: Command[] = [checkCommand, rulesCommand, explainCommand];
