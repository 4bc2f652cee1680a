import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Team } from '../team.entity.js';

@ObjectType('Team', { description: 'A group of people with one manager.' })
export class TeamObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'The sum of the members’ lifetime points.' })
  points!: number;

  managerId!: string | null;

  static from(team: Team): TeamObject {
    return Object.assign(new TeamObject(), { id: team.id, name: team.name, points: team.points, managerId: team.managerId });
  }
}
