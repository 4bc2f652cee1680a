import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateReportPeriod } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { TeamsService } from '#directory/organizations';
import type { ParticipationRowObject } from './dto/participation-row.object.js';

/** The most team members one participation report lists, by name. */
export const MAX_PARTICIPATION_ROWS = 500;

/**
 * Per member: kudos given and received in the period, counted in one grouped
 * pass each over the kudos_given_by and kudos_received_by indexes, and the
 * last kudos received (one index probe per member).
 */
const PARTICIPATION = `
  WITH members AS (
    SELECT id, display_name FROM users
     WHERE team_id = $1 AND active
     ORDER BY display_name, id LIMIT ${MAX_PARTICIPATION_ROWS}
  ), given AS (
    SELECT k.from_user_id AS user_id, count(*)::int AS n FROM kudos k JOIN members m ON m.id = k.from_user_id
     WHERE k.created_at >= $2 AND k.created_at < $3 GROUP BY k.from_user_id
  ), received AS (
    SELECT k.to_user_id AS user_id, count(*)::int AS n FROM kudos k JOIN members m ON m.id = k.to_user_id
     WHERE k.created_at >= $2 AND k.created_at < $3 GROUP BY k.to_user_id
  )
  SELECT m.id AS "userId", COALESCE(g.n, 0) AS "kudosGiven", COALESCE(r.n, 0) AS "kudosReceived", last.created_at AS "lastRecognisedAt"
    FROM members m
    LEFT JOIN given g ON g.user_id = m.id
    LEFT JOIN received r ON r.user_id = m.id
    LEFT JOIN LATERAL (SELECT k.created_at FROM kudos k WHERE k.to_user_id = m.id AND k.created_at < $3
                        ORDER BY k.created_at DESC LIMIT 1) last ON true
   ORDER BY m.display_name, m.id`;

@Injectable()
export class ParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamsService,
  ) {}

  /** Who in the team gives and receives kudos, for its manager or an admin; a period of at most a year. */
  async ofTeam(viewer: Viewer, teamId: string, from: Date, to: Date): Promise<ParticipationRowObject[]> {
    validateReportPeriod(from, to);
    const team = await this.teams.managed(viewer, teamId);
    return this.dataSource.query<ParticipationRowObject[]>(PARTICIPATION, [team.id, from, to]);
  }
}
