import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer praise was celebrated when it was recorded: an import in December dated November's
 * praise in December's digest. Each praise celebration takes the date its customer gave it. What
 * they were dated before is not kept: going down leaves them so.
 */
export class PraiseDatedWhenGiven1796594750198 implements MigrationInterface {
  name = 'PraiseDatedWhenGiven1796594750198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE celebrations c SET created_at = f.received_at
         FROM customer_feedback f
        WHERE c.kind = 'CUSTOMER_PRAISE' AND c.source_key = 'CUSTOMER_PRAISE:' || f.id AND c.created_at <> f.received_at`,
    );
  }

  async down(): Promise<void> {}
}
