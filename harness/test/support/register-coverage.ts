/** Registers the coverage load hook (see coverage-loader.ts); loaded with `node --import`. */
import { register } from 'node:module';
register('./coverage-loader.ts', import.meta.url);
