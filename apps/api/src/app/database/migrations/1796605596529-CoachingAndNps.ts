import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoachingAndNps1796605596529 implements MigrationInterface {
  name = 'CoachingAndNps1796605596529';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."coaching_status" AS ENUM('OPEN', 'ACKNOWLEDGED', 'COMPLETED')`);
    await queryRunner.query(
      `CREATE TABLE "coaching_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "coach_id" uuid NOT NULL, "team_id" uuid, "focus_skills" text array NOT NULL, "notes" text NOT NULL, "course_ids" uuid array NOT NULL, "follow_up_at" TIMESTAMP WITH TIME ZONE, "status" "public"."coaching_status" NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_07f10cfa70c0d8ae79f65b94cd8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "coaching_sessions_by_team" ON "coaching_sessions"  ("team_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "coaching_sessions_by_coach" ON "coaching_sessions"  ("coach_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "coaching_sessions_by_employee" ON "coaching_sessions"  ("employee_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "coaching_session_feedback" ("session_id" uuid NOT NULL, "feedback_id" uuid NOT NULL, CONSTRAINT "PK_108ece88a0af3703ee02c4052a9" PRIMARY KEY ("session_id", "feedback_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "coaching_session_feedback_once" ON "coaching_session_feedback"  ("feedback_id") `);
    await queryRunner.query(`ALTER TYPE "public"."milestone_metric" ADD VALUE 'NPS'`);
    await queryRunner.query(
      `CREATE INDEX "customer_feedback_low_by_team" ON "customer_feedback"  ("team_id", "received_at") WHERE csat <= 2 OR nps <= 6`,
    );
    await queryRunner.query(
      `ALTER TABLE "coaching_sessions" ADD CONSTRAINT "FK_e4f6b3677d2432796a1e2cf3d77" FOREIGN KEY ("employee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coaching_sessions" ADD CONSTRAINT "FK_4997b5460b5542c5784d9171852" FOREIGN KEY ("coach_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coaching_session_feedback" ADD CONSTRAINT "FK_0a11885595891909408fd20c639" FOREIGN KEY ("session_id") REFERENCES "coaching_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "coaching_session_feedback" ADD CONSTRAINT "FK_6bc3398394d98c00a9e06c1fc67" FOREIGN KEY ("feedback_id") REFERENCES "customer_feedback"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "coaching_session_feedback" DROP CONSTRAINT "FK_6bc3398394d98c00a9e06c1fc67"`);
    await queryRunner.query(`ALTER TABLE "coaching_session_feedback" DROP CONSTRAINT "FK_0a11885595891909408fd20c639"`);
    await queryRunner.query(`ALTER TABLE "coaching_sessions" DROP CONSTRAINT "FK_4997b5460b5542c5784d9171852"`);
    await queryRunner.query(`ALTER TABLE "coaching_sessions" DROP CONSTRAINT "FK_e4f6b3677d2432796a1e2cf3d77"`);
    await queryRunner.query(`DROP INDEX "public"."customer_feedback_low_by_team"`);
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_metric_old" AS ENUM('MODULES_COMPLETED', 'COURSES_COMPLETED', 'POINTS_EARNED', 'CERTIFICATIONS_EARNED', 'KUDOS_RECEIVED', 'AVERAGE_CSAT', 'FEEDBACK_COUNT')`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_milestones" ALTER COLUMN "metric" TYPE "public"."milestone_metric_old" USING "metric"::"text"::"public"."milestone_metric_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."milestone_metric"`);
    await queryRunner.query(`ALTER TYPE "public"."milestone_metric_old" RENAME TO "milestone_metric"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_session_feedback_once"`);
    await queryRunner.query(`DROP TABLE "coaching_session_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_sessions_by_employee"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_sessions_by_coach"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_sessions_by_team"`);
    await queryRunner.query(`DROP TABLE "coaching_sessions"`);
    await queryRunner.query(`DROP TYPE "public"."coaching_status"`);
  }
}
