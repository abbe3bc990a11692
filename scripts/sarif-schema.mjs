// Writes src/stages/security/parsers/sarif-schema.ts from schema/sarif-schema-2.1.0.json (the OASIS artefact).
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync('schema/sarif-schema-2.1.0.json', 'utf8'));
writeFileSync(
  'src/stages/security/parsers/sarif-schema.ts',
  `/**\n * The OASIS SARIF 2.1.0 JSON schema (schema/sarif-schema-2.1.0.json, licence in schema/sarif-schema-2.1.0.LICENSE.md)\n * as a module, so the bundles carry it. Regenerate: node scripts/sarif-schema.mjs (same bytes as the OASIS artefact).\n */\n/* eslint-disable */\nexport const SARIF_SCHEMA: Record<string, unknown> = ${JSON.stringify(schema)};\n`,
);
