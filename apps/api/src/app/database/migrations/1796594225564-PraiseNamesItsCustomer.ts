import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customer praise celebrated before its celebration kept the customer's name: the name, from the feedback praised. */
export class PraiseNamesItsCustomer1796594225564 implements MigrationInterface {
  name = 'PraiseNamesItsCustomer1796594225564';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE celebrations c SET details = c.details || jsonb_build_object('customerName', f.customer_name)
         FROM customer_feedback f
        WHERE c.kind = 'CUSTOMER_PRAISE' AND c.source_key = 'CUSTOMER_PRAISE:' || f.id AND f.customer_name IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE celebrations SET details = details - 'customerName' WHERE kind = 'CUSTOMER_PRAISE'`);
  }
}
