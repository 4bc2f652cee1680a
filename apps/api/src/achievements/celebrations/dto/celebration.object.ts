import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CelebrationKind } from '@laurels/domain';
import { encodeCursor } from '#platform/graphql';
import { Celebration } from '../celebration.entity.js';

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

  @Field(() => String, { nullable: true, description: 'For CUSTOMER_PRAISE: the customer’s name, when they gave it.' })
  customerName!: string | null;

  @Field(() => Int, { nullable: true, description: 'For LEVEL_UP: the level reached.' })
  level!: number | null;

  userId!: string | null;
  peopleIds!: string[];
  teamId!: string | null;
  actorId!: string | null;
  details!: Record<string, string | number>;
  /** Set on a moment that joined another's card. */
  leadId!: string | null;
  organizationId!: string;
  cursor!: string;

  static from(celebration: Celebration): CelebrationObject {
    const { icon, customerName, level } = celebration.details;
    return Object.assign(new CelebrationObject(), {
      id: celebration.id,
      kind: celebration.kind,
      title: celebration.title,
      body: celebration.body,
      icon: typeof icon === 'string' ? icon : null,
      createdAt: celebration.createdAt,
      customerName: typeof customerName === 'string' ? customerName : null,
      level: typeof level === 'number' ? level : null,
      userId: celebration.userId,
      peopleIds: celebration.peopleIds,
      teamId: celebration.teamId,
      actorId: celebration.actorId,
      details: celebration.details,
      leadId: celebration.leadId ?? null,
      organizationId: celebration.organizationId,
      cursor: encodeCursor({ at: celebration.createdAt, id: celebration.id }),
    });
  }
}
