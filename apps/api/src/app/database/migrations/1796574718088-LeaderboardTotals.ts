import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeaderboardTotals1796574718088 implements MigrationInterface {
  name = 'LeaderboardTotals1796574718088';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."leaderboard_period" AS ENUM('WEEK', 'MONTH', 'QUARTER', 'ALL_TIME')`);
    await queryRunner.query(
      `CREATE TABLE "points_earners" ("organization_id" uuid NOT NULL, "period" "public"."leaderboard_period" NOT NULL, "period_start" date NOT NULL, "people" integer NOT NULL, CONSTRAINT "points_earners_not_negative" CHECK ("people" >= 0), CONSTRAINT "PK_c1cb91ff9b2a56b12c49a3ebee3" PRIMARY KEY ("organization_id", "period", "period_start"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "points_totals" ("user_id" uuid NOT NULL, "period" "public"."leaderboard_period" NOT NULL, "period_start" date NOT NULL, "organization_id" uuid NOT NULL, "team_id" uuid, "display_name" text NOT NULL, "opted_out" boolean NOT NULL, "points" integer NOT NULL, CONSTRAINT "points_totals_earned" CHECK ("points" > 0), CONSTRAINT "points_totals_calendar_period" CHECK ("period" <> 'ALL_TIME'), CONSTRAINT "PK_297c25dc5725b01afe27257d100" PRIMARY KEY ("user_id", "period", "period_start"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_points_totals" ("team_id" uuid NOT NULL, "period" "public"."leaderboard_period" NOT NULL, "period_start" date NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "points" integer NOT NULL, CONSTRAINT "team_points_totals_not_negative" CHECK ("points" >= 0), CONSTRAINT "team_points_totals_calendar_period" CHECK ("period" <> 'ALL_TIME'), CONSTRAINT "PK_e02cacaa109863a454dcaab72b5" PRIMARY KEY ("team_id", "period", "period_start"))`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" ADD "ranked_people" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "teams" ADD "points" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "points_earners" ADD CONSTRAINT "FK_03f0e16d686ccbf97fcff87ee15" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "points_totals" ADD CONSTRAINT "FK_c15d27398aa1444971a659ed1ab" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_points_totals" ADD CONSTRAINT "FK_f5d9f49ab3f3b72f0a44fd49bff" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The boards: first places in index order, ranks as index range counts. TypeORM cannot declare DESC.
    await queryRunner.query(
      `CREATE INDEX "points_totals_board" ON "points_totals" ("organization_id", "period", "period_start", "points" DESC, "display_name", "user_id") WHERE NOT "opted_out"`,
    );
    await queryRunner.query(
      `CREATE INDEX "points_totals_team_board" ON "points_totals" ("team_id", "period", "period_start", "points" DESC, "display_name", "user_id") WHERE NOT "opted_out" AND "team_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "team_points_totals_board" ON "team_points_totals" ("organization_id", "period", "period_start", "points" DESC, "name", "team_id") WHERE "points" > 0`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_board" ON "users" ("organization_id", "points" DESC, "display_name", "id") WHERE NOT "leaderboard_opt_out"`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_team_board" ON "users" ("team_id", "points" DESC, "display_name", "id") WHERE NOT "leaderboard_opt_out" AND "team_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "teams_board" ON "teams" ("organization_id", "points" DESC, "name", "id")`);
    for (const statement of TRIGGERS) await queryRunner.query(statement);
    for (const statement of REBUILD) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "teams_renamed" ON "teams"`);
    await queryRunner.query(`DROP TRIGGER "users_removed" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "users_changed" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "users_added" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "leaderboard_team_renamed"()`);
    await queryRunner.query(`DROP FUNCTION "leaderboard_person_removed"()`);
    await queryRunner.query(`DROP FUNCTION "leaderboard_person_changed"()`);
    await queryRunner.query(`DROP FUNCTION "leaderboard_people_added"()`);
    await queryRunner.query(`DROP INDEX "public"."teams_board"`);
    await queryRunner.query(`DROP INDEX "public"."users_team_board"`);
    await queryRunner.query(`DROP INDEX "public"."users_board"`);
    await queryRunner.query(`ALTER TABLE "team_points_totals" DROP CONSTRAINT "FK_f5d9f49ab3f3b72f0a44fd49bff"`);
    await queryRunner.query(`ALTER TABLE "points_totals" DROP CONSTRAINT "FK_c15d27398aa1444971a659ed1ab"`);
    await queryRunner.query(`ALTER TABLE "points_earners" DROP CONSTRAINT "FK_03f0e16d686ccbf97fcff87ee15"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP COLUMN "points"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "ranked_people"`);
    await queryRunner.query(`DROP TABLE "team_points_totals"`);
    await queryRunner.query(`DROP TABLE "points_totals"`);
    await queryRunner.query(`DROP TABLE "points_earners"`);
    await queryRunner.query(`DROP TYPE "public"."leaderboard_period"`);
  }
}

/**
 * What the leaderboards copy from people and teams follows every write to
 * them, whoever makes it (a mutation, an import, a seed, a hand-run UPDATE):
 * the copies of name, team and opt-out on points_totals, the team a person's
 * totals count toward ("members as of now": they move with the person), the
 * count of people ranked, and how many of them earned in each period. Points
 * themselves move only with the ledger (PointsService.append).
 */
export const TRIGGERS = [
  `CREATE FUNCTION "leaderboard_people_added"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     -- People arrive with no points: only the count of ranked people moves.
     UPDATE organizations o SET ranked_people = o.ranked_people + added.people
       FROM (SELECT organization_id, count(*)::int AS people FROM added_people WHERE NOT leaderboard_opt_out GROUP BY organization_id) added
      WHERE o.id = added.organization_id;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER "users_added" AFTER INSERT ON "users" REFERENCING NEW TABLE AS added_people FOR EACH STATEMENT EXECUTE FUNCTION "leaderboard_people_added"()`,

  `CREATE FUNCTION "leaderboard_person_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     ranked_change integer := (NOT NEW.leaderboard_opt_out)::int - (NOT OLD.leaderboard_opt_out)::int;
   BEGIN
     UPDATE points_totals SET team_id = NEW.team_id, display_name = NEW.display_name, opted_out = NEW.leaderboard_opt_out WHERE user_id = NEW.id;

     -- Teams, then earner counts in period order: the order SharedTotals keeps, so that none of them deadlocks.
     IF NEW.team_id IS DISTINCT FROM OLD.team_id THEN
       -- Both teams' rows in id order, as lockTeams takes them: two people crossing over at once cannot deadlock.
       PERFORM 1 FROM teams WHERE id IN (OLD.team_id, NEW.team_id) ORDER BY id FOR NO KEY UPDATE;
       UPDATE teams SET points = points - OLD.points WHERE id = OLD.team_id;
       UPDATE teams SET points = points + NEW.points WHERE id = NEW.team_id;
       UPDATE team_points_totals team SET points = team.points - mine.points
         FROM points_totals mine
        WHERE mine.user_id = NEW.id AND team.team_id = OLD.team_id AND team.period = mine.period AND team.period_start = mine.period_start;
       INSERT INTO team_points_totals (team_id, period, period_start, organization_id, name, points)
       SELECT joined.id, mine.period, mine.period_start, joined.organization_id, joined.name, mine.points
         FROM points_totals mine JOIN teams joined ON joined.id = NEW.team_id
        WHERE mine.user_id = NEW.id
       ON CONFLICT (team_id, period, period_start) DO UPDATE SET points = team_points_totals.points + EXCLUDED.points;
     END IF;

     IF ranked_change <> 0 THEN
       UPDATE organizations SET ranked_people = ranked_people + ranked_change WHERE id = NEW.organization_id;
     END IF;
     IF ranked_change > 0 THEN
       INSERT INTO points_earners (organization_id, period, period_start, people)
       SELECT NEW.organization_id, earned.period, earned.period_start, 1
         FROM (SELECT period, period_start FROM points_totals WHERE user_id = NEW.id
               UNION ALL
               SELECT 'ALL_TIME', '-infinity' WHERE NEW.points > 0) earned
        ORDER BY earned.period, earned.period_start
       ON CONFLICT (organization_id, period, period_start) DO UPDATE SET people = points_earners.people + 1;
     ELSIF ranked_change < 0 THEN
       PERFORM 1 FROM points_earners earners
         JOIN (SELECT period, period_start FROM points_totals WHERE user_id = NEW.id
               UNION ALL
               SELECT 'ALL_TIME', '-infinity' WHERE OLD.points > 0) earned ON earned.period = earners.period AND earned.period_start = earners.period_start
        WHERE earners.organization_id = NEW.organization_id
        ORDER BY earners.period, earners.period_start
          FOR UPDATE OF earners;
       UPDATE points_earners earners SET people = earners.people - 1
         FROM (SELECT period, period_start FROM points_totals WHERE user_id = NEW.id
               UNION ALL
               SELECT 'ALL_TIME', '-infinity' WHERE OLD.points > 0) earned
        WHERE earners.organization_id = NEW.organization_id AND earners.period = earned.period AND earners.period_start = earned.period_start;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER "users_changed" AFTER UPDATE OF "team_id", "display_name", "leaderboard_opt_out" ON "users" FOR EACH ROW
   WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id OR OLD.display_name IS DISTINCT FROM NEW.display_name OR OLD.leaderboard_opt_out IS DISTINCT FROM NEW.leaderboard_opt_out)
   EXECUTE FUNCTION "leaderboard_person_changed"()`,

  // Before the row goes, while its totals are still there to subtract.
  `CREATE FUNCTION "leaderboard_person_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     -- When the whole organisation is deleted, its teams and counts go with it.
     IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id) THEN
       RETURN OLD;
     END IF;
     IF OLD.team_id IS NOT NULL THEN
       UPDATE teams SET points = points - OLD.points WHERE id = OLD.team_id;
       UPDATE team_points_totals team SET points = team.points - mine.points
         FROM points_totals mine
        WHERE mine.user_id = OLD.id AND team.team_id = OLD.team_id AND team.period = mine.period AND team.period_start = mine.period_start;
     END IF;
     IF NOT OLD.leaderboard_opt_out THEN
       UPDATE organizations SET ranked_people = ranked_people - 1 WHERE id = OLD.organization_id;
       PERFORM 1 FROM points_earners earners
         JOIN (SELECT period, period_start FROM points_totals WHERE user_id = OLD.id
               UNION ALL
               SELECT 'ALL_TIME', '-infinity' WHERE OLD.points > 0) earned ON earned.period = earners.period AND earned.period_start = earners.period_start
        WHERE earners.organization_id = OLD.organization_id
        ORDER BY earners.period, earners.period_start
          FOR UPDATE OF earners;
       UPDATE points_earners earners SET people = earners.people - 1
         FROM (SELECT period, period_start FROM points_totals WHERE user_id = OLD.id
               UNION ALL
               SELECT 'ALL_TIME', '-infinity' WHERE OLD.points > 0) earned
        WHERE earners.organization_id = OLD.organization_id AND earners.period = earned.period AND earners.period_start = earned.period_start;
     END IF;
     RETURN OLD;
   END $$`,
  `CREATE TRIGGER "users_removed" BEFORE DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "leaderboard_person_removed"()`,

  `CREATE FUNCTION "leaderboard_team_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     UPDATE team_points_totals SET name = NEW.name WHERE team_id = NEW.id;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER "teams_renamed" AFTER UPDATE OF "name" ON "teams" FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION "leaderboard_team_renamed"()`,
];

/**
 * The totals of the ledger written before this migration, for every
 * organisation: rebuildPointsTotals as it stood when this migration was
 * written, frozen here so that the migration does the same whatever that
 * function later becomes.
 */
const REBUILD = [
  'LOCK TABLE points_entries, users, teams, points_totals, team_points_totals, points_earners IN SHARE ROW EXCLUSIVE MODE',
  `SELECT set_config('work_mem', '256MB', true)`,
  `UPDATE users u SET points = sums.points
     FROM (SELECT person.id, COALESCE(sum(e.amount), 0)::int AS points
             FROM users person LEFT JOIN points_entries e ON e.user_id = person.id
            GROUP BY person.id) sums
    WHERE u.id = sums.id AND u.points <> sums.points`,
  `DELETE FROM points_totals`,
  `WITH days AS (
     SELECT e.user_id, (e.created_at AT TIME ZONE o.time_zone)::date AS day, sum(e.amount) AS points
       FROM points_entries e JOIN organizations o ON o.id = e.organization_id
      GROUP BY e.user_id, day
   ), periods AS (
     SELECT days.user_id, p.period, p.period_start, sum(days.points)::int AS points
       FROM days CROSS JOIN LATERAL (VALUES ('WEEK'::leaderboard_period, date_trunc('week', days.day::timestamp)::date),
                                            ('MONTH'::leaderboard_period, date_trunc('month', days.day::timestamp)::date),
                                            ('QUARTER'::leaderboard_period, date_trunc('quarter', days.day::timestamp)::date)) AS p(period, period_start)
      GROUP BY days.user_id, p.period, p.period_start
   )
   INSERT INTO points_totals (user_id, period, period_start, organization_id, team_id, display_name, opted_out, points)
   SELECT periods.user_id, periods.period, periods.period_start, u.organization_id, u.team_id, u.display_name, u.leaderboard_opt_out, periods.points
     FROM periods JOIN users u ON u.id = periods.user_id
    WHERE periods.points > 0
    ORDER BY periods.user_id, periods.period, periods.period_start`,
  `DELETE FROM team_points_totals`,
  `INSERT INTO team_points_totals (team_id, period, period_start, organization_id, name, points)
   SELECT t.team_id, t.period, t.period_start, t.organization_id, team.name, sum(t.points)::int
     FROM points_totals t JOIN teams team ON team.id = t.team_id
    GROUP BY t.team_id, t.period, t.period_start, t.organization_id, team.name`,
  `UPDATE teams team SET points = sums.points
     FROM (SELECT t.id, COALESCE(sum(u.points), 0)::int AS points FROM teams t LEFT JOIN users u ON u.team_id = t.id GROUP BY t.id) sums
    WHERE team.id = sums.id AND team.points <> sums.points`,
  `DELETE FROM points_earners`,
  `INSERT INTO points_earners (organization_id, period, period_start, people)
   SELECT t.organization_id, t.period, t.period_start, count(*)::int FROM points_totals t
    WHERE NOT t.opted_out GROUP BY t.organization_id, t.period, t.period_start
   UNION ALL
   SELECT u.organization_id, 'ALL_TIME', '-infinity', count(*)::int FROM users u
    WHERE NOT u.leaderboard_opt_out AND u.points > 0 GROUP BY u.organization_id`,
  `UPDATE organizations o SET ranked_people = (SELECT count(*)::int FROM users u WHERE u.organization_id = o.id AND NOT u.leaderboard_opt_out)`,
];
