import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { LevelStanding } from '@laurels/domain';

@ObjectType('Level', { description: 'A rung of the level ladder, and how far the holder is toward the next.' })
export class LevelObject {
  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'Lifetime points at which this level starts.' })
  minPoints!: number;

  @Field(() => Int, { nullable: true, description: 'Points needed for the next level; null at the top level.' })
  nextLevelPoints!: number | null;

  @Field(() => Float, { description: '0..1 progress from this level to the next.' })
  progress!: number;

  static from(standing: LevelStanding): LevelObject {
    return Object.assign(new LevelObject(), {
      number: standing.number,
      title: standing.title,
      minPoints: standing.minPoints,
      nextLevelPoints: standing.nextLevelPoints,
      progress: standing.progress,
    });
  }
}
