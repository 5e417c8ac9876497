import { main } from '/work/main/harness/src/main.ts';
import { fakeBuilder } from '/work/main/harness/test/support/fake-builder.ts';
const fb = fakeBuilder({ '1101-rejected': 'reject' });
const code = await main(process.argv.slice(2), { out: { write: (t) => process.stdout.write(t), isTTY: false }, loadBuilder: async () => fb });
console.log('exit', code, 'builds', fb.builds.length);
