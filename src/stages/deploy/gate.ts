import { UsageError } from '../../core/errors.js';
import { RegistryClient, credentialsFromEnv, ledgerState, parseImageReference } from '../registry/index.js';

export interface GateRequest {
  environment: string;
  image: string;
  digest: string;
  /** Who started the run (GITHUB_ACTOR, GITLAB_USER_LOGIN). */
  actor: string | undefined;
  /** Logins allowed to deploy here; empty: no actor check. */
  approvers: string[];
  /** The environment the digest must be running in first (e.g. staging before prod); empty: no check. */
  after: string | undefined;
}

/**
 * The promotion gate for repositories without required reviewers on environments (private repositories outside
 * GitHub Enterprise): only listed people may promote, and only the digest that the previous environment runs now,
 * read from the registry ledger, so nothing skips a stage.
 */
export async function checkGate(
  request: GateRequest,
  env: NodeJS.ProcessEnv,
  client?: RegistryClient,
): Promise<string> {
  const reasons: string[] = [];
  if (request.approvers.length > 0) {
    const allowed = request.approvers.map((login) => login.toLowerCase());
    if (!request.actor) reasons.push('the actor is unknown (GITHUB_ACTOR / GITLAB_USER_LOGIN not set)');
    else if (!allowed.includes(request.actor.toLowerCase()))
      reasons.push(`${request.actor} is not an approver of ${request.environment} (${request.approvers.join(', ')})`);
  }
  if (request.after) {
    const reference = parseImageReference(request.image);
    const registry =
      client ??
      new RegistryClient({ registry: reference.registry, credentials: credentialsFromEnv(reference.registry, env) });
    const { current } = await ledgerState(registry, reference.repository, request.after);
    if (current !== request.digest) {
      reasons.push(
        `${request.digest} is not what ${request.after} runs (${current ?? 'nothing'}): promote the digest that passed ${request.after}`,
      );
    }
  }
  if (reasons.length > 0) throw new UsageError(`deploy to ${request.environment} refused: ${reasons.join('; ')}`);
  return `gate passed for ${request.environment}: ${[request.approvers.length ? `${request.actor} is an approver` : '', request.after ? `${request.after} runs this digest` : ''].filter(Boolean).join(', ') || 'no conditions'}`;
}
