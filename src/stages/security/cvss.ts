/**
 * CVSS v3.0/v3.1 base score from a vector string (`CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H` → 7.5), as the
 * FIRST specification computes it. osv-scanner reports severities only as vectors. Undefined for anything else.
 */
export function cvss3BaseScore(vector: string): number | undefined {
  const match = /^CVSS:3\.[01]\/(.+)$/.exec(vector.trim());
  if (!match) return undefined;
  const metrics: Record<string, string> = {};
  for (const part of match[1]!.split('/')) {
    const [key, value] = part.split(':');
    if (key && value) metrics[key] = value;
  }
  const AV: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
  const AC: Record<string, number> = { L: 0.77, H: 0.44 };
  const UI: Record<string, number> = { N: 0.85, R: 0.62 };
  const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 };
  const scope = metrics.S;
  if (scope !== 'U' && scope !== 'C') return undefined;
  const PR: Record<string, number> = scope === 'C' ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 };
  const av = AV[metrics.AV ?? ''];
  const ac = AC[metrics.AC ?? ''];
  const pr = PR[metrics.PR ?? ''];
  const ui = UI[metrics.UI ?? ''];
  const c = CIA[metrics.C ?? ''];
  const i = CIA[metrics.I ?? ''];
  const a = CIA[metrics.A ?? ''];
  if ([av, ac, pr, ui, c, i, a].some((value) => value === undefined)) return undefined;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  if (impact <= 0) return 0;
  const raw = scope === 'U' ? Math.min(impact + exploitability, 10) : Math.min(1.08 * (impact + exploitability), 10);
  return roundUp(raw);
}

/** The specification's Roundup: smallest number with one decimal that is >= the input, free of float noise. */
function roundUp(value: number): number {
  const integer = Math.round(value * 100000);
  return integer % 10000 === 0 ? integer / 100000 : (Math.floor(integer / 10000) + 1) / 10;
}
