// Reads the log that `Sarif.Multitool validate` writes and prints each error and warning it holds, with the
// checked file and line. The multitool exits 0 whatever it finds, so this script gives the verdict:
// exit 1 when the log has any error or warning.
// usage: node sarif-verdict.mjs MULTITOOL-LOG.sarif
import fs from 'node:fs';

const log = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let failures = 0;
for (const run of log.runs) {
  const rules = run.tool.driver.rules ?? [];
  for (const result of run.results ?? []) {
    const level = result.level ?? 'warning';
    if (level !== 'error' && level !== 'warning') continue;
    failures++;
    const rule = rules[result.ruleIndex] ?? rules.find((candidate) => candidate.id === result.ruleId);
    const template = result.message?.text ?? rule?.messageStrings?.[result.message?.id]?.text ?? result.message?.id;
    const text = String(template).replace(/\{(\d+)\}/g, (_, n) => result.message?.arguments?.[Number(n)] ?? '');
    const place = result.locations?.[0]?.physicalLocation;
    const where = `${place?.artifactLocation?.uri ?? '?'}:${place?.region?.startLine ?? ''}`;
    console.log(`${where}: ${level} ${result.ruleId}: ${text}`);
  }
}
console.log(`SARIF ingestion checks: ${failures} errors and warnings`);
process.exit(failures > 0 ? 1 : 0);
