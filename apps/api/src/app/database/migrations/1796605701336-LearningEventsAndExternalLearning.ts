import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningEventsAndExternalLearning1796605701336 implements MigrationInterface {
  name = 'LearningEventsAndExternalLearning1796605701336';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."claim_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "external_learning_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "title" text NOT NULL, "provider" text NOT NULL, "completed_on" TIMESTAMP WITH TIME ZONE NOT NULL, "hours" double precision NOT NULL, "evidence_url" text, "status" "public"."claim_status" NOT NULL DEFAULT 'PENDING', "points" integer NOT NULL DEFAULT '0', "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1a5eb66053a145213d8a192f335" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "external_learning_claims_by_status" ON "external_learning_claims"  ("organization_id", "status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "external_learning_claims_by_user" ON "external_learning_claims"  ("user_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."learning_event_kind" AS ENUM('KNOWLEDGE_SHARE', 'WORKSHOP', 'CONFERENCE')`);
    await queryRunner.query(`CREATE TYPE "public"."learning_event_status" AS ENUM('PENDING', 'PUBLISHED', 'DECLINED')`);
    await queryRunner.query(
      `CREATE TABLE "learning_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" "public"."learning_event_kind" NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" text, "skills" text array NOT NULL, "points" integer NOT NULL, "host_points" integer NOT NULL, "status" "public"."learning_event_status" NOT NULL, "created_by_id" uuid NOT NULL, "reviewed_by_id" uuid, "attendance_recorded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ae528cc9815d53624aca51b2e54" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "learning_events_by_start" ON "learning_events"  ("organization_id", "starts_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "learning_event_hosts" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_78099979e817f18edda6db6dfb8" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "learning_event_hosts_by_user" ON "learning_event_hosts"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "learning_event_rsvps" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_82014429c5d78e5de1bce9e7a07" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "learning_event_rsvps_by_user" ON "learning_event_rsvps"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "learning_event_attendances" ("event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e1d172184567760637f0bb33fcd" PRIMARY KEY ("event_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "learning_event_attendances_by_user" ON "learning_event_attendances"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "external_learning_points_limit" integer NOT NULL DEFAULT '200'`);
    // New enum values are added in place: the indexes on these columns stay as they are.
    await queryRunner.query(`ALTER TYPE "public"."badge_rule_kind" ADD VALUE IF NOT EXISTS 'EVENTS_ATTENDED'`);
    await queryRunner.query(`ALTER TYPE "public"."badge_rule_kind" ADD VALUE IF NOT EXISTS 'SESSIONS_HOSTED'`);
    await queryRunner.query(`ALTER TYPE "public"."celebration_kind" ADD VALUE IF NOT EXISTS 'LEARNING_EVENT'`);
    await queryRunner.query(`ALTER TYPE "public"."points_reason" ADD VALUE IF NOT EXISTS 'EVENT_ATTENDED'`);
    await queryRunner.query(`ALTER TYPE "public"."points_reason" ADD VALUE IF NOT EXISTS 'EVENT_HOSTED'`);
    await queryRunner.query(`ALTER TYPE "public"."points_reason" ADD VALUE IF NOT EXISTS 'EXTERNAL_LEARNING'`);
    await queryRunner.query(
      `ALTER TABLE "external_learning_claims" ADD CONSTRAINT "FK_b2d3660880e2d099fe7c6dcf8ff" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "external_learning_claims" ADD CONSTRAINT "FK_b6c0e1417c560ed2206056db08e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "external_learning_claims" ADD CONSTRAINT "FK_da6371ea6709ceaddafc69f59b6" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_events" ADD CONSTRAINT "FK_347ce0a7106e1df600cf1ec269c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_events" ADD CONSTRAINT "FK_5518570bb3e7c69d731c618d37e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_events" ADD CONSTRAINT "FK_1a809b58f2e66a78cb4db01fc2e" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_event_hosts" ADD CONSTRAINT "FK_8c77438d66530210b6072c3bfa6" FOREIGN KEY ("event_id") REFERENCES "learning_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_event_hosts" ADD CONSTRAINT "FK_31d12c9035e3596f5a891907987" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_event_rsvps" ADD CONSTRAINT "FK_f7a84885303c51391261c21a1d3" FOREIGN KEY ("event_id") REFERENCES "learning_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_event_rsvps" ADD CONSTRAINT "FK_7654fe531688b4a24b74c03a738" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_event_attendances" ADD CONSTRAINT "FK_f1731b56c3cf5321b110637fdc9" FOREIGN KEY ("event_id") REFERENCES "learning_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_event_attendances" ADD CONSTRAINT "FK_eb1fdf84a0027656bd4e2a76feb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_event_attendances" ADD CONSTRAINT "FK_e9a24af9153ce2b8e2b5e88fe4b" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_event_attendances" DROP CONSTRAINT "FK_e9a24af9153ce2b8e2b5e88fe4b"`);
    await queryRunner.query(`ALTER TABLE "learning_event_attendances" DROP CONSTRAINT "FK_eb1fdf84a0027656bd4e2a76feb"`);
    await queryRunner.query(`ALTER TABLE "learning_event_attendances" DROP CONSTRAINT "FK_f1731b56c3cf5321b110637fdc9"`);
    await queryRunner.query(`ALTER TABLE "learning_event_rsvps" DROP CONSTRAINT "FK_7654fe531688b4a24b74c03a738"`);
    await queryRunner.query(`ALTER TABLE "learning_event_rsvps" DROP CONSTRAINT "FK_f7a84885303c51391261c21a1d3"`);
    await queryRunner.query(`ALTER TABLE "learning_event_hosts" DROP CONSTRAINT "FK_31d12c9035e3596f5a891907987"`);
    await queryRunner.query(`ALTER TABLE "learning_event_hosts" DROP CONSTRAINT "FK_8c77438d66530210b6072c3bfa6"`);
    await queryRunner.query(`ALTER TABLE "learning_events" DROP CONSTRAINT "FK_1a809b58f2e66a78cb4db01fc2e"`);
    await queryRunner.query(`ALTER TABLE "learning_events" DROP CONSTRAINT "FK_5518570bb3e7c69d731c618d37e"`);
    await queryRunner.query(`ALTER TABLE "learning_events" DROP CONSTRAINT "FK_347ce0a7106e1df600cf1ec269c"`);
    await queryRunner.query(`ALTER TABLE "external_learning_claims" DROP CONSTRAINT "FK_da6371ea6709ceaddafc69f59b6"`);
    await queryRunner.query(`ALTER TABLE "external_learning_claims" DROP CONSTRAINT "FK_b6c0e1417c560ed2206056db08e"`);
    await queryRunner.query(`ALTER TABLE "external_learning_claims" DROP CONSTRAINT "FK_b2d3660880e2d099fe7c6dcf8ff"`);
    await queryRunner.query(`DROP INDEX "public"."points_entries_source"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed_by_kind"`);
    await queryRunner.query(
      `CREATE TYPE "public"."points_reason_old" AS ENUM('MODULE_COMPLETED', 'COURSE_COMPLETED', 'BADGE_EARNED', 'CERTIFICATION_EARNED', 'KUDOS_RECEIVED', 'CUSTOMER_PRAISE', 'ADJUSTMENT')`,
    );
    await queryRunner.query(
      `ALTER TABLE "points_entries" ALTER COLUMN "reason" TYPE "public"."points_reason_old" USING "reason"::"text"::"public"."points_reason_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."points_reason"`);
    await queryRunner.query(`ALTER TYPE "public"."points_reason_old" RENAME TO "points_reason"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "points_entries_source" ON "points_entries" ("user_id", "reason", "source_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."celebration_kind_old" AS ENUM('BADGE_EARNED', 'LEVEL_UP', 'COURSE_COMPLETED', 'CERTIFICATION_EARNED', 'TEAM_MILESTONE', 'KUDOS', 'CUSTOMER_PRAISE', 'SUCCESS_STORY')`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ALTER COLUMN "kind" TYPE "public"."celebration_kind_old" USING "kind"::"text"::"public"."celebration_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."celebration_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."celebration_kind_old" RENAME TO "celebration_kind"`);
    await queryRunner.query(
      `CREATE INDEX "celebrations_feed_by_kind" ON "celebrations" ("organization_id", "kind", "created_at", "id") WHERE lead_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."badge_rule_kind_old" AS ENUM('MODULES_COMPLETED', 'COURSES_COMPLETED', 'SKILL_COURSES_COMPLETED', 'POINTS_EARNED', 'KUDOS_RECEIVED', 'CERTIFICATIONS_EARNED', 'STREAK_DAYS', 'FIVE_STAR_FEEDBACK', 'MANUAL')`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_definitions" ALTER COLUMN "kind" TYPE "public"."badge_rule_kind_old" USING "kind"::"text"::"public"."badge_rule_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."badge_rule_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."badge_rule_kind_old" RENAME TO "badge_rule_kind"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "external_learning_points_limit"`);
    await queryRunner.query(`DROP INDEX "public"."learning_event_attendances_by_user"`);
    await queryRunner.query(`DROP TABLE "learning_event_attendances"`);
    await queryRunner.query(`DROP INDEX "public"."learning_event_rsvps_by_user"`);
    await queryRunner.query(`DROP TABLE "learning_event_rsvps"`);
    await queryRunner.query(`DROP INDEX "public"."learning_event_hosts_by_user"`);
    await queryRunner.query(`DROP TABLE "learning_event_hosts"`);
    await queryRunner.query(`DROP INDEX "public"."learning_events_by_start"`);
    await queryRunner.query(`DROP TABLE "learning_events"`);
    await queryRunner.query(`DROP TYPE "public"."learning_event_status"`);
    await queryRunner.query(`DROP TYPE "public"."learning_event_kind"`);
    await queryRunner.query(`DROP INDEX "public"."external_learning_claims_by_user"`);
    await queryRunner.query(`DROP INDEX "public"."external_learning_claims_by_status"`);
    await queryRunner.query(`DROP TABLE "external_learning_claims"`);
    await queryRunner.query(`DROP TYPE "public"."claim_status"`);
  }
}
