import { main } from './src/main.ts';
import { fakeBuilder } from './test/support/fake-builder.ts';
import { readFileSync } from 'node:fs';
for (const pass of ['cold', 'warm']) {
  const t = performance.now();
  const code = await main(['--root', '/tmp/measure-fake', '--reporter=quiet', ...process.argv.slice(2)], { out: { write: () => {}, isTTY: false }, loadBuilder: async () => fakeBuilder() });
  const r = JSON.parse(readFileSync('/tmp/measure-fake/reports/latest/report.json', 'utf8'));
  const o = r.results.map((x: any) => x.durations.overheadMs).sort((a: number, b: number) => a - b);
  const b = r.results.map((x: any) => x.durations.buildMs).sort((a: number, b: number) => a - b);
  console.log(pass, 'exit', code, 'wall ms', Math.round(performance.now() - t), 'median overhead ms', o[o.length >> 1].toFixed(1), 'max', o.at(-1).toFixed(1), 'median build ms', b[b.length >> 1].toFixed(1), r.totals);
}
