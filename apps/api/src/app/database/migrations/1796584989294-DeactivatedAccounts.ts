import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TRIGGERS as LEADERBOARD_TRIGGERS } from './1796574718088-LeaderboardTotals.js';

export class DeactivatedAccounts1796584989294 implements MigrationInterface {
  name = 'DeactivatedAccounts1796584989294';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."users_by_team"`);
    await queryRunner.query(`DROP INDEX "public"."users_by_name"`);
    await queryRunner.query(`DROP INDEX "public"."user_search_terms_by_prefix"`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_by_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "user_search_terms" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`CREATE INDEX "users_by_team" ON "users"  ("team_id", "active", "search_name", "id") `);
    await queryRunner.query(`CREATE INDEX "users_by_name" ON "users"  ("organization_id", "active", "search_name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "user_search_terms_by_prefix" ON "user_search_terms"  ("organization_id", "active", "term", "search_name", "user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: everyone is active so far, so every kept total stays right; from now on the triggers
    // treat a deactivated person as in no team and opted out, and the all-time boards' indexes leave them out.
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Everyone back on the boards and in their teams' totals, through the triggers that know of deactivation.
    await queryRunner.query(`UPDATE users SET active = true WHERE NOT active`);
    await queryRunner.query(`DROP TRIGGER "users_removed" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "users_changed" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "users_added" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "leaderboard_person_removed"()`);
    await queryRunner.query(`DROP FUNCTION "leaderboard_person_changed"()`);
    await queryRunner.query(`DROP FUNCTION "leaderboard_people_added"()`);
    for (const statement of LEADERBOARD_TRIGGERS.filter((statement) => !statement.includes('team_renamed'))) {
      await queryRunner.query(statement);
    }
    await queryRunner.query(`DROP INDEX "public"."users_team_board"`);
    await queryRunner.query(`DROP INDEX "public"."users_board"`);
    await queryRunner.query(
      `CREATE INDEX "users_board" ON "users" ("organization_id", "points" DESC, "display_name", "id") WHERE NOT "leaderboard_opt_out"`,
    );
    await queryRunner.query(
      `CREATE INDEX "users_team_board" ON "users" ("team_id", "points" DESC, "display_name", "id") WHERE NOT "leaderboard_opt_out" AND "team_id" IS NOT NULL`,
    );
    await queryRunner.query(`DROP TRIGGER users_search_terms ON users`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION users_search_terms_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'UPDATE' THEN
           DELETE FROM user_search_terms WHERE user_id = OLD.id;
         END IF;
         INSERT INTO user_search_terms (user_id, term, organization_id, search_name)
         SELECT NEW.id, term, NEW.organization_id, NEW.search_name FROM laurels_search_terms(NEW.display_name, NEW.email) AS term;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER users_search_terms AFTER INSERT OR UPDATE OF display_name, email, organization_id ON users
       FOR EACH ROW EXECUTE FUNCTION users_search_terms_refresh()`,
    );
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`DROP INDEX "public"."user_search_terms_by_prefix"`);
    await queryRunner.query(`DROP INDEX "public"."users_by_name"`);
    await queryRunner.query(`DROP INDEX "public"."users_by_team"`);
    await queryRunner.query(`ALTER TABLE "user_search_terms" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "active"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_by_user"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(
      `CREATE INDEX "user_search_terms_by_prefix" ON "user_search_terms" ("organization_id", "term", "search_name", "user_id")`,
    );
    await queryRunner.query(`CREATE INDEX "users_by_name" ON "users" ("organization_id", "search_name", "id")`);
    await queryRunner.query(`CREATE INDEX "users_by_team" ON "users" ("team_id", "search_name", "id")`);
  }
}

const UP = [
  // The directory searches active people, or deactivated ones: each word carries its person's status.
  `CREATE OR REPLACE FUNCTION users_search_terms_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' THEN
       DELETE FROM user_search_terms WHERE user_id = OLD.id;
     END IF;
     INSERT INTO user_search_terms (user_id, term, organization_id, search_name, active)
     SELECT NEW.id, term, NEW.organization_id, NEW.search_name, NEW.active FROM laurels_search_terms(NEW.display_name, NEW.email) AS term;
     RETURN NULL;
   END $$`,
  `DROP TRIGGER users_search_terms ON users`,
  `CREATE TRIGGER users_search_terms AFTER INSERT OR UPDATE OF display_name, email, organization_id, active ON users
   FOR EACH ROW EXECUTE FUNCTION users_search_terms_refresh()`,

  // The all-time boards rank active people who did not opt out.
  `DROP INDEX "public"."users_board"`,
  `CREATE INDEX "users_board" ON "users" ("organization_id", "points" DESC, "display_name", "id") WHERE "active" AND NOT "leaderboard_opt_out"`,
  `DROP INDEX "public"."users_team_board"`,
  `CREATE INDEX "users_team_board" ON "users" ("team_id", "points" DESC, "display_name", "id") WHERE "active" AND NOT "leaderboard_opt_out" AND "team_id" IS NOT NULL`,

  /*
   * The triggers of LeaderboardTotals, for whom the leaderboards count: a
   * deactivated person counts toward no team (their points leave their
   * team's totals, and come back when they are reactivated) and ranks
   * nowhere, as if opted out; their own row keeps their team and choice.
   */
  `CREATE OR REPLACE FUNCTION "leaderboard_people_added"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     -- People arrive with no points: only the count of ranked people moves.
     UPDATE organizations o SET ranked_people = o.ranked_people + added.people
       FROM (SELECT organization_id, count(*)::int AS people FROM added_people WHERE active AND NOT leaderboard_opt_out GROUP BY organization_id) added
      WHERE o.id = added.organization_id;
     RETURN NULL;
   END $$`,

  `CREATE OR REPLACE FUNCTION "leaderboard_person_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     old_team uuid := CASE WHEN OLD.active THEN OLD.team_id END;
     new_team uuid := CASE WHEN NEW.active THEN NEW.team_id END;
     new_ranked boolean := NEW.active AND NOT NEW.leaderboard_opt_out;
     ranked_change integer := new_ranked::int - (OLD.active AND NOT OLD.leaderboard_opt_out)::int;
   BEGIN
     UPDATE points_totals SET team_id = new_team, display_name = NEW.display_name, opted_out = NOT new_ranked WHERE user_id = NEW.id;

     -- Teams, then earner counts in period order: the order SharedTotals keeps, so that none of them deadlocks.
     IF new_team IS DISTINCT FROM old_team THEN
       -- Both teams' rows in id order, as lockTeams takes them: two people crossing over at once cannot deadlock.
       PERFORM 1 FROM teams WHERE id IN (old_team, new_team) ORDER BY id FOR NO KEY UPDATE;
       UPDATE teams SET points = points - OLD.points WHERE id = old_team;
       UPDATE teams SET points = points + NEW.points WHERE id = new_team;
       UPDATE team_points_totals team SET points = team.points - mine.points
         FROM points_totals mine
        WHERE mine.user_id = NEW.id AND team.team_id = old_team AND team.period = mine.period AND team.period_start = mine.period_start;
       INSERT INTO team_points_totals (team_id, period, period_start, organization_id, name, points)
       SELECT joined.id, mine.period, mine.period_start, joined.organization_id, joined.name, mine.points
         FROM points_totals mine JOIN teams joined ON joined.id = new_team
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
  `DROP TRIGGER "users_changed" ON "users"`,
  `CREATE TRIGGER "users_changed" AFTER UPDATE OF "team_id", "display_name", "leaderboard_opt_out", "active" ON "users" FOR EACH ROW
   WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id OR OLD.display_name IS DISTINCT FROM NEW.display_name
         OR OLD.leaderboard_opt_out IS DISTINCT FROM NEW.leaderboard_opt_out OR OLD.active IS DISTINCT FROM NEW.active)
   EXECUTE FUNCTION "leaderboard_person_changed"()`,

  // Before the row goes, while its totals are still there to subtract.
  `CREATE OR REPLACE FUNCTION "leaderboard_person_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     -- When the whole organisation is deleted, its teams and counts go with it.
     IF NOT EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id) THEN
       RETURN OLD;
     END IF;
     IF OLD.active AND OLD.team_id IS NOT NULL THEN
       UPDATE teams SET points = points - OLD.points WHERE id = OLD.team_id;
       UPDATE team_points_totals team SET points = team.points - mine.points
         FROM points_totals mine
        WHERE mine.user_id = OLD.id AND team.team_id = OLD.team_id AND team.period = mine.period AND team.period_start = mine.period_start;
     END IF;
     IF OLD.active AND NOT OLD.leaderboard_opt_out THEN
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
];
