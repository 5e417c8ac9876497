/**
 * Entry point of `npm run parity` (`node harness/src/cli.ts [options]`; `--help` lists them). Installs
 * the interrupt handlers (Ctrl-C kills running programs and removes temporary files) and exits with
 * the code `main` returns.
 */
import { installInterruptHandlers } from './cleanup.ts';
import { main } from './main.ts';
import { colorWanted } from './progress.ts';

installInterruptHandlers((signal) => process.stdout.write(`\nparity: interrupted (${signal}); cleaning up\n`));
process.exitCode = await main(process.argv.slice(2), {
  out: {
    write: (text) => process.stdout.write(text),
    isTTY: process.stdout.isTTY === true,
    color: colorWanted(process.env, process.stdout.isTTY === true),
    ...(process.stdout.columns === undefined ? {} : { columns: process.stdout.columns }),
  },
});
