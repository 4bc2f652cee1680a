import { Field, ObjectType } from '@nestjs/graphql';
import { CelebrationObject } from '#achievements/celebrations';
import { ConnectionNodes, PageInfoObject } from '#platform/graphql';

@ObjectType('CelebrationConnection', { description: 'A page of the feed, newest first.' })
export class CelebrationConnectionObject {
  @Field(() => [CelebrationObject])
  @ConnectionNodes()
  nodes!: CelebrationObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
