import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Team } from '../team.entity.js';

@ObjectType('Team', { description: 'A group of people with one manager.' })
export class TeamObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  managerId!: string | null;

  static from(team: Team): TeamObject {
    return Object.assign(new TeamObject(), { id: team.id, name: team.name, managerId: team.managerId });
  }
}
