import type { RuleContext, RunWork } from '../../../core/rule.js';
import type {
  ConfigData,
  HorizontalPodAutoscaler,
  Ingress,
  K8sObject,
  KubernetesModel,
  NetworkPolicy,
  PodDisruptionBudget,
  Service,
  Workload,
} from '../../../domains/kubernetes/index.js';

/** The objects of every manifest file of one folder that the run checks, by kind. */
export interface FolderView {
  readonly objects: K8sObject[];
  readonly workloads: Workload[];
  readonly services: Service[];
  readonly ingresses: Ingress[];
  readonly autoscalers: HorizontalPodAutoscaler[];
  readonly disruptionBudgets: PodDisruptionBudget[];
  readonly networkPolicies: NetworkPolicy[];
  readonly configs: ConfigData[];
}

function emptyView(): FolderView {
  return {
    objects: [],
    workloads: [],
    services: [],
    ingresses: [],
    autoscalers: [],
    disruptionBudgets: [],
    networkPolicies: [],
    configs: [],
  };
}

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

const FOLDERS = Symbol('shipshape.k8s-folders');

/**
 * Every manifest file the run walks, gathered by folder: a Deployment in `deploy/app.yaml` and its
 * PodDisruptionBudget in `deploy/pdb.yaml` are one application. Relations are judged once every file is walked.
 */
class FolderIndex implements RunWork {
  private readonly models = new Set<KubernetesModel>();
  private readonly views = new Map<string, FolderView>();

  add(model: KubernetesModel): void {
    this.models.add(model);
  }

  settle(): void {
    for (const model of this.models) {
      const folder = folderOf(model.file.path);
      let view = this.views.get(folder);
      if (!view) this.views.set(folder, (view = emptyView()));
      view.objects.push(...model.objects);
      view.workloads.push(...model.workloads);
      view.services.push(...model.services);
      view.ingresses.push(...model.ingresses);
      view.autoscalers.push(...model.autoscalers);
      view.disruptionBudgets.push(...model.disruptionBudgets);
      view.networkPolicies.push(...model.networkPolicies);
      view.configs.push(...model.configs);
    }
    this.models.clear();
  }

  view(folder: string): FolderView {
    return this.views.get(folder) ?? emptyView();
  }
}

/**
 * Registers the file's objects with the run's folder index and calls `check` with the objects of the file's
 * folder once every file of the run has been walked.
 */
export function inFolder(context: RuleContext<KubernetesModel>, check: (folder: FolderView) => void): void {
  const index = context.shared(FOLDERS, () => new FolderIndex());
  const { model } = context;
  index.add(model);
  const folder = folderOf(model.file.path);
  context.defer(() => check(index.view(folder)));
}

/**
 * The objects a relation is looked up in: the file's own when it defines any of that kind (a file that writes a
 * Deployment and its budget is taken as complete, and a budget of a sibling file must not hide a mismatch in it),
 * else those of the whole folder (a Deployment in `app.yaml`, its budget in `pdb.yaml`).
 */
export function near<T>(own: readonly T[], folder: readonly T[]): readonly T[] {
  return own.length > 0 ? own : folder;
}

/** Two objects may live in one namespace: an unset namespace is the one they are applied to, so it matches any. */
export function sameNamespace(a: K8sObject, b: K8sObject): boolean {
  return a.namespace === undefined || b.namespace === undefined || a.namespace === b.namespace;
}
