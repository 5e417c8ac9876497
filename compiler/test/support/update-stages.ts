/**
 * Re-blesses stage-test snapshots by name, like the parity harness's `--update-goldens`:
 *   node compiler/test/support/update-stages.ts <name> [<name> ...]   (or `all`)
 * Writes each snapshot atomically and prints what changed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { SNAPSHOT_DIR, listStageTests, snapshotPath, stageOutput } from './stage-tests.ts';

const names = process.argv.slice(2);
if (names.length === 0) {
  process.stderr.write('usage: node compiler/test/support/update-stages.ts <name|all> ...\n');
  process.exit(2);
}
const tests = listStageTests().filter((t) => names.includes('all') || names.includes(t.name));
const unknown = names.filter((n) => n !== 'all' && !tests.some((t) => t.name === n));
if (unknown.length > 0) {
  process.stderr.write(`unknown stage test(s): ${unknown.join(', ')}\n`);
  process.exit(2);
}
mkdirSync(SNAPSHOT_DIR, { recursive: true });
for (const t of tests) {
  const file = snapshotPath(t);
  const text = stageOutput(t);
  const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (old === text) continue;
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  process.stdout.write(`${old === undefined ? 'new' : 'updated'} ${file}\n`);
}
