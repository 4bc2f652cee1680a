import { Field, ObjectType } from '@nestjs/graphql';

/** Where a page of a connection ends, and whether another follows. */
@ObjectType('PageInfo')
export class PageInfoObject {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
