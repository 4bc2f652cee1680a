import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammesOnboardingAndRewards1796605516294 implements MigrationInterface {
  name = 'ProgrammesOnboardingAndRewards1796605516294';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "onboarding_settings" ("organization_id" uuid NOT NULL, "path_id" uuid NOT NULL, "due_days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "onboarding_settings_due_days" CHECK ("due_days" BETWEEN 1 AND 365), CONSTRAINT "PK_fe3ecef61f2eacf89d9176c291d" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rewards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "cost" integer NOT NULL, "stock" integer, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "rewards_stock" CHECK ("stock" IS NULL OR "stock" >= 0), CONSTRAINT "rewards_cost" CHECK ("cost" > 0), CONSTRAINT "PK_3d947441a48debeb9b7366f8b8c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "rewards_catalogue" ON "rewards"  ("organization_id", "active", "cost") `);
    await queryRunner.query(`CREATE TYPE "public"."redemption_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "redemptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "reward_id" uuid NOT NULL, "user_id" uuid NOT NULL, "cost" integer NOT NULL, "status" "public"."redemption_status" NOT NULL DEFAULT 'PENDING', "idempotency_key" text NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "note" text, CONSTRAINT "PK_def143ab94376fea5985bb04219" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e845e4dbdf77458f29473e5e0c" ON "redemptions"  ("reward_id") `);
    await queryRunner.query(`CREATE INDEX "redemptions_queue" ON "redemptions"  ("organization_id", "status", "requested_at") `);
    await queryRunner.query(`CREATE INDEX "redemptions_by_user" ON "redemptions"  ("user_id", "requested_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "redemptions_once" ON "redemptions"  ("user_id", "idempotency_key") `);
    await queryRunner.query(
      `ALTER TABLE "onboarding_settings" ADD CONSTRAINT "FK_fe3ecef61f2eacf89d9176c291d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "onboarding_settings" ADD CONSTRAINT "FK_764b5c5869c3694d1c771e1f89d" FOREIGN KEY ("path_id") REFERENCES "learning_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rewards" ADD CONSTRAINT "FK_0f4809de5ac1027e2ac973efc52" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redemptions" ADD CONSTRAINT "FK_e845e4dbdf77458f29473e5e0cf" FOREIGN KEY ("reward_id") REFERENCES "rewards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redemptions" ADD CONSTRAINT "FK_c59b27ed1a764e578add290572c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redemptions" ADD CONSTRAINT "FK_52a0e146acbe97753444f547fc1" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "redemptions" DROP CONSTRAINT "FK_52a0e146acbe97753444f547fc1"`);
    await queryRunner.query(`ALTER TABLE "redemptions" DROP CONSTRAINT "FK_c59b27ed1a764e578add290572c"`);
    await queryRunner.query(`ALTER TABLE "redemptions" DROP CONSTRAINT "FK_e845e4dbdf77458f29473e5e0cf"`);
    await queryRunner.query(`ALTER TABLE "rewards" DROP CONSTRAINT "FK_0f4809de5ac1027e2ac973efc52"`);
    await queryRunner.query(`ALTER TABLE "onboarding_settings" DROP CONSTRAINT "FK_764b5c5869c3694d1c771e1f89d"`);
    await queryRunner.query(`ALTER TABLE "onboarding_settings" DROP CONSTRAINT "FK_fe3ecef61f2eacf89d9176c291d"`);
    await queryRunner.query(`DROP INDEX "public"."redemptions_once"`);
    await queryRunner.query(`DROP INDEX "public"."redemptions_by_user"`);
    await queryRunner.query(`DROP INDEX "public"."redemptions_queue"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e845e4dbdf77458f29473e5e0c"`);
    await queryRunner.query(`DROP TABLE "redemptions"`);
    await queryRunner.query(`DROP TYPE "public"."redemption_status"`);
    await queryRunner.query(`DROP INDEX "public"."rewards_catalogue"`);
    await queryRunner.query(`DROP TABLE "rewards"`);
    await queryRunner.query(`DROP TABLE "onboarding_settings"`);
  }
}
