/**
 * A raw Helm chart template: a YAML file under a `templates/` folder with `{{ … }}` actions in it. It is Go template
 * text, not a manifest, until `helm template` renders it; a run skips it with a notice and checks the rendered
 * output when given it. (Kept free of the YAML library: the runner asks before loading any domain.)
 */
export function isHelmTemplate(path: string, text: string): boolean {
  return /(^|\/)templates\/(?:.+\/)?[^/]+\.ya?ml$/i.test(path) && text.includes('{{');
}

export const HELM_TEMPLATE_NOTICE =
  'skipped: a Helm chart template; check its rendered output (`helm template <chart> --output-dir <dir>`, then check <dir>)';
