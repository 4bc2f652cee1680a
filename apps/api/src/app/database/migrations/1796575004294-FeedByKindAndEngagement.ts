import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedByKindAndEngagement1796575004294 implements MigrationInterface {
  name = 'FeedByKindAndEngagement1796575004294';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "celebrations" ADD "engagement" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`
      UPDATE celebrations c SET engagement = counted.reactions + counted.comments
        FROM (SELECT c2.id,
                     (SELECT count(*) FROM celebration_reactions r WHERE r.celebration_id = c2.id) AS reactions,
                     (SELECT count(*) FROM celebration_comments m WHERE m.celebration_id = c2.id) AS comments
                FROM celebrations c2) counted
       WHERE counted.id = c.id AND counted.reactions + counted.comments > 0`);
    await queryRunner.query(
      `CREATE INDEX "celebrations_engaged" ON "celebrations"  ("organization_id", "created_at") WHERE engagement > 0`,
    );
    await queryRunner.query(`CREATE INDEX "celebrations_feed_by_kind" ON "celebrations"  ("organization_id", "kind", "created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed_by_kind"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_engaged"`);
    await queryRunner.query(`ALTER TABLE "celebrations" DROP COLUMN "engagement"`);
  }
}
