import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  Role,
  validateFeedbackScores,
  validateReceivedAt,
} from '@laurels/domain';
import { DataSource, In, type Repository } from 'typeorm';
import { AchievementService } from '#achievements/achievement-path';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { pageSize } from '#platform/graphql';
import { TeamsService, User } from '#directory/organizations';
import { CustomerFeedback } from './customer-feedback.entity.js';
import type { FeedbackRowInput, RecordFeedbackInput } from './dto/record-feedback.input.js';

export interface ImportOutcome {
  readonly imported: number;
  readonly skipped: number;
  readonly failed: { row: number; message: string }[];
}

type FeedbackToRecord = Omit<RecordFeedbackInput, 'employeeId' | 'teamId'> & {
  employeeId: string | null;
  teamId: string | null;
  receivedAt?: Date | null;
};

/** The most feedback one read lists. */
export const MAX_FEEDBACK_PAGE = 200;

@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CustomerFeedback) private readonly feedback: Repository<CustomerFeedback>,
    private readonly teams: TeamsService,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
  ) {}

  /**
   * Records feedback for an employee, a team, or both (the employee's team by
   * default), by a manager of that team or an admin. A five-star rating with
   * a comment about an employee is customer praise, through the achievement
   * path. The same externalId is recorded once: sending it again returns it.
   */
  async record(viewer: Viewer, input: RecordFeedbackInput): Promise<{ feedback: CustomerFeedback; created: boolean }> {
    return this.write(viewer, { ...input, employeeId: input.employeeId ?? null, teamId: input.teamId ?? null });
  }

  /** Imports help-desk rows, each on its own: one bad row does not stop the others. */
  async import(viewer: Viewer, rows: FeedbackRowInput[]): Promise<ImportOutcome> {
    const agents = await this.dataSource
      .getRepository(User)
      .findBy({ organizationId: viewer.organizationId, email: In([...new Set(rows.map((row) => row.agentEmail))]) });
    const byEmail = new Map(agents.map((agent) => [agent.email, agent]));
    let imported = 0;
    let skipped = 0;
    const failed: ImportOutcome['failed'] = [];
    for (const row of rows) {
      const agent = byEmail.get(row.agentEmail);
      if (!agent) {
        failed.push({ row: row.row, message: `nobody in the organisation has the email ${row.agentEmail}` });
        continue;
      }
      try {
        const { created } = await this.write(viewer, { ...row, employeeId: agent.id, teamId: null });
        if (created) imported++;
        else skipped++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failed.push({ row: row.row, message: error.message });
      }
    }
    return { imported, skipped, failed };
  }

  /** Employees see what customers said about them; managers about their teams; admins everything. */
  async list(viewer: Viewer, teamId: string | null, first: number): Promise<CustomerFeedback[]> {
    const query = this.feedback
      .createQueryBuilder('feedback')
      .where('feedback.organizationId = :org', { org: viewer.organizationId })
      .orderBy('feedback.receivedAt', 'DESC')
      .addOrderBy('feedback.id', 'DESC')
      .take(pageSize(first, MAX_FEEDBACK_PAGE));
    if (teamId) {
      if (viewer.role === Role.EMPLOYEE) throw new ForbiddenError('customerFeedback of a team needs the MANAGER role or higher');
      await this.teams.managed(viewer, teamId);
      query.andWhere('feedback.teamId = :teamId', { teamId });
    } else if (viewer.role === Role.EMPLOYEE) {
      query.andWhere('feedback.employeeId = :me', { me: viewer.userId });
    } else {
      const managed = await this.teams.managedTeamIds(viewer);
      if (managed) query.andWhere('feedback.teamId = ANY(:managed)', { managed });
    }
    return query.getMany();
  }

  private async write(viewer: Viewer, input: FeedbackToRecord): Promise<{ feedback: CustomerFeedback; created: boolean }> {
    validateFeedbackScores(input);
    validateReceivedAt(input.receivedAt, this.clock.now());
    if (!input.employeeId && !input.teamId) throw new InvalidInputError('employeeId', 'name the employee, the team, or both');
    const employee = input.employeeId
      ? await this.dataSource.getRepository(User).findOneBy({ id: input.employeeId, organizationId: viewer.organizationId })
      : null;
    if (input.employeeId && !employee) throw new NotFoundError('User', input.employeeId);
    const teamId = input.teamId ?? employee?.teamId ?? null;
    // A manager records feedback about the people of their own teams only, whichever team it is given to:
    // naming a team they manage must not let them praise (and reward) anyone else.
    if (employee) await this.teams.checkManagesMember(viewer, employee);
    if (teamId) await this.teams.managed(viewer, teamId);

    const managed = input.externalId ? await this.teams.managedTeamIds(viewer) : null;
    if (input.externalId) {
      const earlier = await this.feedback.findOneBy({ organizationId: viewer.organizationId, externalId: input.externalId });
      if (earlier) return this.resent(earlier, managed);
    }
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CustomerFeedback)
        .values({
          organizationId: viewer.organizationId,
          employeeId: employee?.id ?? null,
          teamId,
          csat: input.csat,
          nps: input.nps ?? null,
          comment: input.comment || null,
          customerName: input.customerName || null,
          externalId: input.externalId ?? null,
          recordedById: viewer.userId,
          receivedAt: input.receivedAt ?? this.clock.now(),
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const [row] = inserted.raw as { id: string }[];
      if (!row) {
        // A concurrent request recorded the same externalId first.
        return this.resent(
          await manager
            .getRepository(CustomerFeedback)
            .findOneByOrFail({ organizationId: viewer.organizationId, externalId: input.externalId! }),
          managed,
        );
      }
      const feedback = await manager.getRepository(CustomerFeedback).findOneByOrFail({ id: row.id });
      await this.achievements.recordFeedback(manager, feedback);
      return { feedback, created: true };
    });
  }

  /**
   * The answer to a re-sent externalId: the feedback recorded first. A manager
   * (managed: their teams; null for an admin) sees it only when it was given
   * to a team they manage, or a guessed ticket number would show them any.
   */
  private resent(earlier: CustomerFeedback, managed: string[] | null): { feedback: CustomerFeedback; created: false } {
    if (managed && !(earlier.teamId && managed.includes(earlier.teamId))) {
      throw new ConflictError('externalId', 'feedback with this ticket id was already recorded for a team you do not manage');
    }
    return { feedback: earlier, created: false };
  }
}
