import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserStartDate1796594370047 implements MigrationInterface {
  name = 'UserStartDate1796594370047';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "started_at"`);
  }
}
