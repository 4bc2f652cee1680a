import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChatChannelsAndAnniversaries1796605987050 implements MigrationInterface {
  name = 'ChatChannelsAndAnniversaries1796605987050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" ADD "chat_webhook_url" text`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "chat_webhook_failures" integer NOT NULL DEFAULT '0'`);
    // A new value only: the index over the kind stays as it is.
    await queryRunner.query(`ALTER TYPE "public"."celebration_kind" ADD VALUE 'WORK_ANNIVERSARY'`);
    // The day's work anniversaries: the start's month and day in UTC (March 15th is 315), read by AnniversariesService.
    await queryRunner.query(
      `CREATE INDEX "users_start_month_day" ON "users" ("organization_id", ((EXTRACT(MONTH FROM ("started_at" AT TIME ZONE 'UTC')) * 100 + EXTRACT(DAY FROM ("started_at" AT TIME ZONE 'UTC')))::int)) WHERE "started_at" IS NOT NULL AND "active"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."users_start_month_day"`);
    await queryRunner.query(`DELETE FROM "celebrations" WHERE "kind" = 'WORK_ANNIVERSARY'`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed_by_kind"`);
    await queryRunner.query(
      `CREATE TYPE "public"."celebration_kind_old" AS ENUM('BADGE_EARNED', 'LEVEL_UP', 'COURSE_COMPLETED', 'CERTIFICATION_EARNED', 'TEAM_MILESTONE', 'KUDOS', 'CUSTOMER_PRAISE', 'SUCCESS_STORY')`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ALTER COLUMN "kind" TYPE "public"."celebration_kind_old" USING "kind"::"text"::"public"."celebration_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."celebration_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."celebration_kind_old" RENAME TO "celebration_kind"`);
    await queryRunner.query(
      `CREATE INDEX "celebrations_feed_by_kind" ON "celebrations" ("organization_id", "kind", "created_at", "id") WHERE lead_id IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "chat_webhook_failures"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "chat_webhook_url"`);
  }
}
