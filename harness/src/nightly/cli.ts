/**
 * Entry point of `npm run nightly` (`node harness/src/nightly/cli.ts [options]`; `--help` lists them).
 * Ctrl-C kills running programs and removes temporary files. The process exits as soon as the
 * nightly returns, so a fuzz program abandoned at the fuzzing deadline is killed rather than waited for.
 */
import { installInterruptHandlers } from '../cleanup.ts';
import { nightlyMain } from './main.ts';

installInterruptHandlers((signal) => process.stdout.write(`\nnightly: interrupted (${signal}); cleaning up\n`));
process.exit(await nightlyMain(process.argv.slice(2), { out: { write: (text) => process.stdout.write(text) } }));
