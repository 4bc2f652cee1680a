// Measuring instruments: autocannon runs, SQL statements per request, the API's memory, and
// completeModule sent by many people at once.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { requestBody } from './operations.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The headers a browser sends with Apollo Client's HttpLink, with the session cookie once signed in. */
export function headers(cookie) {
  return {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json,application/json;q=0.9',
    ...(cookie ? { cookie } : {}),
  };
}

/** One request, answered within a minute: its HTTP status, parsed body, and the cookie it set ("name=value"), if any. */
export async function send(url, body, cookie) {
  const response = await fetch(url, { method: 'POST', headers: headers(cookie), body, signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: reported with its status below.
  }
  return { status: response.status, json, text, cookie: response.headers.getSetCookie()[0]?.split(';')[0] ?? null };
}

/** What is wrong with an answer, or null: a status other than 200, no data, or GraphQL errors. */
export function problem({ status, json, text }) {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 300)}`;
  if (!json) return `not JSON: ${text.slice(0, 300)}`;
  if (json.errors?.length)
    return `GraphQL errors: ${json.errors.map((error) => `${error.message} (${error.extensions?.code ?? 'no code'})`).join('; ')}`;
  if (!json.data) return 'no data in the answer';
  return null;
}

/** `connections` clients sending the same request back to back for `duration` seconds; answers carrying GraphQL errors are counted. */
export async function hammer(url, body, cookie, { connections, duration }) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: headers(cookie),
    body,
    connections,
    duration,
    timeout: 30,
    // Substring test: parsing every answer would load the bench more than the server.
    verifyBody: (answer) => !answer.includes('"errors":'),
  });
  const measured = result.requests.total > 0;
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: measured ? result.latency.p50 : null,
    p99: measured ? result.latency.p99 : null,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    withGraphqlErrors: result.mismatches,
  };
}

/**
 * SQL statements the API runs per request, from pg_stat_statements (top-level statements of
 * this database, transaction control included): `samples` requests sent one after the other.
 */
export async function statementsPerRequest(monitor, sendOne, samples = 5) {
  await monitor.query('SELECT pg_stat_statements_reset()');
  for (let index = 0; index < samples; index++) await sendOne();
  const { rows } = await monitor.query(
    `SELECT COALESCE(sum(calls), 0)::int AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`,
  );
  return rows[0].calls / samples;
}

/**
 * Waits until the API is idle again: no query of this database running but the monitor's own,
 * and `{ __typename }` answered quickly three times in a row. Requests autocannon gave up on at
 * the end of a run may still be running in the API and would weigh on the next measurement.
 * Returns false when the API is still busy after `timeoutMs`.
 */
export async function untilIdle(monitor, apiUrl, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  const probe = JSON.stringify({ query: '{ __typename }' });
  for (let quiet = 0; quiet < 3; await sleep(100)) {
    if (Date.now() > deadline) return false;
    const { rows } = await monitor.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND state <> 'idle' AND pid <> pg_backend_pid()`,
    );
    const sentAt = performance.now();
    const answered = await send(apiUrl, probe).then(
      (answer) => answer.status === 200,
      () => false,
    );
    quiet = rows[0].busy === 0 && answered && performance.now() - sentAt < 25 ? quiet + 1 : 0;
  }
  return true;
}

/** Samples a process's resident memory (VmRSS), following it when it is started again; reports the highest, in MB. */
export function sampleRss(everyMs = 200) {
  let pid = null;
  let maxKb = 0;
  const sample = () => {
    try {
      if (pid) maxKb = Math.max(maxKb, Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // The process ended: the highest sample so far stands.
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    follow: (next) => {
      pid = next;
      sample();
    },
    stop: () => {
      sample();
      clearInterval(timer);
      return maxKb / 1024;
    },
  };
}

function percentile(sorted, fraction) {
  return sorted.length ? sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] : null;
}

/**
 * Each person completes `moduleIds` in order, one request after the other, all people at once,
 * each request with its own idempotency key as the portal sends it. Every answer is checked.
 */
export async function completeAtOnce(url, document, people, moduleIds) {
  const latencies = [];
  const failures = [];
  let awarded = 0;
  const started = performance.now();
  await Promise.all(
    people.map(async (person) => {
      for (const moduleId of moduleIds) {
        const sentAt = performance.now();
        const answer = await send(url, requestBody(document, { input: { moduleId, idempotencyKey: randomUUID() } }), person.cookie);
        latencies.push(performance.now() - sentAt);
        const wrong = problem(answer);
        if (wrong) failures.push(`${person.email}: ${wrong}`);
        else if (answer.json.data.completeModule.pointsAwarded > 0) awarded++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    completions: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    awarded,
    failures,
  };
}
