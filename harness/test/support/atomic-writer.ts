/**
 * Test child for atomic.test.ts: rewrites the file argv[2] forever with writeFileAtomic, alternating
 * 4 MiB of "A" and of "B". With argv[3] === "handlers" it
 * installs the harness's interrupt handlers first, as the CLI does.
 */
import { writeFileAtomic } from '../../src/atomic.ts';
import { installInterruptHandlers } from '../../src/cleanup.ts';

const target = process.argv[2];
if (process.argv[3] === 'handlers') installInterruptHandlers();
const size = 4 * 1024 * 1024;
const contents = [Buffer.alloc(size, 'A'), Buffer.alloc(size, 'B')];
for (let i = 0; ; i++) await writeFileAtomic(target, contents[i % 2]);
