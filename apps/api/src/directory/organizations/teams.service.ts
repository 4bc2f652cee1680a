import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConflictError, ForbiddenError, MAX_TEAM_NAME_LENGTH, MAX_TEAMS, NotFoundError, requireRoom, Role } from '@laurels/domain';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '#platform/auth';
import { indexBy, type BatchLoad, requireText } from '#platform/graphql';
import { escapeLike, isUniqueViolation } from '#platform/database';
import type { CreateTeamInput } from './dto/create-team.input.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
  ) {}

  async get(viewer: Viewer, teamId: string): Promise<Team> {
    const team = await this.teams.findOneBy({ id: teamId, organizationId: viewer.organizationId });
    if (!team) throw new NotFoundError('Team', teamId);
    return team;
  }

  /**
   * A team the viewer may manage: an admin any team of the organisation, a
   * manager the teams whose manager they are. Unknown teams are NOT_FOUND.
   */
  async managed(viewer: Viewer, teamId: string): Promise<Team> {
    const team = await this.get(viewer, teamId);
    if (viewer.role !== Role.ADMIN && team.managerId !== viewer.userId)
      throw new ForbiddenError(`you do not manage the team “${team.name}”`);
    return team;
  }

  /**
   * Refuses a manager acting on someone outside the teams they manage
   * (assigning, recording feedback, giving a badge); an admin acts on anyone.
   * Pass `managed` (managedTeamIds) when checking many people.
   */
  async checkManagesMember(
    viewer: Viewer,
    member: Pick<User, 'teamId' | 'displayName'>,
    managed?: readonly string[] | null,
  ): Promise<void> {
    const teamIds = managed === undefined ? await this.managedTeamIds(viewer) : managed;
    if (teamIds && !(member.teamId && teamIds.includes(member.teamId)))
      throw new ForbiddenError(`${member.displayName} is not in a team you manage`);
  }

  /** The ids of the teams the viewer manages; null for an admin, who manages them all. */
  async managedTeamIds(viewer: Viewer): Promise<string[] | null> {
    if (viewer.role === Role.ADMIN) return null;
    return (
      await this.teams.find({ select: { id: true }, where: { organizationId: viewer.organizationId, managerId: viewer.userId } })
    ).map((team) => team.id);
  }

  /** The organisation's teams by name, those whose name contains `search` (ignoring case and accents) when given: at most MAX_TEAMS to read. */
  listForOrganization(organizationId: string, search: string | null, first: number): Promise<Team[]> {
    const query = this.teams.createQueryBuilder('team').where('team.organizationId = :organizationId', { organizationId });
    const text = search === null ? '' : requireText(search, 'search', 0, 100);
    if (text) query.andWhere(`laurels_fold(team.name) LIKE '%' || laurels_fold(:text) || '%'`, { text: escapeLike(text) });
    return query.orderBy('team.name', 'ASC').addOrderBy('team.id', 'ASC').limit(first).getMany();
  }

  create(viewer: Viewer, input: CreateTeamInput): Promise<Team> {
    return this.dataSource.transaction(async (manager) => {
      await this.refuseTakenName(manager, viewer, input.name, null);
      requireRoom(
        await manager.getRepository(Team).countBy({ organizationId: viewer.organizationId }),
        MAX_TEAMS,
        'name',
        'teams in an organisation',
      );
      const team = manager.getRepository(Team).create({ organizationId: viewer.organizationId, name: input.name, managerId: null });
      if (input.managerId) team.managerId = (await this.makeManager(manager, viewer, input.managerId)).id;
      return manager
        .getRepository(Team)
        .save(team)
        .catch((error: unknown) => {
          throw isUniqueViolation(error, 'teams_name_unique')
            ? new ConflictError('name', `a team named "${input.name}" already exists`)
            : error;
        });
    });
  }

  /** A new name for a team, unique in the organisation ignoring case. */
  rename(viewer: Viewer, teamId: string, name: string): Promise<Team> {
    const text = requireText(name, 'name', 1, MAX_TEAM_NAME_LENGTH);
    return this.dataSource.transaction(async (manager) => {
      const team = await manager.getRepository(Team).findOneBy({ id: teamId, organizationId: viewer.organizationId });
      if (!team) throw new NotFoundError('Team', teamId);
      await this.refuseTakenName(manager, viewer, text, team.id);
      team.name = text;
      await manager
        .getRepository(Team)
        .update({ id: team.id }, { name: text })
        .catch((error: unknown) => {
          throw isUniqueViolation(error, 'teams_name_unique') ? new ConflictError('name', `a team named "${text}" already exists`) : error;
        });
      return team;
    });
  }

  private async refuseTakenName(manager: EntityManager, viewer: Viewer, name: string, exceptTeamId: string | null): Promise<void> {
    const query = manager
      .getRepository(Team)
      .createQueryBuilder('team')
      .where('team.organizationId = :org AND lower(team.name) = lower(:name)', { org: viewer.organizationId, name });
    if (exceptTeamId) query.andWhere('team.id <> :exceptTeamId', { exceptTeamId });
    if (await query.getExists()) throw new ConflictError('name', `a team named "${name}" already exists`);
  }

  setManager(viewer: Viewer, teamId: string, userId: string): Promise<Team> {
    return this.dataSource.transaction(async (manager) => {
      const team = await manager.getRepository(Team).findOneBy({ id: teamId, organizationId: viewer.organizationId });
      if (!team) throw new NotFoundError('Team', teamId);
      team.managerId = (await this.makeManager(manager, viewer, userId)).id;
      return manager.getRepository(Team).save(team);
    });
  }

  /** The user who is to manage a team; an employee given a team becomes a MANAGER. */
  private async makeManager(manager: EntityManager, viewer: Viewer, userId: string): Promise<User> {
    const user = await manager.getRepository(User).findOneBy({ id: userId, organizationId: viewer.organizationId });
    if (!user) throw new NotFoundError('User', userId);
    if (user.role === Role.EMPLOYEE) {
      user.role = Role.MANAGER;
      await manager.getRepository(User).update(user.id, { role: Role.MANAGER });
    }
    return user;
  }

  readonly byIds: BatchLoad<string, Team | null> = async (ids) =>
    indexBy(ids, await this.teams.findBy({ id: In([...ids]) }), (team) => team.id);
}
