// The bench's verdicts against issue 9's targets, as a Markdown table and as JSON.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPLETE_MODULE_TARGET, FIRST_ROUTE_TARGET_KB, RSS_TARGET_MB, TARGETS } from './operations.mjs';

/** The JavaScript the portal's index.html loads before the first route shows: its entry and module preloads, gzipped. */
export function firstRouteJavaScript(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
    .map(
      ([tag]) =>
        (/\brel="modulepreload"/.test(tag)
          ? /\bhref="([^"]+)"/.exec(tag)
          : /^<script\b/.test(tag)
            ? /\bsrc="([^"]+)"/.exec(tag)
            : null)?.[1],
    )
    .filter((file) => file?.endsWith('.js'));
  const chunks = files.map((file) => ({ file, gzipKb: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1000 }));
  const kb = chunks.reduce((sum, chunk) => sum + chunk.gzipKb, 0);
  return { kb, chunks, target: `≤ ${FIRST_ROUTE_TARGET_KB} KB gzipped`, met: kb <= FIRST_ROUTE_TARGET_KB };
}

/** An operation's ratio to the baseline and whether it meets its target (null: no target). */
export function verdict(measured, baselinePerSecond, targetKey) {
  const ratio = measured.requests > 0 ? measured.perSecond / baselinePerSecond : 0;
  const target = TARGETS[targetKey];
  if (!target) return { ratio, target: null, met: null };
  const met = ratio >= target.ratio && (target.p99 === undefined || (measured.p99 !== null && measured.p99 <= target.p99));
  return { ratio, target: `≥ ${target.ratio}×${target.p99 ? `, p99 ≤ ${target.p99} ms` : ''}`, met };
}

export function completionVerdict(load, checks) {
  const clean =
    checks.mismatchedPoints === 0 &&
    checks.mismatchedTotals === 0 &&
    checks.duplicateSourceKeys === 0 &&
    checks.duplicateCompletions === 0 &&
    checks.peopleShort.length === 0;
  const met =
    clean && load.failures.length === 0 && load.perSecond >= COMPLETE_MODULE_TARGET.perSecond && load.p99 <= COMPLETE_MODULE_TARGET.p99;
  return { target: `≥ ${COMPLETE_MODULE_TARGET.perSecond}/s, p99 ≤ ${COMPLETE_MODULE_TARGET.p99} ms, no duplicate award`, met, clean };
}

export const rssVerdict = (maxMb) => ({ target: `≤ ${RSS_TARGET_MB} MB`, met: maxMb <= RSS_TARGET_MB });

const number = (value, digits = 0) =>
  value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (value) => (value === null || value === undefined ? '—' : `${number(value, value < 10 ? 1 : 0)} ms`);
const met = (value) => (value === null ? '' : value ? 'yes' : '**no**');

/** The results as a Markdown table: the terminal shows it, the README keeps it. */
export function markdownTable(results) {
  const rows = [['operation', 'req/s', 'p50', 'p99', '× baseline', '× stack floor', 'SQL/request', 'target', 'met?']];
  const { baseline, stackFloor } = results;
  const ofFloor = (perSecond) => number(perSecond / stackFloor.perSecond, 3);
  rows.push([
    `baseline: Fastify + Mercurius \`{ __typename }\` (mean of ${number(baseline.before.perSecond)} before and ${number(baseline.after.perSecond)} after)`,
    number(baseline.perSecond),
    ms(baseline.before.p50),
    ms(baseline.before.p99),
    '1',
    ofFloor(baseline.perSecond),
    '—',
    '',
    '',
  ]);
  rows.push([
    `stack floor: NestJS + Apollo Server on Fastify \`{ __typename }\`, nothing of Laurels (mean of ${number(stackFloor.before.perSecond)} before and ${number(stackFloor.after.perSecond)} after)`,
    number(stackFloor.perSecond),
    ms(stackFloor.before.p50),
    ms(stackFloor.before.p99),
    number(stackFloor.perSecond / baseline.perSecond, 3),
    '1',
    '—',
    '',
    '',
  ]);
  for (const operation of results.operations) {
    if (operation.failure || operation.unmeasured) {
      const outcome = operation.failure ? 'failed' : `not measured: ${operation.unmeasured}`;
      rows.push([
        operation.name,
        outcome,
        '',
        '',
        '',
        '',
        number(operation.statementsPerRequest, 1),
        operation.target ?? '',
        met(operation.met),
      ]);
      continue;
    }
    rows.push([
      operation.name,
      operation.requests > 0
        ? number(operation.perSecond, operation.perSecond < 10 ? 1 : 0)
        : `0 (none answered in ${results.load.durationSeconds} s)`,
      ms(operation.p50),
      ms(operation.p99),
      number(operation.ratio, 3),
      ofFloor(operation.perSecond),
      number(operation.statementsPerRequest, 1),
      operation.target ?? '',
      met(operation.met),
    ]);
  }
  const completion = results.completeModule;
  if (completion) {
    rows.push([
      `completeModule, ${completion.people} people at once (${completion.completions} completions)`,
      `${number(completion.perSecond)} completions/s`,
      ms(completion.p50),
      ms(completion.p99),
      '—',
      '—',
      number(completion.statementsPerRequest, 1),
      completion.target,
      met(completion.met),
    ]);
  }
  rows.push([
    'API memory through the whole bench (max RSS)',
    `${number(results.rss.maxMb)} MB`,
    '',
    '',
    '',
    '',
    '',
    results.rss.target,
    met(results.rss.met),
  ]);
  const js = results.firstRouteJavaScript;
  rows.push([
    `first-route JavaScript (${js.chunks.length} files)`,
    `${number(js.kb, 1)} KB gzipped`,
    '',
    '',
    '',
    '',
    '',
    js.target,
    met(js.met),
  ]);
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [rows[0], rows[0].map(() => '---'), ...rows.slice(1)].map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n');
}

export function machine() {
  const cores = cpus();
  return { cores: cores.length, cpu: cores[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version };
}

/** Writes the run as bench-results/bench-<time>.json and bench-results/latest.json. */
export function writeResults(dir, results) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${results.startedAt.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}.json`);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  return file;
}
