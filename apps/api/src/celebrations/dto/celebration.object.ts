import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { encodeCursor } from '../../common/graphql/cursor.js';
import { ConnectionNodes } from '../../common/graphql/list-size.js';
import { PageInfoObject } from '../../common/graphql/page-info.object.js';
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
  peopleIds!: string[];
  teamId!: string | null;
  actorId!: string | null;
  details!: Record<string, string | number>;
  organizationId!: string;
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
      peopleIds: celebration.peopleIds,
      teamId: celebration.teamId,
      actorId: celebration.actorId,
      details: celebration.details,
      organizationId: celebration.organizationId,
      cursor: encodeCursor({ at: celebration.createdAt, id: celebration.id }),
    });
  }
}

@ObjectType('CelebrationConnection', { description: 'A page of the feed, newest first.' })
export class CelebrationConnectionObject {
  @Field(() => [CelebrationObject])
  @ConnectionNodes()
  nodes!: CelebrationObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}

@ObjectType('ReactionCount', { description: 'How many people reacted to a celebration with one emoji.' })
export class ReactionCountObject {
  @Field()
  emoji!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CelebrationComment')
export class CelebrationCommentObject {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  authorId!: string;

  static from(comment: { id: string; body: string; createdAt: Date; authorId: string }): CelebrationCommentObject {
    return Object.assign(new CelebrationCommentObject(), { id: comment.id, body: comment.body, createdAt: comment.createdAt, authorId: comment.authorId });
  }
}
