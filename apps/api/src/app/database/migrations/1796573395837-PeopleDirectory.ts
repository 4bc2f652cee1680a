import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleDirectory1796573395837 implements MigrationInterface {
  name = 'PeopleDirectory1796573395837';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the folding of names and words, and the trigger that keeps user_search_terms
    // from users, whoever writes them (the app, the demo seed, a bulk seed).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // Lower-case without accents, the same on every server: Unicode case mapping (pg_c_utf8), not the locale's.
    await queryRunner.query(
      `CREATE FUNCTION laurels_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       RETURN lower(public.unaccent('public.unaccent'::regdictionary, normalize($1, NFC)) COLLATE "pg_c_utf8")`,
    );
    // The words a person is found by: each word of the name, each part of a hyphenated or apostrophised word, and the email.
    await queryRunner.query(
      `CREATE FUNCTION laurels_search_terms(name text, email text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       BEGIN ATOMIC
         SELECT DISTINCT word FROM (
           SELECT regexp_split_to_table(laurels_fold(name), '\\s+')
           UNION ALL SELECT regexp_split_to_table(laurels_fold(name) COLLATE "pg_c_utf8", '[^[:alnum:]]+')
           UNION ALL SELECT laurels_fold(email)
         ) AS words(word) WHERE word <> '';
       END`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_1208ee1db5ddb64b48a86b46a6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cd72d5552fea58e5e835438554"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_df0a877b7da15dc96682861c35"`);
    await queryRunner.query(
      `CREATE TABLE "user_search_terms" ("user_id" uuid NOT NULL, "term" text COLLATE "C" NOT NULL, "organization_id" uuid NOT NULL, "search_name" text COLLATE "C" NOT NULL, CONSTRAINT "PK_a901660b74f1b66a456521c1661" PRIMARY KEY ("user_id", "term"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "user_search_terms_by_prefix" ON "user_search_terms"  ("organization_id", "term", "search_name", "user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD "search_name" text GENERATED ALWAYS AS (laurels_fold(display_name)) STORED COLLATE "C" NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), 'public', 'users', 'GENERATED_COLUMN', 'search_name', 'laurels_fold(display_name)')`,
    );
    await queryRunner.query(`CREATE INDEX "users_by_team" ON "users"  ("team_id", "search_name", "id") `);
    await queryRunner.query(`CREATE INDEX "users_by_name" ON "users"  ("organization_id", "search_name", "id") `);
    await queryRunner.query(`CREATE INDEX "badge_awards_holders" ON "badge_awards"  ("badge_id", "awarded_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "user_search_terms" ADD CONSTRAINT "FK_913c0e1373c6ada5a06dba028c7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION users_search_terms_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'UPDATE' THEN
           DELETE FROM user_search_terms WHERE user_id = OLD.id;
         END IF;
         INSERT INTO user_search_terms (user_id, term, organization_id, search_name)
         SELECT NEW.id, term, NEW.organization_id, NEW.search_name FROM laurels_search_terms(NEW.display_name, NEW.email) AS term;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER users_search_terms AFTER INSERT OR UPDATE OF display_name, email, organization_id ON users
       FOR EACH ROW EXECUTE FUNCTION users_search_terms_refresh()`,
    );
    await queryRunner.query(
      `INSERT INTO user_search_terms (user_id, term, organization_id, search_name)
       SELECT users.id, term, users.organization_id, users.search_name FROM users, laurels_search_terms(users.display_name, users.email) AS term`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER users_search_terms ON users`);
    await queryRunner.query(`DROP FUNCTION users_search_terms_refresh()`);
    await queryRunner.query(`ALTER TABLE "user_search_terms" DROP CONSTRAINT "FK_913c0e1373c6ada5a06dba028c7"`);
    await queryRunner.query(`DROP INDEX "public"."badge_awards_holders"`);
    await queryRunner.query(`DROP INDEX "public"."users_by_name"`);
    await queryRunner.query(`DROP INDEX "public"."users_by_team"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_name' AND "database" = current_database() AND "schema" = 'public' AND "table" = 'users'`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "search_name"`);
    await queryRunner.query(`DROP INDEX "public"."user_search_terms_by_prefix"`);
    await queryRunner.query(`DROP TABLE "user_search_terms"`);
    await queryRunner.query(`CREATE INDEX "IDX_df0a877b7da15dc96682861c35" ON "badge_awards" USING btree ("awarded_at", "badge_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cd72d5552fea58e5e835438554" ON "users" USING btree ("display_name", "organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1208ee1db5ddb64b48a86b46a6" ON "users" USING btree ("team_id") `);
    await queryRunner.query(`DROP FUNCTION laurels_search_terms(text, text)`);
    await queryRunner.query(`DROP FUNCTION laurels_fold(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
