/**
 * Differential tests of the C runtime core: each hand-written C program in support/rt/ drives the
 * runtime API the way compiled code does, and must print exactly what the pinned Node prints for
 * the mirroring JS program beside it (same name, .mjs). The uncaught-error cases compare with the
 * text Node prints once its header, stack frames and footer are removed (as the harness does).
 */
import { normalizeStderr } from "../../harness/src/normalize.ts";
import { strict as assert } from "node:assert";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { C_FLAGS, linkLibs, resolveCc, runCc } from "../src/driver/cc.ts";
import { mapConcurrent } from "../../harness/src/pool.ts";

const RUNTIME = fileURLToPath(new URL("../runtime/", import.meta.url));
const SUPPORT = fileURLToPath(new URL("./support/rt/", import.meta.url));
const NODE = process.execPath;
const CC = resolveCc(undefined);
const CFLAGS = [...C_FLAGS, "-O2", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Werror"];
/** The runtime files this test builds: the core, its libraries, and the number/math helpers they call. */
const CORE_FILES = [
  "str", "shape", "object", "arguments", "symbol", "atoms", "conv", "ops", "function", "stack_guard", "fatal", "exception", "output", "realm", "main", "iter", "typed_array",
  "lib_object", "lib_function", "lib_error", "lib_boolean", "lib_symbol", "lib_number", "lib_math", "lib_process",
  "lib_support", "numconv", "jsmath", "node_errors", "job_queue", "event_loop", "promise", "generator", "async_function", "process_events",
];

describe("runtime core (C)", function () {
  let dir = "";
  let library = "";

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), "tsn-rtcore-"));
    const sources = [...CORE_FILES.map((f) => join(RUNTIME, `${f}.c`)), join(SUPPORT, "stubs.c")];
    const objects = sources.map((_, i) => join(dir, `${i}.o`));
    await mapConcurrent(sources, 2, (src, i) => runCc(CC, [...CFLAGS, "-I", RUNTIME, "-c", src, "-o", objects[i]!]));
    library = join(dir, "libtsnrt.a");
    await execa("ar", ["rcs", library, ...objects]);
  });

  after(async function () {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function buildProgram(name: string): Promise<string> {
    const exe = join(dir, name);
    await runCc(CC, [...CFLAGS, "-I", RUNTIME, "-I", SUPPORT, join(SUPPORT, `${name}.c`), library, "-o", exe, ...(await linkLibs(CC))]);
    return exe;
  }

  /** Builds and runs support/rt/<name>.c; `variant` reaches the program as $RT_VARIANT. */
  async function runNative(name: string, variant = "") {
    const exe = await buildProgram(name);
    return execa(exe, [], { reject: false, stripFinalNewline: false, env: { RT_VARIANT: variant } });
  }

  it("has a mirroring JS program for every C program", async function () {
    const files = await readdir(SUPPORT);
    const programs = files.filter((f) => f.endsWith(".c") && f !== "stubs.c").map((f) => f.slice(0, -2));
    for (const prog of programs) assert.ok(files.includes(`${prog}.mjs`), `${prog}.mjs missing`);
  });

  for (const name of ["strings", "objects", "calls", "conversions", "iteration", "libraries"]) {
    it(`${name}: prints what Node prints`, async function () {
      const [native, node] = await Promise.all([
        runNative(name),
        execa(NODE, [join(SUPPORT, `${name}.mjs`)], { reject: false, stripFinalNewline: false }),
      ]);
      assert.equal(native.stderr, node.stderr);
      assert.equal(native.stdout, node.stdout);
      assert.equal(native.exitCode, node.exitCode);
    });
  }

  /** The uncaught cases go through the harness's own stderr normalisations, applied to both sides. */
  function normalised(stderr: string): string {
    return normalizeStderr(Buffer.from(stderr, "utf8")).toString("utf8");
  }

  for (const variant of ["error", "type-error", "number", "string", "null", "symbol", "exit-code", "process-exit", "stack-overflow"]) {
    it(`uncaught (${variant}): stderr and exit code as Node`, async function () {
      const [native, node] = await Promise.all([
        runNative("uncaught", variant),
        execa(NODE, [join(SUPPORT, "uncaught.mjs"), variant], { reject: false, stripFinalNewline: false }),
      ]);
      assert.equal(native.stdout, node.stdout);
      assert.equal(normalised(native.stderr), normalised(node.stderr));
      assert.equal(native.exitCode, node.exitCode);
    });
  }

  it("collects garbage: 1e7 short-lived objects stay within a bounded heap", async function () {
    const native = await runNative("gc");
    assert.equal(native.exitCode, 0, native.stderr);
    const [line] = native.stdout.split("\n");
    assert.equal(line, "sum 49999995000000");
    const heap = Number(/heap (\d+)/.exec(native.stdout)?.[1]);
    assert.ok(heap > 0 && heap < 64 * 1024 * 1024, `heap ${heap} bytes`);
  });
});
