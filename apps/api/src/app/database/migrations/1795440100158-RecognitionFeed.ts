import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecognitionFeed1795440100158 implements MigrationInterface {
  name = 'RecognitionFeed1795440100158';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "celebration_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "celebration_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6a513eac85a4554669b079a818f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "celebration_comments_by_author" ON "celebration_comments"  ("author_id") `);
    await queryRunner.query(
      `CREATE INDEX "celebration_comments_thread" ON "celebration_comments"  ("celebration_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "celebration_reactions" ("celebration_id" uuid NOT NULL, "user_id" uuid NOT NULL, "emoji" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_869c2d50ff3f6588b74d4e5e4cd" PRIMARY KEY ("celebration_id", "user_id", "emoji"))`,
    );
    await queryRunner.query(`CREATE INDEX "celebration_reactions_by_user" ON "celebration_reactions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "kudos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "from_user_id" uuid NOT NULL, "to_user_id" uuid NOT NULL, "message" text NOT NULL, "values" text array NOT NULL, "points" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ed7aa56ecf082848c38a3cde5d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "kudos_received_by" ON "kudos"  ("to_user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "kudos_given_by" ON "kudos"  ("from_user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "organizations" ADD "kudos_allowance" integer NOT NULL DEFAULT '100'`);
    await queryRunner.query(`ALTER TABLE "celebrations" ADD "people_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "celebrations" ADD "actor_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_90e1000513e1108daeabfc6acb" ON "celebrations"  ("actor_id") `);
    await queryRunner.query(
      `CREATE INDEX "team_milestones_reached" ON "team_milestones"  ("organization_id", "reached_at") WHERE reached_at IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebrations" ADD CONSTRAINT "FK_90e1000513e1108daeabfc6acbc" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebration_comments" ADD CONSTRAINT "FK_ef875588bcccd3a766c3ceb0efa" FOREIGN KEY ("celebration_id") REFERENCES "celebrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebration_comments" ADD CONSTRAINT "FK_3526132dd122855f3e3f73f7d3b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebration_reactions" ADD CONSTRAINT "FK_47bd6cc4a979ddf3762eff5d9d9" FOREIGN KEY ("celebration_id") REFERENCES "celebrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "celebration_reactions" ADD CONSTRAINT "FK_4d28ec2cd58ed05772dd6a010db" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kudos" ADD CONSTRAINT "FK_8fc90f4fb39f6744cfc04c42563" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kudos" ADD CONSTRAINT "FK_82c514452f8dc63ff0c049c361e" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kudos" ADD CONSTRAINT "FK_7adc9acb492bcc51c06eaebc2ee" FOREIGN KEY ("to_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kudos" DROP CONSTRAINT "FK_7adc9acb492bcc51c06eaebc2ee"`);
    await queryRunner.query(`ALTER TABLE "kudos" DROP CONSTRAINT "FK_82c514452f8dc63ff0c049c361e"`);
    await queryRunner.query(`ALTER TABLE "kudos" DROP CONSTRAINT "FK_8fc90f4fb39f6744cfc04c42563"`);
    await queryRunner.query(`ALTER TABLE "celebration_reactions" DROP CONSTRAINT "FK_4d28ec2cd58ed05772dd6a010db"`);
    await queryRunner.query(`ALTER TABLE "celebration_reactions" DROP CONSTRAINT "FK_47bd6cc4a979ddf3762eff5d9d9"`);
    await queryRunner.query(`ALTER TABLE "celebration_comments" DROP CONSTRAINT "FK_3526132dd122855f3e3f73f7d3b"`);
    await queryRunner.query(`ALTER TABLE "celebration_comments" DROP CONSTRAINT "FK_ef875588bcccd3a766c3ceb0efa"`);
    await queryRunner.query(`ALTER TABLE "celebrations" DROP CONSTRAINT "FK_90e1000513e1108daeabfc6acbc"`);
    await queryRunner.query(`DROP INDEX "public"."team_milestones_reached"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_90e1000513e1108daeabfc6acb"`);
    await queryRunner.query(`ALTER TABLE "celebrations" DROP COLUMN "actor_id"`);
    await queryRunner.query(`ALTER TABLE "celebrations" DROP COLUMN "people_ids"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "kudos_allowance"`);
    await queryRunner.query(`DROP INDEX "public"."kudos_given_by"`);
    await queryRunner.query(`DROP INDEX "public"."kudos_received_by"`);
    await queryRunner.query(`DROP TABLE "kudos"`);
    await queryRunner.query(`DROP INDEX "public"."celebration_reactions_by_user"`);
    await queryRunner.query(`DROP TABLE "celebration_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."celebration_comments_thread"`);
    await queryRunner.query(`DROP INDEX "public"."celebration_comments_by_author"`);
    await queryRunner.query(`DROP TABLE "celebration_comments"`);
  }
}
