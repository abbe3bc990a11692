import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
// Entry points rather than the package root: the root also loads the validators and their schema folder.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { PackageURL } from 'packageurl-js';
import { UsageError } from '../../core/errors.js';
import { TOOL_NAME, VERSION } from '../../version.js';

export interface SbomOptions {
  /** Folder with package-lock.json (npm lockfile v1, v2 or v3). */
  root: string;
  /** Leave out packages npm marks `dev: true`. */
  omitDev?: boolean;
  /** CycloneDX spec version: 1.5, 1.6 (default) or 1.7. */
  specVersion?: '1.5' | '1.6' | '1.7';
  /** Fixed values make the output reproducible (tests, diffable releases). */
  serialNumber?: string;
  timestamp?: Date;
}

export interface SbomResult {
  json: string;
  components: number;
  dependencies: number;
}

interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  link?: boolean;
  dependencies?: Record<string, string | LockEntry>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  requires?: Record<string, string>;
}

const LOCKFILE = 'package-lock.json';

const SPECS = { '1.5': Spec.Spec1dot5, '1.6': Spec.Spec1dot6, '1.7': Spec.Spec1dot7 } as const;

/** `node_modules/@scope/a/node_modules/b` → `b`; `node_modules/@scope/a` → `@scope/a`. */
export function nameFromPath(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  return at === -1 ? path : path.slice(at + 'node_modules/'.length);
}

function purl(name: string, version: string | undefined): PackageURL {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const namespace = slash === -1 ? undefined : name.slice(0, slash);
  const base = slash === -1 ? name : name.slice(slash + 1);
  return new PackageURL('npm', namespace, base, version, undefined, undefined);
}

function licenses(license: string | undefined): Models.LicenseRepository {
  const repository = new Models.LicenseRepository();
  if (!license) return repository;
  if (/\s(?:OR|AND|WITH)\s|[()]/.test(license)) repository.add(new Models.LicenseExpression(license));
  else if (SPDX.isSupportedSpdxId(license)) repository.add(new Models.SpdxLicense(license));
  else repository.add(new Models.NamedLicense(license));
  return repository;
}

/** `sha512-<base64>` (npm's SRI integrity) → the CycloneDX hash (algorithm, hex). */
function hashes(integrity: string | undefined): Models.HashDictionary {
  const dictionary = new Models.HashDictionary();
  for (const part of (integrity ?? '').split(/\s+/)) {
    const match = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/=]+)$/.exec(part);
    if (!match) continue;
    const algorithm = {
      sha512: Enums.HashAlgorithm['SHA-512'],
      sha384: Enums.HashAlgorithm['SHA-384'],
      sha256: Enums.HashAlgorithm['SHA-256'],
      sha1: Enums.HashAlgorithm['SHA-1'],
    }[match[1] as 'sha512'];
    dictionary.set(algorithm, Buffer.from(match[2]!, 'base64').toString('hex'));
  }
  return dictionary;
}

/** Flattens a lockfile v1 `dependencies` tree into v2-style `packages` paths. */
function flattenV1(
  dependencies: Record<string, LockEntry> | undefined,
  prefix: string,
  out: Record<string, LockEntry>,
): void {
  for (const [name, entry] of Object.entries(dependencies ?? {})) {
    const path = `${prefix}node_modules/${name}`;
    out[path] = { ...entry, name, ...(entry.requires ? { dependencies: entry.requires } : { dependencies: {} }) };
    flattenV1(entry.dependencies as Record<string, LockEntry> | undefined, `${path}/`, out);
  }
}

/** Node's resolution: the nearest `node_modules/<name>` from the dependent's folder up to the root. */
function resolveDependency(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const at = base.lastIndexOf('/node_modules/');
    base = at === -1 ? '' : base.slice(0, at);
  }
}

/**
 * A CycloneDX SBOM (JSON) of an npm project, read from its package-lock.json — what is installed, not what
 * package.json allows. Built with the CycloneDX project's own library, which normalises and orders the output
 * as the spec version requires. Each package@version is one component; dependencies follow Node's resolution.
 */
export function buildNpmSbom(options: SbomOptions): SbomResult {
  // Joined by hand: bundlers rewrite resolve(x, 'literal') into a bundled asset path.
  const lockPath = [resolve(options.root), LOCKFILE].join(sep);
  let lock: {
    name?: string;
    version?: string;
    lockfileVersion?: number;
    packages?: Record<string, LockEntry>;
    dependencies?: Record<string, LockEntry>;
  };
  try {
    lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `sbom: cannot read ${lockPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let packages: Record<string, LockEntry> = {};
  if (lock.packages) packages = lock.packages;
  else if (lock.dependencies) {
    packages[''] = {
      name: lock.name,
      version: lock.version,
      dependencies: Object.fromEntries(Object.keys(lock.dependencies).map((name) => [name, '*'])),
    };
    flattenV1(lock.dependencies, '', packages);
  } else throw new UsageError(`sbom: ${lockPath} has neither "packages" nor "dependencies"`);

  const root = packages[''] ?? {};
  const bom = new Models.Bom();
  bom.serialNumber = options.serialNumber ?? `urn:uuid:${randomUUID()}`;
  bom.metadata.timestamp = options.timestamp ?? new Date();
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, TOOL_NAME, { version: VERSION }),
  );
  const rootName = root.name ?? lock.name ?? 'project';
  const rootVersion = root.version ?? lock.version;
  const rootComponent = new Models.Component(Enums.ComponentType.Application, rootName, {
    bomRef: purl(rootName, rootVersion).toString(),
    ...(rootVersion ? { version: rootVersion } : {}),
    purl: purl(rootName, rootVersion).toString(),
    licenses: licenses(root.license),
  });
  bom.metadata.component = rootComponent;

  const byPath = new Map<string, Models.Component>();
  const byRef = new Map<string, Models.Component>();
  for (const [path, raw] of Object.entries(packages).sort(([a], [b]) => a.localeCompare(b))) {
    if (path === '' || !path.includes('node_modules/')) continue;
    const entry = raw.link && raw.resolved ? (packages[raw.resolved] ?? raw) : raw;
    if (options.omitDev && entry.dev) continue;
    const name = entry.name ?? nameFromPath(path);
    const version = entry.version;
    const ref = purl(name, version).toString();
    let component = byRef.get(ref);
    if (!component) {
      const slash = name.startsWith('@') ? name.indexOf('/') : -1;
      const properties = new Models.PropertyRepository();
      if (entry.dev) properties.add(new Models.Property('cdx:npm:package:development', 'true'));
      const references = new Models.ExternalReferenceRepository();
      if (entry.resolved && /^https?:\/\//.test(entry.resolved))
        references.add(new Models.ExternalReference(entry.resolved, Enums.ExternalReferenceType.Distribution));
      component = new Models.Component(Enums.ComponentType.Library, slash === -1 ? name : name.slice(slash + 1), {
        bomRef: ref,
        ...(slash === -1 ? {} : { group: name.slice(0, slash) }),
        ...(version ? { version } : {}),
        purl: ref,
        hashes: hashes(entry.integrity),
        licenses: licenses(entry.license),
        externalReferences: references,
        properties,
        scope: entry.optional || entry.devOptional ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required,
      });
      byRef.set(ref, component);
      bom.components.add(component);
    }
    byPath.set(path, component);
  }

  let edges = 0;
  const link = (fromPath: string, dependent: Models.Component, entry: LockEntry) => {
    const names = new Set([
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}),
    ]);
    for (const name of [...names].sort()) {
      const target = resolveDependency(packages, fromPath, name);
      const component = target ? byPath.get(target) : undefined;
      if (component && component !== dependent && !dependent.dependencies.has(component.bomRef)) {
        dependent.dependencies.add(component.bomRef);
        edges++;
      }
    }
  };
  link('', rootComponent, root);
  for (const [path, component] of byPath) link(path, component, packages[path]!);

  const spec = SPECS[options.specVersion ?? '1.6'];
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  return {
    json: `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`,
    components: bom.components.size,
    dependencies: edges,
  };
}
