import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KeptStreaks1796573854552 implements MigrationInterface {
  name = 'KeptStreaks1796573854552';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "streak_days" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "streak_last_day" date`);
    await queryRunner.query(`ALTER TABLE "users" ADD "streak_ends_at" TIMESTAMP WITH TIME ZONE`);
    // Each person's latest run of consecutive active days, in their organisation's time zone (gaps and islands).
    await queryRunner.query(`
      WITH active AS (
        SELECT DISTINCT c.user_id, (c.completed_at AT TIME ZONE o.time_zone)::date AS day, o.time_zone
          FROM module_completions c JOIN users u ON u.id = c.user_id JOIN organizations o ON o.id = u.organization_id
         WHERE c.passed),
      runs AS (
        SELECT user_id, day, time_zone, day - (row_number() OVER (PARTITION BY user_id ORDER BY day))::int AS run FROM active),
      latest AS (
        SELECT DISTINCT ON (user_id) user_id, day, time_zone, count(*) OVER (PARTITION BY user_id, run) AS days
          FROM runs ORDER BY user_id, day DESC)
      UPDATE users u SET streak_days = latest.days, streak_last_day = latest.day,
             streak_ends_at = (latest.day + 2)::timestamp AT TIME ZONE latest.time_zone
        FROM latest WHERE latest.user_id = u.id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "streak_ends_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "streak_last_day"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "streak_days"`);
  }
}
