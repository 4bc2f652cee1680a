import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * tools/provision.mjs, which `npm test` and .ci/run run first, on machines of
 * the test's making: PATH is a folder holding a fake apt-get (which records its
 * calls and, on install, puts each package's program where the script looks),
 * and a fake passwordless sudo when the machine has one.
 */

const SCRIPT = join(import.meta.dirname, '../../../tools/provision.mjs');
/** Without root, as nobody: when the tests run as root, the script runs as this user to see what others see. */
const NOBODY = 65_534;
const asRoot = process.getuid?.() === 0;

interface Machine {
  readonly dir: string;
  readonly bin: string;
  readonly chromium: string;
  /** The commands the fake apt-get and sudo were called with, in order. */
  calls(): string[];
}

function fakeCommand(path: string, body: string): void {
  writeFileSync(path, `#!${process.execPath}\n${body}`);
  chmodSync(path, 0o755);
}

function machine(has: { chromium: boolean; redis: boolean; sudo: boolean }): Machine {
  const dir = mkdtempSync(join(tmpdir(), 'laurels-provision-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  // The fake apt-get may run as nobody (under the fake sudo): it writes here.
  chmodSync(dir, 0o777);
  chmodSync(bin, 0o777);
  const log = join(dir, 'calls.log');
  const chromium = join(dir, 'chromium');
  const program = (path: string) => fakeCommand(path, '');
  fakeCommand(
    join(bin, 'apt-get'),
    `const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, ['apt-get', ...args].join(' ') + ' (DEBIAN_FRONTEND=' + process.env.DEBIAN_FRONTEND + ')\\n');
if (args[0] === 'install')
  for (const name of args.slice(1).filter((arg) => !arg.startsWith('-'))) {
    const path = name === 'chromium' ? ${JSON.stringify(chromium)} : ${JSON.stringify(bin)} + '/' + name;
    fs.writeFileSync(path, '');
    fs.chmodSync(path, 0o755);
  }`,
  );
  if (has.sudo) {
    fakeCommand(
      join(bin, 'sudo'),
      `const args = process.argv.slice(2);
require('node:fs').appendFileSync(${JSON.stringify(log)}, ['sudo', ...args].join(' ') + '\\n');
if (args[0] === '-n') args.shift();
process.exit(require('node:child_process').spawnSync(args[0], args.slice(1), { stdio: 'inherit' }).status ?? 1);`,
    );
    for (const command of ['env', 'true']) symlinkSync(`/usr/bin/${command}`, join(bin, command));
  }
  if (has.chromium) program(chromium);
  if (has.redis) program(join(bin, 'redis-server'));
  // Run from a copy others can read: the checkout may not be.
  copyFileSync(SCRIPT, join(dir, 'provision.mjs'));
  chmodSync(join(dir, 'provision.mjs'), 0o644);
  appendFileSync(log, '');
  chmodSync(log, 0o666);
  return { dir, bin, chromium, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

function provision(on: Machine, as: 'root' | 'someone else') {
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(on.dir, 'provision.mjs')], {
    env: { PATH: on.bin, CHROMIUM_PATH: on.chromium },
    encoding: 'utf8',
    ...(as === 'someone else' && asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, ms: Date.now() - started };
}

describe('tools/provision.mjs: what npm test needs beyond npm', () => {
  const machines: Machine[] = [];
  const make = (has: { chromium: boolean; redis: boolean; sudo: boolean }) => {
    const made = machine(has);
    machines.push(made);
    return made;
  };
  afterAll(() => machines.forEach((made) => rmSync(made.dir, { recursive: true, force: true })));

  it('does nothing, at once, when chromium and redis-server are there', () => {
    const ready = make({ chromium: true, redis: true, sudo: true });
    const result = provision(ready, 'someone else');
    expect([result.status, result.output, ready.calls()]).toEqual([0, '', []]);
    expect(result.ms).toBeLessThan(1_000);
  });

  it('without root or sudo, stops at once with the exact command to run, and runs nothing', () => {
    const bare = make({ chromium: false, redis: false, sudo: false });
    const result = provision(bare, 'someone else');
    expect(result.status).toBe(1);
    expect(result.output).toContain('sudo apt-get update && sudo apt-get install -y chromium redis-server');
    expect(bare.calls()).toEqual([]);
  });

  it('with passwordless sudo, updates apt and installs what is missing, only that', () => {
    const noRedis = make({ chromium: true, redis: false, sudo: true });
    const result = provision(noRedis, 'someone else');
    expect(result.status).toBe(0);
    expect(noRedis.calls()).toEqual([
      'sudo -n true',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server',
      'apt-get install -y -qq redis-server (DEBIAN_FRONTEND=noninteractive)',
    ]);
    expect(existsSync(join(noRedis.bin, 'redis-server'))).toBe(true);
    expect(provision(noRedis, 'someone else').status).toBe(0);
    expect(noRedis.calls()).toHaveLength(5);
  });

  (asRoot ? it : it.skip)('as root, updates apt and installs both itself', () => {
    const bare = make({ chromium: false, redis: false, sudo: false });
    const result = provision(bare, 'root');
    expect(result.status).toBe(0);
    expect(bare.calls()).toEqual([
      'apt-get update -qq (DEBIAN_FRONTEND=noninteractive)',
      'apt-get install -y -qq chromium redis-server (DEBIAN_FRONTEND=noninteractive)',
    ]);
  });
});
