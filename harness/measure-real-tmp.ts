import { main } from './src/main.ts';
import { loadCompilerBuilder } from './src/builder.ts';
import { readFileSync } from 'node:fs';
const real = await loadCompilerBuilder();
const fp = await real.fingerprint(); // frozen for this measurement: the compiler is being edited meanwhile
const builder = { fingerprint: async () => fp, build: real.build };
for (const pass of ['cold', 'warm']) {
  const t = performance.now();
  const code = await main(['--root', '/tmp/measure-real', '--reporter=quiet', ...process.argv.slice(2)], { out: { write: () => {}, isTTY: false }, loadBuilder: async () => builder });
  const r = JSON.parse(readFileSync('/tmp/measure-real/reports/latest/report.json', 'utf8'));
  const med = (k: string) => { const v = r.results.map((x: any) => x.durations[k]).sort((a: number, b: number) => a - b); return v[v.length >> 1].toFixed(1); };
  const sum = (k: string) => Math.round(r.results.reduce((s: number, x: any) => s + x.durations[k], 0));
  console.log(pass, r.results.length, 'programs, exit', code, 'wall ms', Math.round(performance.now() - t), 'median ms: overhead', med('overheadMs'), 'build', med('buildMs'), 'native', med('nativeMs'), 'node', med('referenceMs'), 'sums build/native/node/overhead', sum('buildMs'), sum('nativeMs'), sum('referenceMs'), sum('overheadMs'), 'cached', r.results.filter((x: any) => x.cached).length);
}
