import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ConflictError, InvalidInputError, NotFoundError, Role, displayNameProblem, startDateProblem } from '@laurels/domain';
import { DataSource, In, type Repository } from 'typeorm';
import { assertStrongPassword, hashPassword, type Viewer } from '#platform/auth';
import { groupBy, indexBy, type BatchLoad } from '#platform/graphql';
import { isUniqueViolation } from '#platform/database';
import { Clock } from '#platform/clock';
import { TakenEmailLimit } from '#platform/rate-limit';
import type { CreateUserInput } from './dto/create-user.input.js';
import type { UpdateUserInput } from './dto/update-user.input.js';
import { lockPeople } from './locks.js';
import { Newcomers } from './newcomers.js';
import { Organization } from './organization.entity.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';

/** `users` lists at most this many people; the people directory pages through everyone. */
export const MAX_USERS_LISTED = 100;

/** The first `first` members of a team, by name. */
export interface TeamMembers {
  readonly teamId: string;
  readonly first: number;
}

export const teamMembersKey = (key: TeamMembers) => `${key.teamId}:${key.first}`;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly takenEmails: TakenEmailLimit,
    private readonly clock: Clock,
    private readonly newcomers: Newcomers,
  ) {}

  async get(viewer: Viewer, userId: string): Promise<User> {
    const user = await this.users.findOneBy({ id: userId, organizationId: viewer.organizationId });
    if (!user) throw new NotFoundError('User', userId);
    return user;
  }

  async list(viewer: Viewer, teamId: string | null): Promise<User[]> {
    if (teamId && !(await this.teams.existsBy({ id: teamId, organizationId: viewer.organizationId }))) {
      throw new NotFoundError('Team', teamId);
    }
    return this.users.find({
      where: { organizationId: viewer.organizationId, active: true, ...(teamId ? { teamId } : {}) },
      order: { searchName: 'ASC', id: 'ASC' },
      take: MAX_USERS_LISTED,
    });
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<User> {
    if (input.teamId && !(await this.teams.existsBy({ id: input.teamId, organizationId: viewer.organizationId }))) {
      throw new NotFoundError('Team', input.teamId);
    }
    this.checkStartDate(input.startedAt);
    const caller = `organization:${viewer.organizationId}`;
    await this.takenEmails.check(caller);
    const organization = await this.organizations.findOneByOrFail({ id: viewer.organizationId });
    await assertStrongPassword('password', input.password, {
      email: input.email,
      displayName: input.displayName,
      organizationName: organization.name,
    });
    // Hashed before the email is looked up, so that a taken email is not answered sooner than a new one.
    const passwordHash = await hashPassword(input.password);
    if (await this.users.existsBy({ email: input.email })) throw await this.emailTaken(viewer, input.email, caller);
    const user = this.users.create({
      organizationId: viewer.organizationId,
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      teamId: input.teamId ?? null,
      startedAt: input.startedAt ?? null,
      passwordHash,
    });
    return this.dataSource
      .transaction(async (manager) => {
        const saved = await manager.getRepository(User).save(user);
        await this.newcomers.arrived(manager, viewer, [saved]);
        return saved;
      })
      .catch(async (error: unknown) => {
        throw isUniqueViolation(error, 'users_email_unique') ? await this.emailTaken(viewer, input.email, caller) : error;
      });
  }

  /**
   * Changes a person's name, role, team or start date (those given; a team
   * given as null takes them out of their team), under a lock on them. Nobody changes their own role (an organisation keeps the
   * admin who is changing things), and a manager of a team stays a manager or
   * admin until the team has another.
   */
  async update(viewer: Viewer, input: UpdateUserInput): Promise<User> {
    const changes: Partial<Pick<User, 'displayName' | 'role' | 'teamId' | 'startedAt'>> = {};
    if (input.displayName != null) {
      const problem = displayNameProblem(input.displayName);
      if (problem) throw new InvalidInputError('displayName', problem);
      changes.displayName = input.displayName.trim();
    }
    if (input.startedAt != null) changes.startedAt = this.checkStartDate(input.startedAt);
    return this.dataSource.transaction(async (manager) => {
      await lockPeople(manager, [input.userId]);
      const people = manager.getRepository(User);
      const user = await people.findOneBy({ id: input.userId, organizationId: viewer.organizationId });
      if (!user) throw new NotFoundError('User', input.userId);
      if (input.teamId === null) changes.teamId = null;
      else if (input.teamId !== undefined && input.teamId !== user.teamId) {
        if (!(await manager.getRepository(Team).existsBy({ id: input.teamId, organizationId: viewer.organizationId })))
          throw new NotFoundError('Team', input.teamId);
        changes.teamId = input.teamId;
      }
      if (input.role != null && input.role !== user.role) {
        if (user.id === viewer.userId) throw new InvalidInputError('role', 'You cannot change your own role: ask another admin');
        if (input.role === Role.EMPLOYEE) {
          const managed = await manager
            .getRepository(Team)
            .find({ select: { name: true }, where: { organizationId: viewer.organizationId, managerId: user.id }, take: 3 });
          if (managed.length > 0) {
            const names = managed.map((team) => `“${team.name}”`).join(', ');
            throw new InvalidInputError('role', `${user.displayName} manages ${names}: give the team another manager first`);
          }
        }
        changes.role = input.role;
      }
      if (Object.keys(changes).length > 0) await people.update({ id: user.id }, changes);
      return Object.assign(user, changes);
    });
  }

  private checkStartDate(startedAt: Date | null | undefined): Date | null {
    if (startedAt == null) return null;
    const problem = startDateProblem(startedAt, this.clock.now());
    if (problem) throw new InvalidInputError('startedAt', problem);
    return startedAt;
  }

  /**
   * Why an email in use cannot be added: a colleague's is named as such (the
   * admin sees them in the directory anyway); another organisation's gets a
   * neutral answer, rationed by TakenEmailLimit, that names no organisation.
   */
  private async emailTaken(viewer: Viewer, email: string, caller: string): Promise<ConflictError> {
    if (await this.users.existsBy({ email, organizationId: viewer.organizationId })) {
      return new ConflictError('email', `${email} is already a member of this organisation`);
    }
    await this.takenEmails.count(caller);
    return new ConflictError('email', 'This email address cannot be used for a new account: ask the person for another');
  }

  async setLeaderboardOptOut(viewer: Viewer, optOut: boolean): Promise<User> {
    await this.users.update({ id: viewer.userId }, { leaderboardOptOut: optOut });
    return this.get(viewer, viewer.userId);
  }

  readonly byIds: BatchLoad<string, User | null> = async (ids) =>
    indexBy(ids, await this.users.findBy({ id: In([...ids]) }), (user) => user.id);

  /** The first `first` active members of each team by name, in one statement: each team's slice of users_by_team. */
  readonly membersOfTeams: BatchLoad<TeamMembers, User[]> = async (keys) => {
    const teamIds = [...new Set(keys.map((key) => key.teamId))];
    const rows = await this.users
      .createQueryBuilder('user')
      .where(
        `user.id IN (
          SELECT member.id FROM unnest(CAST(:teamIds AS uuid[])) AS team(id)
          CROSS JOIN LATERAL (SELECT m.id FROM users m WHERE m.team_id = team.id AND m.active ORDER BY m.search_name, m.id LIMIT :first) member
        )`,
        { teamIds, first: Math.max(...keys.map((key) => key.first)) },
      )
      .orderBy('user.searchName', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .getMany();
    const byTeam = groupBy(teamIds, rows, (user) => user.teamId!);
    return keys.map((key) => byTeam[teamIds.indexOf(key.teamId)]!.slice(0, key.first));
  };

  /** How many active people each team has, counted from users_by_team alone. */
  readonly memberCounts: BatchLoad<string, number> = async (teamIds) => {
    const rows = await this.users
      .createQueryBuilder('user')
      .select('user.teamId', 'teamId')
      .addSelect('COUNT(*)::int', 'count')
      .where('user.teamId IN (:...teamIds)', { teamIds })
      .andWhere('user.active')
      .groupBy('user.teamId')
      .getRawMany<{ teamId: string; count: number }>();
    const byTeam = new Map(rows.map((row) => [row.teamId, row.count]));
    return teamIds.map((id) => byTeam.get(id) ?? 0);
  };
}
