import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@laurels/domain';
import type { User } from '../user.entity.js';

/** What a person's GraphQL type is made from. */
export type UserFields = Pick<
  User,
  | 'id'
  | 'email'
  | 'displayName'
  | 'role'
  | 'points'
  | 'leaderboardOptOut'
  | 'active'
  | 'teamId'
  | 'organizationId'
  | 'streakDays'
  | 'streakEndsAt'
  | 'startedAt'
>;

registerEnumType(Role, {
  name: 'Role',
  description: 'What someone may do; each role includes the ones below it.',
  valuesMap: {
    EMPLOYEE: { description: 'Takes training, earns recognition, gives kudos.' },
    MANAGER: { description: 'Also assigns training, sets team milestones, authors courses.' },
    ADMIN: { description: 'Also manages people, teams, values, badges and certifications.' },
  },
});

@ObjectType('User', { description: 'A member of an organisation.' })
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  /** Lifetime points, read through the points field: hidden from others when the user opted out of leaderboards. */
  points!: number;

  @Field({ description: 'Whether this user is hidden from other people’s leaderboards.' })
  leaderboardOptOut!: boolean;

  @Field({ description: 'False once an admin deactivated the account: it cannot sign in; its history stays.' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'First working day, for onboarding and work anniversaries.' })
  startedAt!: Date | null;

  teamId!: string | null;
  organizationId!: string;
  /** The kept streak (see User): read through the streakDays field, as it stands when asked. */
  streak!: { readonly days: number; readonly endsAt: Date | null };

  static from(user: UserFields): UserObject {
    return Object.assign(new UserObject(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      points: user.points,
      leaderboardOptOut: user.leaderboardOptOut,
      active: user.active,
      startedAt: user.startedAt,
      teamId: user.teamId,
      organizationId: user.organizationId,
      streak: { days: user.streakDays, endsAt: user.streakEndsAt },
    });
  }
}
