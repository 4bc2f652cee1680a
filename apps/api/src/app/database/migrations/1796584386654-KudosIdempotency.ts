import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KudosIdempotency1796584386654 implements MigrationInterface {
  name = 'KudosIdempotency1796584386654';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kudos" ADD "idempotency_key" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "kudos_idempotency" ON "kudos"  ("from_user_id", "idempotency_key", "to_user_id") WHERE idempotency_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."kudos_idempotency"`);
    await queryRunner.query(`ALTER TABLE "kudos" DROP COLUMN "idempotency_key"`);
  }
}
