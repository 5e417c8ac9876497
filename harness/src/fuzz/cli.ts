/**
 * Entry point of `npm run fuzz:comptime` (`node harness/src/fuzz/cli.ts [options]`; `--help` lists
 * them). Ctrl-C kills running programs and removes the work folder.
 */
import { installInterruptHandlers } from '../cleanup.ts';
import { fuzzMain } from './main.ts';

installInterruptHandlers((signal) => process.stdout.write(`\nfuzz:comptime: interrupted (${signal}); cleaning up\n`));
process.exitCode = await fuzzMain(process.argv.slice(2), { write: (text) => process.stdout.write(text) });
