#!/usr/bin/env node
// What `npm test` needs beyond Node and npm, installed from Debian when it is missing: chromium for the browser
// journeys (apps/portal-e2e) and redis-server for two API instances sharing one live feed (api:test-live).
// Run first by `npm test` and by .ci/run. With both there it only looks: nothing is started, nothing asked for.
// As root, or with passwordless sudo, it runs apt-get (update, then install); otherwise it stops at once and
// prints the command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The browser Playwright drives (apps/portal-e2e/playwright.config.ts reads the same variable). */
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, command)));

const needs = [
  { debian: 'chromium', present: () => executable(chromium), what: `chromium at ${chromium} (the browser journeys)` },
  { debian: 'redis-server', present: () => onPath('redis-server'), what: 'redis-server on PATH (api:test-live)' },
];

const missing = needs.filter((need) => !need.present());
if (missing.length > 0) {
  const packages = missing.map((need) => need.debian);
  const install = ['apt-get', 'install', '-y', '-qq', ...packages];
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  console.log(`npm test needs what is not installed here: ${missing.map((need) => need.what).join(', ')}.`);
  if (!onPath('apt-get') || !(asRoot || sudo)) {
    const command = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
    const why = onPath('apt-get') ? 'this needs root' : 'this is not a Debian system with apt-get';
    console.error(`Install ${onPath('apt-get') ? 'them' : 'the equivalent packages'} first (${why}):\n\n  ${command}\n`);
    process.exit(1);
  }
  const run = (args) => {
    // sudo resets the environment: env sets the one variable apt-get needs to ask nothing.
    const command = sudo ? ['sudo', 'env', 'DEBIAN_FRONTEND=noninteractive', ...args] : args;
    console.log(`$ ${command.join(' ')}`);
    const result = spawnSync(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(`\`${command.join(' ')}\` failed (${result.error?.message ?? `exit code ${result.status}`}).`);
      process.exit(1);
    }
  };
  run(['apt-get', 'update', '-qq']);
  run(install);
  const still = missing.filter((need) => !need.present());
  if (still.length > 0) {
    console.error(`Still missing after apt-get: ${still.map((need) => need.what).join(' and ')}.`);
    process.exit(1);
  }
}
