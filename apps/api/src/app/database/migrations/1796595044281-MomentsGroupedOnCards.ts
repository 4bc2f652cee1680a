import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The celebration kinds that group (GROUPED_KINDS in libs/domain), as they were when this ran. */
const GROUPED = `('COURSE_COMPLETED', 'CERTIFICATION_EARNED', 'BADGE_EARNED', 'LEVEL_UP')`;

export class MomentsGroupedOnCards1796595044281 implements MigrationInterface {
  name = 'MomentsGroupedOnCards1796595044281';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "celebrations" ADD "lead_id" uuid`);
    // Existing achievements, grouped in one statement: a person's run of moments less than a minute
    // apart, cut into minutes from the run's first, each minute's first moment leading the others.
    await queryRunner.query(`
      WITH moments AS (
        SELECT id, user_id, created_at,
               created_at - lag(created_at) OVER (PARTITION BY user_id ORDER BY created_at, id) AS gap
          FROM celebrations WHERE user_id IS NOT NULL AND kind IN ${GROUPED}
      ), runs AS (
        SELECT id, user_id, created_at,
               count(*) FILTER (WHERE gap IS NULL OR gap >= interval '60 seconds') OVER (PARTITION BY user_id ORDER BY created_at, id) AS run
          FROM moments
      ), minutes AS (
        SELECT id, user_id, run, created_at,
               floor(extract(epoch FROM created_at - min(created_at) OVER (PARTITION BY user_id, run)) / 60) AS minute
          FROM runs
      ), groups AS (
        SELECT id, first_value(id) OVER (PARTITION BY user_id, run, minute ORDER BY created_at, id) AS lead_id FROM minutes
      )
      UPDATE celebrations c SET lead_id = groups.lead_id FROM groups WHERE c.id = groups.id AND groups.lead_id <> groups.id`);
    // Reactions and comments on a grouped moment move to its card, and the engagement kept with them.
    await queryRunner.query(`
      INSERT INTO celebration_reactions (celebration_id, user_id, emoji, created_at)
      SELECT c.lead_id, r.user_id, r.emoji, r.created_at FROM celebration_reactions r JOIN celebrations c ON c.id = r.celebration_id
       WHERE c.lead_id IS NOT NULL
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(
      `DELETE FROM celebration_reactions r USING celebrations c WHERE c.id = r.celebration_id AND c.lead_id IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE celebration_comments m SET celebration_id = c.lead_id FROM celebrations c WHERE c.id = m.celebration_id AND c.lead_id IS NOT NULL`,
    );
    await queryRunner.query(`
      UPDATE celebrations c
         SET engagement = (SELECT count(*) FROM celebration_reactions r WHERE r.celebration_id = c.id)
                        + (SELECT count(*) FROM celebration_comments m WHERE m.celebration_id = c.id)
       WHERE c.id IN (SELECT lead_id FROM celebrations WHERE lead_id IS NOT NULL) OR (c.lead_id IS NOT NULL AND c.engagement <> 0)`);
    // The feed reads cards only: its indexes hold the celebrations that lead their group.
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed_by_kind"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_team_feed"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_engaged"`);
    await queryRunner.query(
      `CREATE INDEX "celebrations_feed" ON "celebrations"  ("organization_id", "created_at", "id") WHERE lead_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "celebrations_feed_by_kind" ON "celebrations"  ("organization_id", "kind", "created_at", "id") WHERE lead_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "celebrations_team_feed" ON "celebrations"  ("team_id", "created_at", "id") WHERE lead_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "celebrations_engaged" ON "celebrations"  ("organization_id", "created_at") WHERE engagement > 0 AND lead_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "celebrations_groups_of_person" ON "celebrations"  ("user_id", "created_at") WHERE lead_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "celebrations_grouped" ON "celebrations"  ("lead_id", "created_at", "id") WHERE lead_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ADD CONSTRAINT "FK_81ea215f880f231fee84ce3dd94" FOREIGN KEY ("lead_id") REFERENCES "celebrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "celebrations" DROP CONSTRAINT "FK_81ea215f880f231fee84ce3dd94"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_grouped"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_groups_of_person"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_engaged"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_team_feed"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed_by_kind"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed"`);
    await queryRunner.query(
      `CREATE INDEX "celebrations_engaged" ON "celebrations"  ("organization_id", "created_at") WHERE engagement > 0`,
    );
    await queryRunner.query(`CREATE INDEX "celebrations_team_feed" ON "celebrations"  ("team_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "celebrations_feed_by_kind" ON "celebrations"  ("organization_id", "kind", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "celebrations_feed" ON "celebrations"  ("organization_id", "created_at", "id") `);
    // Every moment becomes a card of its own again; reactions and comments stay on the cards they moved to.
    await queryRunner.query(`ALTER TABLE "celebrations" DROP COLUMN "lead_id"`);
  }
}
