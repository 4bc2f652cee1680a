import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ConflictError, NotFoundError } from '@laurels/domain';
import { In, type Repository } from 'typeorm';
import { hashPassword } from '../common/auth/password.js';
import type { Viewer } from '../common/auth/viewer.js';
import { groupBy, indexBy, type BatchLoad } from '../common/graphql/request-loaders.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import { Team } from './team.entity.js';
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
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
      where: { organizationId: viewer.organizationId, ...(teamId ? { teamId } : {}) },
      order: { displayName: 'ASC' },
    });
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<User> {
    if (input.teamId && !(await this.teams.existsBy({ id: input.teamId, organizationId: viewer.organizationId }))) {
      throw new NotFoundError('Team', input.teamId);
    }
    const taken = () => new ConflictError('email', `${input.email} already has an account`);
    if (await this.users.existsBy({ email: input.email })) throw taken();
    const user = this.users.create({
      organizationId: viewer.organizationId,
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      teamId: input.teamId ?? null,
      passwordHash: await hashPassword(input.password),
    });
    return this.users.save(user).catch((error: unknown) => {
      throw isUniqueViolation(error, 'users_email_unique') ? taken() : error;
    });
  }

  async setLeaderboardOptOut(viewer: Viewer, optOut: boolean): Promise<User> {
    await this.users.update({ id: viewer.userId }, { leaderboardOptOut: optOut });
    return this.get(viewer, viewer.userId);
  }

  readonly byIds: BatchLoad<string, User | null> = async (ids) => indexBy(ids, await this.users.findBy({ id: In([...ids]) }), (user) => user.id);

  readonly membersByTeamIds: BatchLoad<string, User[]> = async (teamIds) =>
    groupBy(teamIds, await this.users.find({ where: { teamId: In([...teamIds]) }, order: { displayName: 'ASC' } }), (user) => user.teamId!);
}
