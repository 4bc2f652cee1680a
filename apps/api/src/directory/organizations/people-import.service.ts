import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_IMPORT_PROBLEMS, MAX_TEAMS, Role, importRowProblems, normalEmail, requireRoom, type RowProblem } from '@laurels/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NO_PASSWORD, type Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { TakenEmailLimit } from '#platform/rate-limit';
import type { ImportUserRowInput } from './dto/import-users.input.js';
import { Newcomers } from './newcomers.js';

export interface ImportOutcome {
  readonly created: number;
  readonly skipped: number;
  readonly errors: readonly RowProblem[];
}

/** Thrown inside the transaction to roll it back when a row turns out wrong only once the database is asked. */
class RowsRefused extends Error {
  constructor(readonly errors: RowProblem[]) {
    super('rows refused');
  }
}

const CANNOT_BE_USED = 'This email address cannot be used for a new account: ask the person for another';

/**
 * Adds many people at once, all or nothing, in a handful of statements
 * whatever the number of rows. People whose email the organisation already
 * has are skipped, so importing the same file twice adds nobody the second
 * time. Imported people have no password until an admin gives them one
 * (setUserPassword), as createUser asks the admin for one.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly takenEmails: TakenEmailLimit,
    private readonly newcomers: Newcomers,
  ) {}

  async import(viewer: Viewer, rows: readonly ImportUserRowInput[]): Promise<ImportOutcome> {
    const problems = importRowProblems(rows, this.clock.now());
    if (problems.length > 0) return { created: 0, skipped: 0, errors: problems };
    const caller = `organization:${viewer.organizationId}`;
    await this.takenEmails.check(caller);
    try {
      return await this.dataSource.transaction((manager) => this.insert(manager, viewer, rows, caller));
    } catch (error) {
      if (error instanceof RowsRefused) return { created: 0, skipped: 0, errors: error.errors };
      throw error;
    }
  }

  private async insert(
    manager: EntityManager,
    viewer: Viewer,
    rows: readonly ImportUserRowInput[],
    caller: string,
  ): Promise<ImportOutcome> {
    // One import of an organisation at a time: a second, sent alongside the first, then finds its people there.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('people-import'), hashtext($1))`, [viewer.organizationId]);
    const emails = rows.map((row) => normalEmail(row.email));
    const owners = await this.ownersOf(manager, emails);
    await this.refuseOtherOrganizations(viewer, emails, owners, caller);
    const fresh = rows.flatMap((row, index) => (owners.has(emails[index]!) ? [] : [{ row, email: emails[index]! }]));
    const teamIds = await this.teamsNamed(
      manager,
      viewer,
      fresh.map(({ row }) => row.teamName?.trim() || null),
    );
    const inserted: { id: string; email: string; started_at: Date | null }[] =
      fresh.length === 0
        ? []
        : await manager.query(
            `INSERT INTO users (organization_id, email, display_name, role, team_id, started_at, password_hash)
       SELECT $1, person.email, person.display_name, person.role, person.team_id, person.started_at, $7
       FROM unnest($2::text[], $3::text[], $4::user_role[], $5::uuid[], $6::timestamptz[])
         AS person(email, display_name, role, team_id, started_at)
       ON CONFLICT (email) DO NOTHING
       RETURNING id, email, started_at`,
            [
              viewer.organizationId,
              fresh.map(({ email }) => email),
              fresh.map(({ row }) => row.displayName.trim()),
              fresh.map(({ row }) => row.role ?? Role.EMPLOYEE),
              fresh.map(({ row }) => teamIds.get(row.teamName?.trim().toLowerCase() ?? '') ?? null),
              fresh.map(({ row }) => row.startedAt ?? null),
              NO_PASSWORD,
            ],
          );
    if (inserted.length < fresh.length) {
      // Someone took some of these emails since they were looked up (a createUser, another organisation's sign-up).
      const added = new Set(inserted.map((row) => row.email));
      const late = await this.ownersOf(
        manager,
        fresh.map(({ email }) => email).filter((email) => !added.has(email)),
      );
      await this.refuseOtherOrganizations(viewer, emails, late, caller);
    }
    await this.newcomers.arrived(
      manager,
      viewer,
      inserted.map((person) => ({ id: person.id, startedAt: person.started_at })),
    );
    return { created: inserted.length, skipped: rows.length - inserted.length, errors: [] };
  }

  /** Which organisation holds each of these emails, for those taken. */
  private async ownersOf(manager: EntityManager, emails: readonly string[]): Promise<Map<string, string>> {
    const rows: { email: string; organization_id: string }[] = await manager.query(
      'SELECT email, organization_id FROM users WHERE email = ANY($1::text[])',
      [emails],
    );
    return new Map(rows.map((row) => [row.email, row.organization_id]));
  }

  /** Rows whose email another organisation holds are refused with createUser's neutral answer, rationed the same way. */
  private async refuseOtherOrganizations(
    viewer: Viewer,
    emails: readonly string[],
    owners: ReadonlyMap<string, string>,
    caller: string,
  ): Promise<void> {
    const errors: RowProblem[] = [];
    for (const [index, email] of emails.entries()) {
      const owner = owners.get(email);
      if (owner === undefined || owner === viewer.organizationId) continue;
      await this.takenEmails.count(caller);
      errors.push({ row: index + 1, field: 'email', message: CANNOT_BE_USED });
    }
    if (errors.length > 0) throw new RowsRefused(errors.slice(0, MAX_IMPORT_PROBLEMS));
  }

  /**
   * The id of each team named (by lower-cased name), making those the
   * organisation does not have yet under the name as first written.
   */
  private async teamsNamed(manager: EntityManager, viewer: Viewer, names: readonly (string | null)[]): Promise<Map<string, string>> {
    const byKey = new Map<string, string>();
    for (const name of names) if (name && !byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
    if (byKey.size === 0) return new Map();
    const find = async () =>
      (
        (await manager.query('SELECT id, lower(name) AS key FROM teams WHERE organization_id = $1 AND lower(name) = ANY($2::text[])', [
          viewer.organizationId,
          [...byKey.keys()],
        ])) as { id: string; key: string }[]
      ).map((team) => [team.key, team.id] as const);
    const found = new Map(await find());
    const missing = [...byKey].filter(([key]) => !found.has(key)).map(([, name]) => name);
    if (missing.length === 0) return found;
    const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM teams WHERE organization_id = $1', [
      viewer.organizationId,
    ])) as [{ count: number }];
    requireRoom(count + missing.length - 1, MAX_TEAMS, 'teamName', 'teams in an organisation');
    await manager.query(
      `INSERT INTO teams (organization_id, name) SELECT $1, name FROM unnest($2::text[]) AS team(name)
       ON CONFLICT (organization_id, name) DO NOTHING`,
      [viewer.organizationId, missing],
    );
    return new Map(await find());
  }
}
