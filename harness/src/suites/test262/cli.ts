/**
 * `npm run test262 -- [paths or globs under test/] [options]`: see args.ts for the options. Exit code 0
 * when every outcome matches the expectations, 1 otherwise, 2 for usage or setup errors.
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
