import { Field, ID, ObjectType } from '@nestjs/graphql';
import { encodeCursor } from '#platform/graphql';
import type { BadgeAward } from '../badge-award.entity.js';

@ObjectType('BadgeAward', { description: 'A badge held by a person.' })
export class BadgeAwardObject {
  @Field(() => ID)
  id!: string;

  @Field()
  awardedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why a MANUAL badge was given.' })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When an admin revoked it; its credential then reads as revoked.' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokedReason!: string | null;

  @Field({ description: 'Pass as `after` to BadgeDefinition.awards for the holders who earned the badge before this one.' })
  cursor!: string;

  badgeId!: string;
  userId!: string;
  awardedById!: string | null;

  static from(award: BadgeAward): BadgeAwardObject {
    return Object.assign(new BadgeAwardObject(), {
      id: award.id,
      awardedAt: award.awardedAt,
      reason: award.reason,
      revokedAt: award.revokedAt,
      revokedReason: award.revokedReason,
      badgeId: award.badgeId,
      userId: award.userId,
      awardedById: award.awardedById,
      cursor: encodeCursor({ at: award.awardedAt, id: award.id }),
    });
  }
}
