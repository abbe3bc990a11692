/** One `EXPOSE` item: `80`, `80/tcp`, `8000-8010/udp`. */
export interface ExposedPort {
  raw: string;
  from: number;
  to: number;
  protocol: string | undefined;
  /** Left unread: a variable (`${PORT}`) the build fills in. */
  dynamic: boolean;
}

export function readPort(raw: string): ExposedPort {
  const [ports = '', protocol] = raw.split('/');
  if (raw.includes('$')) return { raw, from: NaN, to: NaN, protocol, dynamic: true };
  const range = /^(\d+)(?:-(\d+))?$/.exec(ports);
  const from = range ? Number(range[1]) : NaN;
  const to = range?.[2] !== undefined ? Number(range[2]) : from;
  return { raw, from, to, protocol: protocol?.toLowerCase(), dynamic: false };
}

export function exposedItems(args: string): string[] {
  return args.split(/\s+/).filter(Boolean);
}
