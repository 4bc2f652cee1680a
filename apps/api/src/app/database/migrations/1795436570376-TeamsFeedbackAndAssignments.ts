import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamsFeedbackAndAssignments1795436570376 implements MigrationInterface {
  name = 'TeamsFeedbackAndAssignments1795436570376';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: leaderboards read a period's points per person from the index alone.
    await queryRunner.query(`DROP INDEX "public"."points_entries_by_period"`);
    await queryRunner.query(
      `CREATE INDEX "points_entries_by_period" ON "points_entries" ("organization_id", "created_at") INCLUDE ("user_id", "amount")`,
    );
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "course_id" uuid NOT NULL, "assignee_id" uuid NOT NULL, "assigned_by_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_33f833f305070d2d4e6305d8a0" ON "assignments"  ("course_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "assignments_once" ON "assignments"  ("assignee_id", "course_id") `);
    await queryRunner.query(
      `CREATE TABLE "customer_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "employee_id" uuid, "team_id" uuid, "csat" smallint NOT NULL, "nps" smallint, "comment" text, "customer_name" text, "external_id" text, "recorded_by_id" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bf049c5e29858227f202a0aeea4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "customer_feedback_by_organization" ON "customer_feedback"  ("organization_id", "received_at") `);
    await queryRunner.query(`CREATE INDEX "customer_feedback_by_employee" ON "customer_feedback"  ("employee_id", "received_at") `);
    await queryRunner.query(`CREATE INDEX "customer_feedback_by_team" ON "customer_feedback"  ("team_id", "received_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "customer_feedback_external" ON "customer_feedback"  ("organization_id", "external_id") WHERE external_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_metric" AS ENUM('MODULES_COMPLETED', 'COURSES_COMPLETED', 'POINTS_EARNED', 'CERTIFICATIONS_EARNED', 'KUDOS_RECEIVED', 'AVERAGE_CSAT', 'FEEDBACK_COUNT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "team_id" uuid NOT NULL, "title" text NOT NULL, "metric" "public"."milestone_metric" NOT NULL, "target" double precision NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "reached_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d48be3b11b69a7425d50ebb61d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_07b9abf00abee94eec6fcdfe5c" ON "team_milestones"  ("team_id", "starts_at") `);
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_33f833f305070d2d4e6305d8a0c" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_cb4555e572df63db339d29d7b18" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_a76bdbfeb13c3a195855993eaa5" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_feedback" ADD CONSTRAINT "FK_d2f2c25bc3baa44e3348cfa53fb" FOREIGN KEY ("employee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_feedback" ADD CONSTRAINT "FK_ef5257a8bf556e3f53ce1cbb634" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "customer_feedback" ADD CONSTRAINT "FK_89fb9581871d111633506f12034" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_milestones" ADD CONSTRAINT "FK_392c1a4ecf715e7c1f236fcac06" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_milestones" ADD CONSTRAINT "FK_1bedbed69ab062a009cbe0cbba5" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_milestones" DROP CONSTRAINT "FK_1bedbed69ab062a009cbe0cbba5"`);
    await queryRunner.query(`ALTER TABLE "team_milestones" DROP CONSTRAINT "FK_392c1a4ecf715e7c1f236fcac06"`);
    await queryRunner.query(`ALTER TABLE "customer_feedback" DROP CONSTRAINT "FK_89fb9581871d111633506f12034"`);
    await queryRunner.query(`ALTER TABLE "customer_feedback" DROP CONSTRAINT "FK_ef5257a8bf556e3f53ce1cbb634"`);
    await queryRunner.query(`ALTER TABLE "customer_feedback" DROP CONSTRAINT "FK_d2f2c25bc3baa44e3348cfa53fb"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_a76bdbfeb13c3a195855993eaa5"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_cb4555e572df63db339d29d7b18"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_33f833f305070d2d4e6305d8a0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07b9abf00abee94eec6fcdfe5c"`);
    await queryRunner.query(`DROP TABLE "team_milestones"`);
    await queryRunner.query(`DROP TYPE "public"."milestone_metric"`);
    await queryRunner.query(`DROP INDEX "public"."customer_feedback_external"`);
    await queryRunner.query(`DROP INDEX "public"."customer_feedback_by_team"`);
    await queryRunner.query(`DROP INDEX "public"."customer_feedback_by_employee"`);
    await queryRunner.query(`DROP INDEX "public"."customer_feedback_by_organization"`);
    await queryRunner.query(`DROP TABLE "customer_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."assignments_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33f833f305070d2d4e6305d8a0"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "public"."points_entries_by_period"`);
    await queryRunner.query(`CREATE INDEX "points_entries_by_period" ON "points_entries" ("organization_id", "created_at")`);
  }
}
