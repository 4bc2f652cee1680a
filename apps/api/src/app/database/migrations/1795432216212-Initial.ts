import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795432216212 implements MigrationInterface {
  name = 'Initial1795432216212';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "values" text array NOT NULL DEFAULT '{}', "time_zone" text NOT NULL DEFAULT 'UTC', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organizations_slug_unique" ON "organizations"  ("slug") `);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('EMPLOYEE', 'MANAGER', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."user_role" NOT NULL DEFAULT 'EMPLOYEE', "team_id" uuid, "password_hash" text NOT NULL, "points" integer NOT NULL DEFAULT '0', "leaderboard_opt_out" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1208ee1db5ddb64b48a86b46a6" ON "users"  ("team_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_unique" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_cd72d5552fea58e5e835438554" ON "users"  ("organization_id", "display_name") `);
    await queryRunner.query(
      `CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "manager_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9a06e17b915db57b2d9192672a" ON "teams"  ("manager_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "teams_name_unique" ON "teams"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."course_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`);
    await queryRunner.query(
      `CREATE TABLE "courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "estimated_minutes" integer NOT NULL, "points" integer NOT NULL, "status" "public"."course_status" NOT NULL DEFAULT 'DRAFT', "created_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2fec44a977a792cadca39af4f9" ON "courses"  ("organization_id", "status") `);
    await queryRunner.query(`CREATE TYPE "public"."module_kind" AS ENUM('LESSON', 'QUIZ', 'SCENARIO', 'VIDEO')`);
    await queryRunner.query(
      `CREATE TABLE "modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "kind" "public"."module_kind" NOT NULL, "body" text NOT NULL, "points" integer NOT NULL, "passing_score" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2917f6d45df2765215455afa690" UNIQUE ("course_id", "position"), CONSTRAINT "PK_7dbefd488bd96c5bf31f0ce0c95" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "quiz_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "position" integer NOT NULL, "prompt" text NOT NULL, "choices" text array NOT NULL, "answer_index" integer NOT NULL, "explanation" text, CONSTRAINT "UQ_8b76bdb378fc5cb67d8bb17d341" UNIQUE ("module_id", "position"), CONSTRAINT "PK_ec0447fd30d9f5c182e7653bfd3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_paths" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f073530d2af4a865296c06274c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a1d1c0d80da282e26a73641056" ON "learning_paths"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TABLE "learning_path_courses" ("path_id" uuid NOT NULL, "course_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_f47b3ee87c7c65dfae611b9011c" PRIMARY KEY ("path_id", "course_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d06e966a2d7fb6101d92b4a5f0" ON "learning_path_courses"  ("course_id") `);
    await queryRunner.query(
      `CREATE TABLE "enrollments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "course_id" uuid NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_647c6bda9ead37b702421710fde" UNIQUE ("user_id", "course_id"), CONSTRAINT "PK_7c0f752f9fb68bf6ed7367ab00f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b79d0bf01779fdf9cfb6b092af" ON "enrollments"  ("course_id") `);
    await queryRunner.query(
      `CREATE TABLE "module_completions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "module_id" uuid NOT NULL, "course_id" uuid NOT NULL, "score" integer, "passed" boolean NOT NULL, "correct" boolean array, "idempotency_key" text, "points_awarded" integer NOT NULL DEFAULT '0', "points_after" integer, "leveled_up" boolean NOT NULL DEFAULT false, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86b9d52dc5749fe429c2e7f6d4f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4141483102d95750f731d614ba" ON "module_completions"  ("module_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4cab3f9bf69526a73c4662cda4" ON "module_completions"  ("user_id", "course_id") `);
    await queryRunner.query(
      `CREATE INDEX "module_completions_passed_by_user" ON "module_completions"  ("user_id", "completed_at") WHERE passed`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "module_completions_idempotency" ON "module_completions"  ("user_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "module_completions_one_pass" ON "module_completions"  ("user_id", "module_id") WHERE passed`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."points_reason" AS ENUM('MODULE_COMPLETED', 'COURSE_COMPLETED', 'BADGE_EARNED', 'CERTIFICATION_EARNED', 'KUDOS_RECEIVED', 'CUSTOMER_PRAISE', 'ADJUSTMENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "points_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "amount" integer NOT NULL, "reason" "public"."points_reason" NOT NULL, "description" text NOT NULL, "source_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_65c6da170aeec36e4870a88336e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "points_entries_by_period" ON "points_entries"  ("organization_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "points_entries_history" ON "points_entries"  ("user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "points_entries_source" ON "points_entries"  ("user_id", "reason", "source_id") `);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_1208ee1db5ddb64b48a86b46a61" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "FK_fdc736f761896ccc179c823a785" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "teams" ADD CONSTRAINT "FK_9a06e17b915db57b2d9192672a5" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "courses" ADD CONSTRAINT "FK_67f82e354e6446e87e18d8c08e6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "courses" ADD CONSTRAINT "FK_5ddfd7dc6bf96ce236cd9359282" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "modules" ADD CONSTRAINT "FK_0a00005552998b16b7e89340843" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quiz_questions" ADD CONSTRAINT "FK_98086a36045d151124f6ad8978b" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_paths" ADD CONSTRAINT "FK_a1d1c0d80da282e26a736410568" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_path_courses" ADD CONSTRAINT "FK_40079c80cc19ece31d26bc32094" FOREIGN KEY ("path_id") REFERENCES "learning_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_path_courses" ADD CONSTRAINT "FK_d06e966a2d7fb6101d92b4a5f02" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollments" ADD CONSTRAINT "FK_ff997f5a39cd24a491b9aca45c9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollments" ADD CONSTRAINT "FK_b79d0bf01779fdf9cfb6b092af3" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_completions" ADD CONSTRAINT "FK_3028ba9827101d28d619154033e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_completions" ADD CONSTRAINT "FK_4141483102d95750f731d614bac" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "points_entries" ADD CONSTRAINT "FK_8982f4807d82b988095541e9e80" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "points_entries" DROP CONSTRAINT "FK_8982f4807d82b988095541e9e80"`);
    await queryRunner.query(`ALTER TABLE "module_completions" DROP CONSTRAINT "FK_4141483102d95750f731d614bac"`);
    await queryRunner.query(`ALTER TABLE "module_completions" DROP CONSTRAINT "FK_3028ba9827101d28d619154033e"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "FK_b79d0bf01779fdf9cfb6b092af3"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "FK_ff997f5a39cd24a491b9aca45c9"`);
    await queryRunner.query(`ALTER TABLE "learning_path_courses" DROP CONSTRAINT "FK_d06e966a2d7fb6101d92b4a5f02"`);
    await queryRunner.query(`ALTER TABLE "learning_path_courses" DROP CONSTRAINT "FK_40079c80cc19ece31d26bc32094"`);
    await queryRunner.query(`ALTER TABLE "learning_paths" DROP CONSTRAINT "FK_a1d1c0d80da282e26a736410568"`);
    await queryRunner.query(`ALTER TABLE "quiz_questions" DROP CONSTRAINT "FK_98086a36045d151124f6ad8978b"`);
    await queryRunner.query(`ALTER TABLE "modules" DROP CONSTRAINT "FK_0a00005552998b16b7e89340843"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "FK_5ddfd7dc6bf96ce236cd9359282"`);
    await queryRunner.query(`ALTER TABLE "courses" DROP CONSTRAINT "FK_67f82e354e6446e87e18d8c08e6"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "FK_9a06e17b915db57b2d9192672a5"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP CONSTRAINT "FK_fdc736f761896ccc179c823a785"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_1208ee1db5ddb64b48a86b46a61"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
    await queryRunner.query(`DROP INDEX "public"."points_entries_source"`);
    await queryRunner.query(`DROP INDEX "public"."points_entries_history"`);
    await queryRunner.query(`DROP INDEX "public"."points_entries_by_period"`);
    await queryRunner.query(`DROP TABLE "points_entries"`);
    await queryRunner.query(`DROP TYPE "public"."points_reason"`);
    await queryRunner.query(`DROP INDEX "public"."module_completions_one_pass"`);
    await queryRunner.query(`DROP INDEX "public"."module_completions_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."module_completions_passed_by_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4cab3f9bf69526a73c4662cda4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4141483102d95750f731d614ba"`);
    await queryRunner.query(`DROP TABLE "module_completions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b79d0bf01779fdf9cfb6b092af"`);
    await queryRunner.query(`DROP TABLE "enrollments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d06e966a2d7fb6101d92b4a5f0"`);
    await queryRunner.query(`DROP TABLE "learning_path_courses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1d1c0d80da282e26a73641056"`);
    await queryRunner.query(`DROP TABLE "learning_paths"`);
    await queryRunner.query(`DROP TABLE "quiz_questions"`);
    await queryRunner.query(`DROP TABLE "modules"`);
    await queryRunner.query(`DROP TYPE "public"."module_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2fec44a977a792cadca39af4f9"`);
    await queryRunner.query(`DROP TABLE "courses"`);
    await queryRunner.query(`DROP TYPE "public"."course_status"`);
    await queryRunner.query(`DROP INDEX "public"."teams_name_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9a06e17b915db57b2d9192672a"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd72d5552fea58e5e835438554"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1208ee1db5ddb64b48a86b46a6"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."organizations_slug_unique"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
  }
}
