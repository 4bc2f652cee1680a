import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MAX_VALUES } from '@laurels/domain';
import type { Organization } from '../organization.entity.js';

/** What an organisation's GraphQL type is made from. */
export type OrganizationFields = Pick<Organization, 'id' | 'name' | 'slug' | 'values' | 'kudosAllowance' | 'timeZone'>;
import { AtMost } from '#platform/graphql';

@ObjectType('Organization', { description: 'A company using Laurels: every person, team and course belongs to one.' })
export class OrganizationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'URL-safe name, unique across Laurels.' })
  slug!: string;

  @Field(() => [String], { description: 'The company values that kudos can be tagged with, e.g. Empathy, Ownership.' })
  @AtMost(MAX_VALUES)
  values!: string[];

  @Field(() => Int, { description: 'Points each person may give away in kudos per calendar month.' })
  kudosAllowance!: number;

  @Field({ description: 'IANA time zone in which days are counted for streaks and leaderboard periods.' })
  timeZone!: string;

  static from(organization: OrganizationFields): OrganizationObject {
    return Object.assign(new OrganizationObject(), {
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      values: organization.values,
      kudosAllowance: organization.kudosAllowance,
      timeZone: organization.timeZone,
    });
  }
}
