import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default points badges of 1,000 and 5,000 were named like levels 5 and 9 ("Service Pro",
 * "Service Legend"): each organisation's copy takes its new name, unless it already has a badge so named.
 */
export class BadgeNamesApartFromLevels1796594193247 implements MigrationInterface {
  name = 'BadgeNamesApartFromLevels1796594193247';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.rename(queryRunner, [
      ['Service Pro', 1000, 'Thousand Club'],
      ['Service Legend', 5000, 'Five Thousand Club'],
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.rename(queryRunner, [
      ['Thousand Club', 1000, 'Service Pro'],
      ['Five Thousand Club', 5000, 'Service Legend'],
    ]);
  }

  private async rename(queryRunner: QueryRunner, renames: [from: string, threshold: number, to: string][]): Promise<void> {
    for (const [from, threshold, to] of renames) {
      await queryRunner.query(
        `UPDATE badge_definitions b SET name = $3
          WHERE b.name = $1 AND b.kind = 'POINTS_EARNED' AND b.threshold = $2
            AND NOT EXISTS (SELECT 1 FROM badge_definitions taken WHERE taken.organization_id = b.organization_id AND taken.name = $3)`,
        [from, threshold, to],
      );
    }
  }
}
