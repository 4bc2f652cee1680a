import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionNodes, PageInfoObject } from '#platform/graphql';
import { KudosObject } from './kudos.object.js';

@ObjectType('KudosConnection', { description: 'A page of kudos, newest first.' })
export class KudosConnectionObject {
  @Field(() => [KudosObject])
  @ConnectionNodes()
  nodes!: KudosObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
