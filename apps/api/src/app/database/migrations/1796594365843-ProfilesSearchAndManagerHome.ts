import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfilesSearchAndManagerHome1796594365843 implements MigrationInterface {
  name = 'ProfilesSearchAndManagerHome1796594365843';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."kudos_received_by"`);
    await queryRunner.query(
      `CREATE TABLE "search_terms" ("subject_id" uuid NOT NULL, "term" text COLLATE "C" NOT NULL, "organization_id" uuid NOT NULL, "kind" text NOT NULL, "search_name" text COLLATE "C" NOT NULL, CONSTRAINT "PK_d8077e82990d7e328ad14530f63" PRIMARY KEY ("subject_id", "term"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_terms_by_prefix" ON "search_terms"  ("organization_id", "kind", "term", "search_name", "subject_id") `,
    );
    await queryRunner.query(`CREATE INDEX "kudos_received_by" ON "kudos"  ("to_user_id", "created_at", "id") `);
    // Written by hand from here: a person's success stories, and the triggers that keep search_terms from
    // courses, badges and teams, whoever writes them, folded as user_search_terms are.
    await queryRunner.query(
      `CREATE INDEX "celebrations_story_people" ON "celebrations" USING gin ("people_ids") WHERE kind = 'SUCCESS_STORY'`,
    );
    // Called with the kind of subject and the column holding its title or name.
    await queryRunner.query(
      `CREATE FUNCTION search_terms_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         name text;
       BEGIN
         IF TG_OP <> 'INSERT' THEN
           DELETE FROM search_terms WHERE subject_id = OLD.id;
         END IF;
         IF TG_OP = 'DELETE' THEN
           RETURN NULL;
         END IF;
         name := to_jsonb(NEW) ->> TG_ARGV[1];
         INSERT INTO search_terms (subject_id, term, organization_id, kind, search_name)
         SELECT NEW.id, term, NEW.organization_id, TG_ARGV[0], laurels_fold(name) FROM laurels_search_terms(name, '') AS term;
         RETURN NULL;
       END $$`,
    );
    for (const [table, kind, column] of [
      ['courses', 'COURSE', 'title'],
      ['badge_definitions', 'BADGE', 'name'],
      ['teams', 'TEAM', 'name'],
    ] as const) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_search_terms AFTER INSERT OR DELETE OR UPDATE OF ${column}, organization_id ON ${table}
         FOR EACH ROW EXECUTE FUNCTION search_terms_refresh('${kind}', '${column}')`,
      );
      await queryRunner.query(
        `INSERT INTO search_terms (subject_id, term, organization_id, kind, search_name)
         SELECT subject.id, term, subject.organization_id, '${kind}', laurels_fold(subject.${column})
           FROM ${table} subject, laurels_search_terms(subject.${column}, '') AS term`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['courses', 'badge_definitions', 'teams'])
      await queryRunner.query(`DROP TRIGGER ${table}_search_terms ON ${table}`);
    await queryRunner.query(`DROP FUNCTION search_terms_refresh()`);
    await queryRunner.query(`DROP INDEX "public"."celebrations_story_people"`);
    await queryRunner.query(`DROP INDEX "public"."kudos_received_by"`);
    await queryRunner.query(`DROP INDEX "public"."search_terms_by_prefix"`);
    await queryRunner.query(`DROP TABLE "search_terms"`);
    await queryRunner.query(`CREATE INDEX "kudos_received_by" ON "kudos" USING btree ("created_at", "to_user_id") `);
  }
}
