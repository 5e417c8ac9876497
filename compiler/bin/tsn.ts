#!/usr/bin/env node
/** The `tsn` executable: see compiler/src/driver/cli.ts. */
import { main } from '../src/driver/cli.ts';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tsn: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
