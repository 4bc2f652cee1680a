#!/usr/bin/env node
// Loads every portal operation of the production API on an organisation the size of a real
// contact centre, beside a bare Fastify + Mercurius baseline, and reports against issue 9's
// targets: see USAGE. `npm run bench` builds the API and the portal first.
import { parse } from 'graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../../apps/api/dist/platform/embedded-postgres/index.js';
import { BENCH_COURSE_TITLE, ORGANIZATION } from '../scale/scale-content.mjs';
import { completeAtOnce, hammer, problem, sampleRss, send, statementsPerRequest, untilIdle } from './load.mjs';
import { benchOperations, portalDocuments, requestBody } from './operations.mjs';
import { runScript, startApi, startBaseline, startDatabase, startStackFloor, withClient } from './processes.mjs';
import { completionVerdict, firstRouteJavaScript, machine, markdownTable, rssVerdict, verdict, writeResults } from './report.mjs';

const USAGE = `Benchmarks the production API on a seeded contact centre against the targets of issue 9.

  npm run bench -- [--quick] [--users N] [--ledger M] [--celebrations C] [--duration S]

  --users, --ledger, --celebrations   the size seeded (default 20000, 2000000, 200000)
  --duration      seconds each operation is loaded, after a warm-up (default 5)
  --warmup        seconds of warm-up before each (default 1)
  --connections   concurrent connections (default 50)
  --quick         a smoke run: 2000 / 100000 / 20000, 2 s each, 10 modules per person
  --only TEXT     load only the operations whose name holds TEXT ("leaderboard", "completeModule");
                  several, separated by commas ("typename,viewer")
  --out           where the JSON goes (default bench-results/)
  --profile DIR   the API writes a V8 CPU profile (.cpuprofile) into DIR when it stops
  --node-options  Node options for the API, to try a setting ("--max-old-space-size=160")

It starts its own PostgreSQL in a temporary folder, seeds it with seed:scale, starts the
API as \`npm start\` does, and prints a table; the exit code is 0 whether targets are met or
not, and 1 when a request fails.`;

const PEOPLE_COMPLETING = 50;

function options() {
  const { values } = parseArgs({
    options: {
      users: { type: 'string' },
      ledger: { type: 'string' },
      celebrations: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      quick: { type: 'boolean' },
      only: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      'node-options': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const defaults = values.quick
    ? { users: 2_000, ledger: 100_000, celebrations: 20_000, duration: 2, warmup: 0.5, connections: 50, modules: 10 }
    : { users: 20_000, ledger: 2_000_000, celebrations: 200_000, duration: 5, warmup: 1, connections: 50, modules: 40 };
  const read = (name, min) => {
    if (values[name] === undefined) return defaults[name];
    const value = Number(values[name].replaceAll('_', ''));
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number of at least ${min}, got "${values[name]}"`);
    return value;
  };
  const users = read('users', PEOPLE_COMPLETING + 10);
  return {
    users,
    ledger: read('ledger', 0),
    celebrations: read('celebrations', 0),
    duration: read('duration', 0.5),
    warmup: read('warmup', 0),
    connections: read('connections', 1),
    modules: defaults.modules,
    only: values.only?.toLowerCase().split(',') ?? null,
    out: values.out ?? 'bench-results',
    profile: values.profile ?? null,
    nodeOptions: values['node-options']?.split(' ').filter(Boolean) ?? [],
  };
}

/** The ids the operations need, read from the seeded organisation: a typical agent (the median earner), their team and manager. */
async function lookUp(client) {
  const one = async (sql, params) => (await client.query(sql, params)).rows[0];
  const organization = await one('SELECT id FROM organizations WHERE name = $1', [ORGANIZATION.organizationName]);
  const org = [organization.id];
  const agent = await one(
    `SELECT id, email, team_id AS "teamId" FROM users WHERE organization_id = $1 AND role = 'EMPLOYEE' AND NOT leaderboard_opt_out
      ORDER BY points, id OFFSET (SELECT count(*) / 2 FROM users WHERE organization_id = $1 AND role = 'EMPLOYEE' AND NOT leaderboard_opt_out) LIMIT 1`,
    org,
  );
  const manager = await one('SELECT m.id, m.email FROM teams t JOIN users m ON m.id = t.manager_id WHERE t.id = $1', [agent.teamId]);
  const course = await one('SELECT id FROM courses WHERE organization_id = $1 AND title = $2', [...org, BENCH_COURSE_TITLE]);
  const moduleIds = (await client.query('SELECT id FROM modules WHERE course_id = $1 ORDER BY position', [course.id])).rows.map(
    (row) => row.id,
  );
  const badge = await one(
    'SELECT badge_id AS id FROM badge_awards WHERE organization_id = $1 GROUP BY badge_id ORDER BY count(*) DESC LIMIT 1',
    org,
  );
  const credential = await one('SELECT c.id FROM credentials c JOIN badge_awards a ON a.id = c.id WHERE a.user_id = $1 LIMIT 1', [
    agent.id,
  ]);
  // The last full week, Monday to Monday in the organisation's time zone, as the digest page asks for it.
  const week = await one(
    `SELECT (w.monday AT TIME ZONE o.time_zone) AS "from", ((w.monday + interval '7 days') AT TIME ZONE o.time_zone) AS "to"
       FROM organizations o, LATERAL (SELECT date_trunc('week', (now() AT TIME ZONE o.time_zone) - interval '7 days') AS monday) w WHERE o.id = $1`,
    org,
  );
  // People who have not learned anything yet, for completeModule: one more than the load, to count its statements.
  // One per team, as far as the teams go: a contact centre's learners are spread over its teams, and
  // people of one team queue behind each other for the team's totals and milestones.
  const learners = (
    await client.query(
      `SELECT email FROM (
         SELECT u.email, row_number() OVER (PARTITION BY u.team_id ORDER BY u.email) AS nth FROM users u
          WHERE u.organization_id = $1 AND u.role = 'EMPLOYEE' AND u.id <> $2
            AND NOT EXISTS (SELECT 1 FROM module_completions c WHERE c.user_id = u.id)) spread
        ORDER BY nth, email LIMIT $3`,
      [...org, agent.id, PEOPLE_COMPLETING + 1],
    )
  ).rows.map((row) => row.email);
  return {
    organizationId: organization.id,
    emails: { agent: agent.email, manager: manager.email, admin: ORGANIZATION.adminEmail },
    teamId: agent.teamId,
    managerId: manager.id,
    courseId: course.id,
    moduleIds,
    badgeId: badge?.id ?? null,
    credentialId: credential?.id ?? null,
    week: { from: week.from.toISOString(), to: week.to.toISOString() },
    learners,
  };
}

/** Signs in as the portal does: the answer sets the session cookie every later request sends. */
async function signIn(url, signInDocument, email, password) {
  const answer = await send(url, requestBody(signInDocument, { email, password }));
  const wrong = problem(answer) ?? (answer.cookie ? null : 'no session cookie was set');
  if (wrong) throw new Error(`signing in as ${email} failed: ${wrong}`);
  return { email, cookie: answer.cookie };
}

async function loadBaseline(baseline, settings) {
  const body = JSON.stringify({ query: '{ __typename }' });
  await hammer(baseline.url, body, null, { connections: settings.connections, duration: settings.warmup || 0.5 });
  return hammer(baseline.url, body, null, settings);
}

/**
 * Every operation: a sample answer checked for errors, its SQL statements counted, then a warm-up
 * and the measured load. An operation that stops the API is reported with the API's last words,
 * and the API started again for the next one.
 */
async function loadOperations(context) {
  const results = [];
  const answers = {};
  for (const operation of benchOperations(context.seeded).filter((candidate) => wanted(context.settings, candidate.name))) {
    const base = { name: operation.name, operation: operation.portal ?? operation.query, as: operation.as, targetKey: operation.target };
    let result;
    try {
      result = { ...base, ...(await loadOne(operation, answers, context)) };
    } catch (error) {
      // No answer within a minute is slowness, reported as a miss; anything else is a failure.
      result =
        error?.name === 'TimeoutError'
          ? { ...base, unmeasured: 'no answer within a minute', stuck: true }
          : {
              ...base,
              failure: `${error?.message ?? error}${error?.cause ? ` (${error.cause.code ?? error.cause.message})` : ''}`,
              stuck: true,
            };
    }
    if (context.api.current.ended()) {
      const output = context.api.current.output().split('\n');
      const fatal = output.find((line) => /FATAL ERROR|out of memory|Error:/.test(line));
      result.failure = `the API stopped under this load: ${fatal?.trim() ?? `its last output:\n${output.slice(-8).join('\n')}`}`;
    }
    if (result.stuck || context.api.current.ended()) {
      result.note = 'the API was started again after this operation';
      await context.api.restart();
    }
    results.push(result);
    console.log(
      result.failure
        ? `  ${operation.name}: FAILED: ${result.failure}`
        : result.unmeasured
          ? `  ${operation.name}: not measured: ${result.unmeasured}`
          : `  ${operation.name}: ${result.perSecond < 10 ? result.perSecond.toFixed(1) : Math.round(result.perSecond)} req/s, p50 ${result.p50 ?? '—'} ms, p99 ${result.p99 ?? '—'} ms, ` +
            `${result.statementsPerRequest} SQL/request${result.timeouts ? `, ${result.timeouts} timed out` : ''}${result.stuck ? ', the API still busy 2 minutes later' : ''}`,
    );
  }
  return results;
}

async function loadOne(operation, answers, { api, monitor, documents, cookies, settings }) {
  const document = operation.portal ? documents.get(operation.portal)?.document : parse(operation.query);
  if (!document) return { failure: `the portal has no operation ${operation.portal}` };
  const variables = typeof operation.variables === 'function' ? operation.variables(answers) : (operation.variables ?? {});
  const body = requestBody(document, variables);
  const cookie = operation.as ? cookies[operation.as] : null;
  const url = api.current.url;
  const sample = await send(url, body, cookie);
  const wrong = problem(sample);
  if (wrong) return { variables, failure: `before loading: ${wrong}` };
  if (operation.portal) answers[operation.portal] = sample.json.data;
  const statements = await statementsPerRequest(monitor, () => send(url, body, cookie));
  if (settings.warmup > 0) await hammer(url, body, cookie, { connections: settings.connections, duration: settings.warmup });
  if (!(await untilIdle(monitor, url))) {
    return {
      variables,
      statementsPerRequest: statements,
      unmeasured: `the API was still busy two minutes after a ${settings.warmup} s warm-up`,
      stuck: true,
    };
  }
  const measured = await hammer(url, body, cookie, settings);
  const stuck = !(await untilIdle(monitor, url));
  const failure =
    measured.non2xx || measured.withGraphqlErrors
      ? `${measured.non2xx} answers not 2xx, ${measured.withGraphqlErrors} with GraphQL errors under load`
      : undefined;
  return { variables, ...measured, statementsPerRequest: statements, failure, stuck };
}

const wanted = (settings, name) => !settings.only || settings.only.some((text) => name.toLowerCase().includes(text));

/** completeModule by many people at once, then the ledger checked: points equal to the ledger, nothing awarded twice. */
async function loadCompletions({ api: { current: api }, monitor, documents, seeded, password, settings }) {
  const signInDocument = documents.get('SignIn').document;
  const completeModule = documents.get('CompleteModule').document;
  const [counted, ...people] = await Promise.all(seeded.learners.map((email) => signIn(api.url, signInDocument, email, password)));
  let next = 0;
  const statements = await statementsPerRequest(monitor, async () => {
    const answer = await send(
      api.url,
      requestBody(completeModule, { input: { moduleId: seeded.moduleIds[next++], idempotencyKey: randomUUID() } }),
      counted.cookie,
    );
    const wrong = problem(answer);
    if (wrong) throw new Error(`completeModule failed before loading: ${wrong}`);
  });
  const moduleIds = seeded.moduleIds.slice(0, settings.modules);
  const load = await completeAtOnce(api.url, completeModule, people, moduleIds);
  await untilIdle(monitor, api.url);
  const checks = await checkLedger(monitor, seeded.organizationId, people, moduleIds.length);
  const completion = {
    people: people.length,
    modulesEach: moduleIds.length,
    ...load,
    failures: load.failures.slice(0, 20),
    failureCount: load.failures.length,
    statementsPerRequest: statements,
    checks,
  };
  Object.assign(completion, completionVerdict(load, checks));
  console.log(
    `  completeModule: ${load.completions} by ${people.length} people in ${load.seconds.toFixed(1)} s, ${Math.round(load.perSecond)}/s, p50 ${Math.round(load.p50)} ms, p99 ${Math.round(load.p99)} ms, ` +
      `${load.awarded} awarded, ${load.failures.length} failed; points = ledger for everyone: ${checks.mismatchedPoints === 0 ? 'yes' : `NO (${checks.mismatchedPoints})`}, ` +
      `period totals = ledger: ${checks.mismatchedTotals === 0 ? 'yes' : `NO (${checks.mismatchedTotals})`}, ` +
      `duplicate source keys ${checks.duplicateSourceKeys}, duplicate completions ${checks.duplicateCompletions}`,
  );
  return completion;
}

async function checkLedger(monitor, organizationId, people, modulesEach) {
  const one = async (sql, params) => (await monitor.query(sql, params)).rows[0];
  const points = await one(
    `SELECT count(*) FILTER (WHERE u.points <> COALESCE(l.total, 0))::int AS mismatched FROM users u
       LEFT JOIN (SELECT user_id, sum(amount) AS total FROM points_entries WHERE organization_id = $1 GROUP BY user_id) l ON l.user_id = u.id
      WHERE u.organization_id = $1`,
    [organizationId],
  );
  // Each ledger row falls in exactly one week, one month and one quarter: a person's totals of every week
  // (or month, or quarter) add up to their whole ledger, and a team's to its members'.
  const totals = await one(
    `SELECT (SELECT count(*) FROM users u CROSS JOIN (VALUES ('WEEK'), ('MONTH'), ('QUARTER')) p(period)
              WHERE u.organization_id = $1
                AND u.points <> COALESCE((SELECT sum(t.points) FROM points_totals t WHERE t.user_id = u.id AND t.period::text = p.period), 0))::int
          + (SELECT count(*) FROM teams team CROSS JOIN (VALUES ('WEEK'), ('MONTH'), ('QUARTER')) p(period)
              WHERE team.organization_id = $1
                AND COALESCE((SELECT sum(t.points) FROM team_points_totals t WHERE t.team_id = team.id AND t.period::text = p.period), 0)
                 <> COALESCE((SELECT sum(u.points) FROM users u WHERE u.team_id = team.id), 0))::int AS mismatched`,
    [organizationId],
  );
  const sources = await one(
    `SELECT count(*)::int AS duplicates FROM (SELECT 1 FROM points_entries WHERE organization_id = $1 GROUP BY user_id, reason, source_id HAVING count(*) > 1) d`,
    [organizationId],
  );
  const completions = await one(
    `SELECT count(*)::int AS duplicates FROM (SELECT 1 FROM module_completions WHERE organization_id = $1 AND passed GROUP BY user_id, module_id HAVING count(*) > 1) d`,
    [organizationId],
  );
  // Each person's modules each passed once, each with its one MODULE_COMPLETED ledger row.
  const short = await monitor.query(
    `SELECT u.email FROM users u
      WHERE u.email = ANY($1::text[])
        AND ((SELECT count(*) FROM module_completions c WHERE c.user_id = u.id AND c.passed) <> $2
          OR (SELECT count(*) FROM points_entries p WHERE p.user_id = u.id AND p.reason = 'MODULE_COMPLETED') <> $2)`,
    [people.map((person) => person.email), modulesEach],
  );
  return {
    mismatchedPoints: points.mismatched,
    mismatchedTotals: totals.mismatched,
    duplicateSourceKeys: sources.duplicates,
    duplicateCompletions: completions.duplicates,
    peopleShort: short.rows.map((row) => row.email),
  };
}

async function main() {
  const settings = options();
  if (!settings) {
    console.log(USAGE);
    return 0;
  }
  const startedAt = new Date().toISOString();
  const dir = mkdtempSync(join(tmpdir(), 'laurels-bench-'));
  // As root, PostgreSQL runs as the postgres user, which must reach its data directory.
  chmodSync(dir, 0o755);
  const stops = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((error) => console.error(String(error)));
    rmSync(dir, { recursive: true, force: true });
  };
  // Ctrl-C: embedded-postgres stops the cluster and exits; the API and the baseline go with the bench (processes.mjs).
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  try {
    console.log(
      `Bench at ${settings.users} people, ${settings.ledger} ledger rows, ${settings.celebrations} celebrations; ${settings.connections} connections, ${settings.duration} s each`,
    );
    const database = await startDatabase(dir);
    stops.push(() => database.stop());
    const password = randomBytes(12).toString('hex');
    const apiPort = await freePort();
    const secrets = {
      JWT_SECRET: randomBytes(32).toString('hex'),
      CREDENTIALS_SECRET: randomBytes(32).toString('hex'),
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      DATA_DIR: dir,
    };
    const seedStarted = performance.now();
    await runScript(
      'tools/scale/seed-scale.mjs',
      [
        `--database-url=${database.url}`,
        `--password=${password}`,
        `--users=${settings.users}`,
        `--ledger=${settings.ledger}`,
        `--celebrations=${settings.celebrations}`,
      ],
      secrets,
    );
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const environment = { ...secrets, DATABASE_URL: database.url };
    const nodeArgs = [...settings.nodeOptions, ...(settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${settings.profile}`] : [])];
    const rss = sampleRss();
    // The API under test; started again when an operation stops it (running out of memory, say).
    const api = {
      current: await startApi(apiPort, environment, nodeArgs),
      restarts: 0,
      async restart() {
        await this.current.stop();
        this.current = await startApi(apiPort, environment, nodeArgs);
        this.restarts++;
        rss.follow(this.current.pid);
      },
    };
    rss.follow(api.current.pid);
    stops.push(() => api.current.stop());
    const baseline = await startBaseline();
    stops.push(() => baseline.stop());
    const stackFloor = await startStackFloor();
    stops.push(() => stackFloor.stop());

    return await withClient(database.url, async (monitor) => {
      const documents = portalDocuments();
      const seeded = await lookUp(monitor);
      const signInDocument = documents.get('SignIn').document;
      const cookies = Object.fromEntries(
        await Promise.all(
          Object.entries(seeded.emails).map(async ([role, email]) => [
            role,
            (await signIn(api.current.url, signInDocument, email, password)).cookie,
          ]),
        ),
      );
      console.log(
        `Signed in as ${Object.entries(seeded.emails)
          .map(([role, email]) => `${email} (${role})`)
          .join(', ')}`,
      );

      const baselineBefore = await loadBaseline(baseline, settings);
      console.log(`  baseline before: ${Math.round(baselineBefore.perSecond)} req/s`);
      const floorBefore = await loadBaseline(stackFloor, settings);
      console.log(`  stack floor before: ${Math.round(floorBefore.perSecond)} req/s`);
      const loaded = await loadOperations({ api, monitor, documents, seeded, cookies, settings });
      const completion = wanted(settings, 'completeModule')
        ? await loadCompletions({ api, monitor, documents, seeded, password, settings })
        : null;
      const floorAfter = await loadBaseline(stackFloor, settings);
      console.log(`  stack floor after: ${Math.round(floorAfter.perSecond)} req/s`);
      const baselineAfter = await loadBaseline(baseline, settings);
      console.log(`  baseline after: ${Math.round(baselineAfter.perSecond)} req/s`);
      // The machine is shared: the baseline is loaded before and after, and the ratios read against their mean.
      const baselinePerSecond = (baselineBefore.perSecond + baselineAfter.perSecond) / 2;
      const operations = loaded.map(({ targetKey, ...operation }) => ({
        ...operation,
        ...verdict(operation.failure ? { requests: 0 } : operation, baselinePerSecond, targetKey),
      }));
      const rssMaxMb = rss.stop();

      const results = {
        startedAt,
        machine: machine(),
        sizes: { users: settings.users, ledger: settings.ledger, celebrations: settings.celebrations },
        load: { connections: settings.connections, durationSeconds: settings.duration, warmupSeconds: settings.warmup },
        seedSeconds,
        baseline: { perSecond: baselinePerSecond, before: baselineBefore, after: baselineAfter },
        stackFloor: { perSecond: (floorBefore.perSecond + floorAfter.perSecond) / 2, before: floorBefore, after: floorAfter },
        operations,
        notLoaded: notLoaded(documents, operations),
        completeModule: completion,
        rss: { maxMb: rssMaxMb, ...rssVerdict(rssMaxMb) },
        apiRestarts: api.restarts,
        firstRouteJavaScript: firstRouteJavaScript(join(import.meta.dirname, '../../apps/portal/dist')),
      };
      const table = markdownTable(results);
      const file = writeResults(settings.out, results);
      console.log(
        `\n${results.machine.cores} cores (${results.machine.cpu}), Node ${results.machine.node}; seeded in ${seedSeconds.toFixed(0)} s; baseline ${Math.round(baselineBefore.perSecond)} req/s before, ${Math.round(baselineAfter.perSecond)} after\n`,
      );
      console.log(table);
      if (results.notLoaded.length) console.log(`\nPortal queries not loaded: ${results.notLoaded.join(', ')}`);
      for (const operation of operations.filter((candidate) => candidate.failure))
        console.log(`\nFAILED ${operation.name}: ${operation.failure}`);
      console.log(`\nWritten to ${file} and ${join(settings.out, 'latest.json')}`);
      const failed =
        operations.filter((operation) => operation.failure).length +
        (completion ? completion.failureCount + (completion.clean ? 0 : 1) : 0);
      if (failed) console.error(`\n${failed} failure(s): see above`);
      return failed ? 1 : 0;
    });
  } finally {
    await stopAll();
  }
}

/** The portal's queries this bench does not send (a subscription needs no load here; a page needing data the seed does not make is named). */
function notLoaded(documents, operations) {
  const loaded = new Set(operations.map((operation) => operation.operation));
  return [...documents].filter(([name, { operation }]) => operation.operation === 'query' && !loaded.has(name)).map(([name]) => name);
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error?.stack ?? String(error));
    process.exit(1);
  });
