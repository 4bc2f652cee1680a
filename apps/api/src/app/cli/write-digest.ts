import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocalDay, recentWeeks, weekStarting } from '@laurels/domain';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, openRuntime } from '#platform/config';
import { createApp } from '../create-app.js';
import { DigestService } from '#views/digest';

const USAGE = `Writes a week's digest newsletter as a self-contained HTML file.

  npm run digest -- [--week YYYY-MM-DD] [--org SLUG] [--out FILE]

  --week  any day of the week to digest (weeks run Monday to Sunday in the
          organisation's time zone); the last full week by default
  --org   the organisation's slug; needed only when there are several
  --out   where to write; digest-<org>-<monday>.html by default

It uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (the one a
running \`npm start\` uses, or its own).`;

const logger = new Logger('Digest');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { week: { type: 'string' }, org: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.week && !isLocalDay(values.week)) throw new ConfigError(`--week must be a date like 2026-11-16, got "${values.week}"`);

  const runtime = await openRuntime({ ...loadConfig(), seedDemo: false, portalDir: null }, logger);
  const app = await createApp(runtime.settings, { logLevels: ['error', 'warn'] });
  try {
    await app.init();
    const dataSource = app.get(DataSource);
    const organizations = await dataSource.query<{ id: string; slug: string; timeZone: string }[]>(
      'SELECT id, slug, time_zone AS "timeZone" FROM organizations ORDER BY slug',
    );
    const organization = values.org
      ? organizations.find((candidate) => candidate.slug === values.org)
      : organizations.length === 1
        ? organizations[0]
        : undefined;
    if (!organization) {
      const slugs = organizations.map((candidate) => candidate.slug).join(', ') || 'none yet';
      throw new ConfigError(
        values.org
          ? `No organisation has the slug "${values.org}" (there are: ${slugs})`
          : `Name the organisation with --org (there are: ${slugs})`,
      );
    }
    // The week asked for, or the last full one, Monday to Monday in the organisation's time zone.
    const week = values.week ? weekStarting(values.week, organization.timeZone) : recentWeeks(new Date(), organization.timeZone, 2)[1]!;
    const digest = await app.get(DigestService).digest(organization.id, week.from, week.to);
    const out = resolve(values.out ?? `digest-${organization.slug}-${week.monday}.html`);
    writeFileSync(out, digest.html);
    console.log(`Wrote the digest of the week of ${week.monday} (${digest.celebrations.length} celebrations) to ${out}`);
  } finally {
    await app.close();
    await runtime.stop();
  }
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
