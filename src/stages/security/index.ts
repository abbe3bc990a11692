export * from './types.js';
export { cvss3BaseScore } from './cvss.js';
export {
  defaultSecurityConfig,
  loadSecurityConfig,
  parseSecurityConfig,
  SECURITY_CONFIG_FILE,
  type AllowEntry,
  type SecurityConfig,
} from './config.js';
export { formatGateMarkdown, formatGateText, fromCheckFindings, runGate, type GateResult } from './gate.js';
export {
  parseReport,
  parseReportSpec,
  readReport,
  REPORT_TOOLS,
  type ReportSpec,
  type ReportTool,
} from './parsers/index.js';
export { buildSecuritySarif, formatSecuritySarif } from './sarif-out.js';
export { buildNpmSbom, type SbomOptions } from './sbom.js';
export { maskSecret, scanSecrets, scanText, SECRET_PATTERNS, shannonEntropy } from './secrets.js';
export { gateOutputs, runSecurityGate, type SecurityGateOptions, type SecurityGateRun } from './run.js';
