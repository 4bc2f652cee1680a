import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReachNotifications1796606293501 implements MigrationInterface {
  name = 'ReachNotifications1796606293501';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('ASSIGNMENT_DUE', 'ASSIGNMENT_OVERDUE', 'NUDGE', 'CERTIFICATION_EXPIRING', 'KUDOS_RECEIVED', 'BADGE_EARNED', 'COMMENT', 'REDEMPTION_REVIEWED', 'CLAIM_REVIEWED', 'COACHING', 'DIGEST')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "in_app" boolean NOT NULL, "email" boolean NOT NULL, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "url" text NOT NULL, "key" text NOT NULL, "in_app" boolean NOT NULL, "by_email" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_unread" ON "notifications"  ("recipient_id", "created_at", "id") WHERE in_app AND read_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "notifications_listed" ON "notifications"  ("recipient_id", "created_at", "id") WHERE in_app`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_once" ON "notifications"  ("recipient_id", "key") `);
    await queryRunner.query(
      `CREATE TABLE "newsletter_deliveries" ("user_id" uuid NOT NULL, "week" date NOT NULL, "organization_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_41d29dfd3e864aa8989a6fad1c4" PRIMARY KEY ("user_id", "week"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "newsletter_deliveries_waiting" ON "newsletter_deliveries"  ("organization_id", "week") WHERE sent_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "assignments_due" ON "assignments"  ("due_at") `);
    await queryRunner.query(`CREATE INDEX "certification_awards_expiry" ON "certification_awards"  ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "FK_b6cff0761a8f18bec3e72a97cda" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "newsletter_deliveries" ADD CONSTRAINT "FK_bec47441c29641831ea8806b4b3" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "newsletter_deliveries" DROP CONSTRAINT "FK_bec47441c29641831ea8806b4b3"`);
    await queryRunner.query(`ALTER TABLE "newsletter_deliveries" DROP CONSTRAINT "FK_b6cff0761a8f18bec3e72a97cda"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_cb7b1fb018b296f2107e998b2ff"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await queryRunner.query(`DROP INDEX "public"."certification_awards_expiry"`);
    await queryRunner.query(`DROP INDEX "public"."assignments_due"`);
    await queryRunner.query(`DROP INDEX "public"."newsletter_deliveries_waiting"`);
    await queryRunner.query(`DROP TABLE "newsletter_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_once"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_listed"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
