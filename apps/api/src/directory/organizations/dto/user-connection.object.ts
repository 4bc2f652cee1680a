import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionNodes, PageInfoObject } from '#platform/graphql';
import type { PeopleFilter } from '../people.service.js';
import { UserObject } from './user.object.js';

@ObjectType('UserConnection', { description: 'A page of the people directory, by name.' })
export class UserConnectionObject {
  @Field(() => [UserObject])
  @ConnectionNodes()
  nodes!: UserObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;

  /** What the page was read with, for totalCount. */
  filter!: PeopleFilter;
}
