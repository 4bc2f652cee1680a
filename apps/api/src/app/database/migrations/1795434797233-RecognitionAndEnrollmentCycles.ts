import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecognitionAndEnrollmentCycles1795434797233 implements MigrationInterface {
  name = 'RecognitionAndEnrollmentCycles1795434797233';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_4cab3f9bf69526a73c4662cda4"`);
    await queryRunner.query(`DROP INDEX "public"."module_completions_one_pass"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "UQ_647c6bda9ead37b702421710fde"`);
    await queryRunner.query(
      `CREATE TYPE "public"."badge_rule_kind" AS ENUM('MODULES_COMPLETED', 'COURSES_COMPLETED', 'SKILL_COURSES_COMPLETED', 'POINTS_EARNED', 'KUDOS_RECEIVED', 'CERTIFICATIONS_EARNED', 'STREAK_DAYS', 'FIVE_STAR_FEEDBACK', 'MANUAL')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."badge_tier" AS ENUM('BRONZE', 'SILVER', 'GOLD', 'PLATINUM')`);
    await queryRunner.query(
      `CREATE TABLE "badge_definitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "criteria" text NOT NULL, "kind" "public"."badge_rule_kind" NOT NULL, "threshold" integer NOT NULL, "skill" text, "tier" "public"."badge_tier" NOT NULL, "icon" text NOT NULL, "points" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_44321c4b38a71ed1409a1a2e4d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "badge_definitions_name_unique" ON "badge_definitions"  ("organization_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "badge_awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "badge_id" uuid NOT NULL, "user_id" uuid NOT NULL, "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "awarded_by_id" uuid, "reason" text, CONSTRAINT "PK_5fa679a182a2bd25a7be1ab1e6a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_df0a877b7da15dc96682861c35" ON "badge_awards"  ("badge_id", "awarded_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "badge_awards_once" ON "badge_awards"  ("user_id", "badge_id") `);
    await queryRunner.query(
      `CREATE TABLE "certification_definitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "validity_days" integer, "points" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a34f8ea970b427fef6b6bd816f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certification_definitions_name_unique" ON "certification_definitions"  ("organization_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "certification_required_courses" ("certification_id" uuid NOT NULL, "course_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_7a03150908dfea1e1932a9122fc" PRIMARY KEY ("certification_id", "course_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c99568f77c61b4af6d0fed8358" ON "certification_required_courses"  ("course_id") `);
    await queryRunner.query(
      `CREATE TABLE "certification_awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "certification_id" uuid NOT NULL, "user_id" uuid NOT NULL, "sequence" integer NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "revoked_reason" text, CONSTRAINT "PK_9a82fc047838b8ac1f894d4518f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_de85e61e057ffca88a12660969" ON "certification_awards"  ("certification_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certification_awards_sequence" ON "certification_awards"  ("user_id", "certification_id", "sequence") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."credential_kind" AS ENUM('BADGE', 'CERTIFICATION')`);
    await queryRunner.query(
      `CREATE TABLE "credentials" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" "public"."credential_kind" NOT NULL, "document" json NOT NULL, "jwt" text NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1e38bc43be6697cdda548ad27a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8d0eceb3f2737d5fc6d7a0a91d" ON "credentials"  ("organization_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."celebration_kind" AS ENUM('BADGE_EARNED', 'LEVEL_UP', 'COURSE_COMPLETED', 'CERTIFICATION_EARNED', 'TEAM_MILESTONE', 'KUDOS', 'CUSTOMER_PRAISE', 'SUCCESS_STORY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "celebrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" "public"."celebration_kind" NOT NULL, "title" text NOT NULL, "body" text, "user_id" uuid, "team_id" uuid, "source_key" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f87c9bed822dff56f7c9e05c1dc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a23d41604e5819f00e94b9cb51" ON "celebrations"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "celebrations_source" ON "celebrations"  ("organization_id", "source_key") `);
    await queryRunner.query(`CREATE INDEX "celebrations_team_feed" ON "celebrations"  ("team_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "celebrations_feed" ON "celebrations"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "signing_public_jwk" jsonb`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "signing_private_key" text`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD "cycle" integer NOT NULL DEFAULT '1'`);
    // Existing attempts belong to the one enrollment each learner had per course before cycles.
    await queryRunner.query(`ALTER TABLE "module_completions" ADD "enrollment_id" uuid`);
    await queryRunner.query(
      `UPDATE "module_completions" c SET "enrollment_id" = e."id" FROM "enrollments" e WHERE e."user_id" = c."user_id" AND e."course_id" = c."course_id"`,
    );
    await queryRunner.query(`ALTER TABLE "module_completions" ALTER COLUMN "enrollment_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "module_completions" ADD "badge_award_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "module_completions" ADD "certification_award_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "enrollments_cycle" ON "enrollments"  ("user_id", "course_id", "cycle") `);
    await queryRunner.query(`CREATE INDEX "IDX_3e3147aad678c19e9086308a9f" ON "module_completions"  ("enrollment_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2f264383f626a1b3cf02204953" ON "module_completions"  ("user_id", "module_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "module_completions_one_pass" ON "module_completions"  ("enrollment_id", "module_id") WHERE passed`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_completions" ADD CONSTRAINT "FK_3e3147aad678c19e9086308a9f0" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_definitions" ADD CONSTRAINT "FK_3957f7268677dda27afaaa3490a" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_awards" ADD CONSTRAINT "FK_50ae9b48ce0f30065696e268760" FOREIGN KEY ("badge_id") REFERENCES "badge_definitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_awards" ADD CONSTRAINT "FK_714de92fcb44904d690081264cb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "badge_awards" ADD CONSTRAINT "FK_7ff6e507b128d7ad493ae43ba12" FOREIGN KEY ("awarded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_definitions" ADD CONSTRAINT "FK_b48a40c318548294182ffe3a523" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_required_courses" ADD CONSTRAINT "FK_e9edd8a79dbfdf591f9ff54dcc7" FOREIGN KEY ("certification_id") REFERENCES "certification_definitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_required_courses" ADD CONSTRAINT "FK_c99568f77c61b4af6d0fed83580" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_awards" ADD CONSTRAINT "FK_de85e61e057ffca88a126609696" FOREIGN KEY ("certification_id") REFERENCES "certification_definitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_awards" ADD CONSTRAINT "FK_ef590cb59177a8446140c8b5f7f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_awards" ADD CONSTRAINT "FK_822e6760db4d1b46e094ba1c66a" FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credentials" ADD CONSTRAINT "FK_8d0eceb3f2737d5fc6d7a0a91d5" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ADD CONSTRAINT "FK_237797b1e568b37e047c6694959" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ADD CONSTRAINT "FK_a23d41604e5819f00e94b9cb51c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ADD CONSTRAINT "FK_3703116c00ae19c3fa82c4f3afa" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "celebrations" DROP CONSTRAINT "FK_3703116c00ae19c3fa82c4f3afa"`);
    await queryRunner.query(`ALTER TABLE "celebrations" DROP CONSTRAINT "FK_a23d41604e5819f00e94b9cb51c"`);
    await queryRunner.query(`ALTER TABLE "celebrations" DROP CONSTRAINT "FK_237797b1e568b37e047c6694959"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP CONSTRAINT "FK_8d0eceb3f2737d5fc6d7a0a91d5"`);
    await queryRunner.query(`ALTER TABLE "certification_awards" DROP CONSTRAINT "FK_822e6760db4d1b46e094ba1c66a"`);
    await queryRunner.query(`ALTER TABLE "certification_awards" DROP CONSTRAINT "FK_ef590cb59177a8446140c8b5f7f"`);
    await queryRunner.query(`ALTER TABLE "certification_awards" DROP CONSTRAINT "FK_de85e61e057ffca88a126609696"`);
    await queryRunner.query(`ALTER TABLE "certification_required_courses" DROP CONSTRAINT "FK_c99568f77c61b4af6d0fed83580"`);
    await queryRunner.query(`ALTER TABLE "certification_required_courses" DROP CONSTRAINT "FK_e9edd8a79dbfdf591f9ff54dcc7"`);
    await queryRunner.query(`ALTER TABLE "certification_definitions" DROP CONSTRAINT "FK_b48a40c318548294182ffe3a523"`);
    await queryRunner.query(`ALTER TABLE "badge_awards" DROP CONSTRAINT "FK_7ff6e507b128d7ad493ae43ba12"`);
    await queryRunner.query(`ALTER TABLE "badge_awards" DROP CONSTRAINT "FK_714de92fcb44904d690081264cb"`);
    await queryRunner.query(`ALTER TABLE "badge_awards" DROP CONSTRAINT "FK_50ae9b48ce0f30065696e268760"`);
    await queryRunner.query(`ALTER TABLE "badge_definitions" DROP CONSTRAINT "FK_3957f7268677dda27afaaa3490a"`);
    await queryRunner.query(`ALTER TABLE "module_completions" DROP CONSTRAINT "FK_3e3147aad678c19e9086308a9f0"`);
    await queryRunner.query(`DROP INDEX "public"."module_completions_one_pass"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f264383f626a1b3cf02204953"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3e3147aad678c19e9086308a9f"`);
    await queryRunner.query(`DROP INDEX "public"."enrollments_cycle"`);
    await queryRunner.query(`ALTER TABLE "module_completions" DROP COLUMN "certification_award_ids"`);
    await queryRunner.query(`ALTER TABLE "module_completions" DROP COLUMN "badge_award_ids"`);
    await queryRunner.query(`ALTER TABLE "module_completions" DROP COLUMN "enrollment_id"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP COLUMN "cycle"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "signing_private_key"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "signing_public_jwk"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_feed"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_team_feed"`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a23d41604e5819f00e94b9cb51"`);
    await queryRunner.query(`DROP TABLE "celebrations"`);
    await queryRunner.query(`DROP TYPE "public"."celebration_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d0eceb3f2737d5fc6d7a0a91d"`);
    await queryRunner.query(`DROP TABLE "credentials"`);
    await queryRunner.query(`DROP TYPE "public"."credential_kind"`);
    await queryRunner.query(`DROP INDEX "public"."certification_awards_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de85e61e057ffca88a12660969"`);
    await queryRunner.query(`DROP TABLE "certification_awards"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c99568f77c61b4af6d0fed8358"`);
    await queryRunner.query(`DROP TABLE "certification_required_courses"`);
    await queryRunner.query(`DROP INDEX "public"."certification_definitions_name_unique"`);
    await queryRunner.query(`DROP TABLE "certification_definitions"`);
    await queryRunner.query(`DROP INDEX "public"."badge_awards_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df0a877b7da15dc96682861c35"`);
    await queryRunner.query(`DROP TABLE "badge_awards"`);
    await queryRunner.query(`DROP INDEX "public"."badge_definitions_name_unique"`);
    await queryRunner.query(`DROP TABLE "badge_definitions"`);
    await queryRunner.query(`DROP TYPE "public"."badge_tier"`);
    await queryRunner.query(`DROP TYPE "public"."badge_rule_kind"`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "UQ_647c6bda9ead37b702421710fde" UNIQUE ("user_id", "course_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "module_completions_one_pass" ON "module_completions" USING btree ("module_id", "user_id") WHERE passed`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4cab3f9bf69526a73c4662cda4" ON "module_completions" USING btree ("course_id", "user_id") `);
  }
}
