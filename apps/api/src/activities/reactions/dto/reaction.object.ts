import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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
    return Object.assign(new CelebrationCommentObject(), {
      id: comment.id,
      body: comment.body,
      createdAt: comment.createdAt,
      authorId: comment.authorId,
    });
  }
}
