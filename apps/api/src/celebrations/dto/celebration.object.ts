import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { encodeCursor } from '../../common/graphql/cursor.js';
import { Celebration, CelebrationKind } from '../celebration.entity.js';

registerEnumType(CelebrationKind, { name: 'CelebrationKind', description: 'What is being celebrated.' });

@ObjectType('Celebration', { description: 'An achievement on the organisation’s feed.' })
export class CelebrationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => CelebrationKind)
  kind!: CelebrationKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'An icon name (or emoji) for the moment: the badge’s icon, a medal for a level...' })
  icon!: string | null;

  @Field()
  createdAt!: Date;

  userId!: string | null;
  teamId!: string | null;
  cursor!: string;

  static from(celebration: Celebration): CelebrationObject {
    const icon = celebration.details.icon;
    return Object.assign(new CelebrationObject(), {
      id: celebration.id,
      kind: celebration.kind,
      title: celebration.title,
      body: celebration.body,
      icon: typeof icon === 'string' ? icon : null,
      createdAt: celebration.createdAt,
      userId: celebration.userId,
      teamId: celebration.teamId,
      cursor: encodeCursor({ at: celebration.createdAt, id: celebration.id }),
    });
  }
}

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType('CelebrationConnection', { description: 'A page of the feed, newest first.' })
export class CelebrationConnectionObject {
  @Field(() => [CelebrationObject])
  nodes!: CelebrationObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
