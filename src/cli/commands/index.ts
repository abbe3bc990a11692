import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { deployCommand, rollbackCommand } from './deploy.js';
import { notifyCommand } from './notify.js';
import { explainCommand } from './explain.js';
import { fixCommand } from './fix.js';
import { registryCommand } from './registry.js';
import { sbomCommand } from './sbom.js';
import { secretsScanCommand } from './secrets-scan.js';
import { securityGateCommand } from './security-gate.js';
import { rulesCommand } from './rules.js';
import { buildCommand } from './build.js';
import { cachePlanCommand } from './cache-plan.js';
import { imageTagsCommand } from './image-tags.js';

/** Every CLI command. Stage commands (used by GitLab jobs and composite actions) are listed here too. */
export const COMMANDS: Command[] = [checkCommand, fixCommand, rulesCommand, explainCommand, cachePlanCommand, imageTagsCommand, buildCommand, registryCommand, securityGateCommand, secretsScanCommand, sbomCommand, deployCommand, rollbackCommand, notifyCommand];
