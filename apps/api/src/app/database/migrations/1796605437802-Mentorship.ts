import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Mentorship1796605437802 implements MigrationInterface {
  name = 'Mentorship1796605437802';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mentorship_status" AS ENUM('ACTIVE', 'COMPLETED', 'ENDED')`);
    await queryRunner.query(
      `CREATE TABLE "mentorships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "goal" text NOT NULL, "status" "public"."mentorship_status" NOT NULL DEFAULT 'ACTIVE', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "paired_by_id" uuid, CONSTRAINT "PK_57c594aeb4b0aed94a827f82c48" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mentorships_active_pair" ON "mentorships"  ("mentor_id", "mentee_id") WHERE status = 'ACTIVE'`,
    );
    await queryRunner.query(`CREATE INDEX "mentorships_of_mentee" ON "mentorships"  ("mentee_id", "started_at", "id") `);
    await queryRunner.query(`CREATE INDEX "mentorships_of_mentor" ON "mentorships"  ("mentor_id", "started_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "mentorship_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentorship_id" uuid NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL, "minutes" integer NOT NULL, "notes" text, "logged_by_id" uuid NOT NULL, "counted" boolean NOT NULL, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_73d52f1505acf4ef387eaa5adb5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "mentorship_sessions_idempotency" ON "mentorship_sessions"  ("logged_by_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "mentorship_sessions_latest" ON "mentorship_sessions"  ("mentorship_id", "held_at", "id") `);
    // New enum values leave the indexes on these columns valid: the ledger's and the feed's are not rebuilt.
    await queryRunner.query(`ALTER TYPE "public"."badge_rule_kind" ADD VALUE 'MENTORING_SESSIONS'`);
    await queryRunner.query(`ALTER TYPE "public"."celebration_kind" ADD VALUE 'MENTORSHIP_COMPLETED'`);
    await queryRunner.query(`ALTER TYPE "public"."points_reason" ADD VALUE 'MENTORING'`);
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_ef107828e3b3b44ba093ea55655" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_54ff14b29432a4b4a78df075b90" FOREIGN KEY ("mentor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_591a7a7a7640ddaabdbd50862ce" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorships" ADD CONSTRAINT "FK_fb512f6bd18483f6742b1cb6887" FOREIGN KEY ("paired_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_sessions" ADD CONSTRAINT "FK_aad809cc53cbf6297f6b174cc71" FOREIGN KEY ("mentorship_id") REFERENCES "mentorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_sessions" ADD CONSTRAINT "FK_38c6e45754ea83f077f81b35239" FOREIGN KEY ("logged_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentorship_sessions" DROP CONSTRAINT "FK_38c6e45754ea83f077f81b35239"`);
    await queryRunner.query(`ALTER TABLE "mentorship_sessions" DROP CONSTRAINT "FK_aad809cc53cbf6297f6b174cc71"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_fb512f6bd18483f6742b1cb6887"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_591a7a7a7640ddaabdbd50862ce"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_54ff14b29432a4b4a78df075b90"`);
    await queryRunner.query(`ALTER TABLE "mentorships" DROP CONSTRAINT "FK_ef107828e3b3b44ba093ea55655"`);
    await queryRunner.query(`DROP INDEX "public"."points_entries_source"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed_by_kind"`);
    await queryRunner.query(
      `CREATE TYPE "public"."points_reason_old" AS ENUM('MODULE_COMPLETED', 'COURSE_COMPLETED', 'BADGE_EARNED', 'CERTIFICATION_EARNED', 'KUDOS_RECEIVED', 'CUSTOMER_PRAISE', 'ADJUSTMENT')`,
    );
    await queryRunner.query(
      `ALTER TABLE "points_entries" ALTER COLUMN "reason" TYPE "public"."points_reason_old" USING "reason"::"text"::"public"."points_reason_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."points_reason"`);
    await queryRunner.query(`ALTER TYPE "public"."points_reason_old" RENAME TO "points_reason"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "points_entries_source" ON "points_entries" USING btree ("reason", "source_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."celebration_kind_old" AS ENUM('BADGE_EARNED', 'LEVEL_UP', 'COURSE_COMPLETED', 'CERTIFICATION_EARNED', 'TEAM_MILESTONE', 'KUDOS', 'CUSTOMER_PRAISE', 'SUCCESS_STORY')`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ALTER COLUMN "kind" TYPE "public"."celebration_kind_old" USING "kind"::"text"::"public"."celebration_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."celebration_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."celebration_kind_old" RENAME TO "celebration_kind"`);
    await queryRunner.query(
      `CREATE INDEX "celebrations_feed_by_kind" ON "celebrations" USING btree ("created_at", "id", "kind", "organization_id") WHERE (lead_id IS NULL)`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."badge_rule_kind_old" AS ENUM('MODULES_COMPLETED', 'COURSES_COMPLETED', 'SKILL_COURSES_COMPLETED', 'POINTS_EARNED', 'KUDOS_RECEIVED', 'CERTIFICATIONS_EARNED', 'STREAK_DAYS', 'FIVE_STAR_FEEDBACK', 'MANUAL')`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_definitions" ALTER COLUMN "kind" TYPE "public"."badge_rule_kind_old" USING "kind"::"text"::"public"."badge_rule_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."badge_rule_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."badge_rule_kind_old" RENAME TO "badge_rule_kind"`);
    await queryRunner.query(`DROP INDEX "public"."mentorship_sessions_latest"`);
    await queryRunner.query(`DROP INDEX "public"."mentorship_sessions_idempotency"`);
    await queryRunner.query(`DROP TABLE "mentorship_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."mentorships_of_mentor"`);
    await queryRunner.query(`DROP INDEX "public"."mentorships_of_mentee"`);
    await queryRunner.query(`DROP INDEX "public"."mentorships_active_pair"`);
    await queryRunner.query(`DROP TABLE "mentorships"`);
    await queryRunner.query(`DROP TYPE "public"."mentorship_status"`);
  }
}
