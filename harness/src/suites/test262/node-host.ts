/**
 * The host program that runs one scenario under the pinned Node (`--engine=node`), the runner's check
 * of its own interpretation of the suite. Started as
 *   node --expose-gc --experimental-vm-modules --no-warnings node-host.ts '<HostRequest JSON>'
 * it evaluates the includes as global scripts, then the test as a script (node:vm, in this realm) or as
 * a module (vm.SourceTextModule, fixtures linked from disk), with `print` and the `$262` host object of
 * INTERPRETING.md. An error that ends the test is printed as one line
 *   Test262:Uncaught:<phase>:<name>: <message>
 * on stderr (phase parse, resolution or runtime) and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

/** What the runner asks the host to evaluate. */
export interface HostRequest {
  readonly mode: 'non-strict' | 'strict' | 'module';
  /** Absolute paths of the harness files, in order. */
  readonly includes: readonly string[];
  /** Absolute path of the test file. */
  readonly test: string;
}

type Phase = 'parse' | 'resolution' | 'runtime';

class PhaseError extends Error {
  readonly phase: Phase;
  readonly thrown: unknown;
  constructor(phase: Phase, thrown: unknown) {
    super(phase);
    this.phase = phase;
    this.thrown = thrown;
  }
}

function describe(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null) {
    // Test262Error (sta.js) is a plain constructor whose instances have no `name`: use the constructor's.
    const name = 'name' in thrown ? (thrown as { name: unknown }).name : (thrown as { constructor?: { name?: unknown } }).constructor?.name;
    return `${String(name)}: ${String((thrown as { message?: unknown }).message ?? '')}`;
  }
  return `${typeof thrown}: ${String(thrown)}`;
}

function uncaught(phase: Phase, thrown: unknown): void {
  process.stderr.write(`Test262:Uncaught:${phase}:${describe(thrown).split('\n')[0]}\n`);
  process.exitCode = 1;
}

function print(...args: unknown[]): void {
  console.log(...args);
}

const dynamicImport = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/** The `$262` object of a realm whose global object is `global` and which evaluates scripts with `run`. */
function host262(global: object, run: (source: string) => unknown): object {
  return {
    global,
    gc: (globalThis as { gc?: () => void }).gc,
    evalScript: run,
    detachArrayBuffer(buffer: ArrayBuffer): void {
      structuredClone(buffer, { transfer: [buffer] });
    },
    createRealm(): object {
      const context = vm.createContext();
      const realm = host262(vm.runInContext('globalThis', context) as object, (source) => new vm.Script(source).runInContext(context));
      Object.assign(vm.runInContext('globalThis', context) as object, { $262: realm, print });
      return realm;
    },
  };
}

function runScript(source: string, filename: string): void {
  let script: vm.Script;
  try {
    script = new vm.Script(source, { filename, importModuleDynamically: dynamicImport });
  } catch (e) {
    throw new PhaseError('parse', e);
  }
  try {
    script.runInThisContext();
  } catch (e) {
    throw new PhaseError('runtime', e);
  }
}

const modules = new Map<string, vm.SourceTextModule>();

function loadModule(file: string): vm.SourceTextModule {
  let module = modules.get(file);
  if (module === undefined) {
    module = new vm.SourceTextModule(readFileSync(file, 'utf8'), {
      identifier: file,
      initializeImportMeta(meta) {
        meta.url = pathToFileURL(file).href;
      },
      importModuleDynamically: (async (specifier: string, referrer: vm.Module) => {
        const target = loadModule(path.resolve(path.dirname(referrer.identifier), specifier));
        await target.link(link);
        await target.evaluate();
        return target;
      }) as unknown as vm.SourceTextModuleOptions['importModuleDynamically'],
    });
    modules.set(file, module);
  }
  return module;
}

function link(specifier: string, referrer: vm.Module): vm.Module {
  return loadModule(path.resolve(path.dirname(referrer.identifier), specifier));
}

async function runModule(file: string): Promise<void> {
  let module: vm.SourceTextModule;
  try {
    module = loadModule(file);
  } catch (e) {
    throw new PhaseError('parse', e);
  }
  try {
    await module.link(link);
  } catch (e) {
    throw new PhaseError('resolution', e);
  }
  try {
    await module.evaluate();
  } catch (e) {
    throw new PhaseError('runtime', e);
  }
}

async function main(request: HostRequest): Promise<void> {
  Object.assign(globalThis, { print, $262: host262(globalThis, (source) => new vm.Script(source).runInThisContext()) });
  // Test262 counts a promise rejection nobody handles as no error at all (only $DONE reports async results).
  process.on('unhandledRejection', () => {});
  process.on('uncaughtException', (e) => uncaught('runtime', e));
  try {
    for (const include of request.includes) runScript(readFileSync(include, 'utf8'), include);
    if (request.mode === 'module') {
      await runModule(request.test);
    } else {
      const source = readFileSync(request.test, 'utf8');
      runScript(request.mode === 'strict' ? `"use strict";\n${source}` : source, request.test);
    }
  } catch (e) {
    if (!(e instanceof PhaseError)) throw e;
    uncaught(e.phase, e.thrown);
  }
}

await main(JSON.parse(process.argv[2] ?? '{}') as HostRequest);
