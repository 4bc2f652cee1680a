import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionNodes } from '../../common/graphql/list-size.js';
import { PageInfoObject } from '../../common/graphql/page-info.object.js';
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
