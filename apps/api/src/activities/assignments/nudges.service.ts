import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, NotificationKind, checkNudgeAssignments, checkNudgeMessage, localDay } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { NotificationsService } from '#directory/notifications';
import { TeamsService } from '#directory/organizations';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { openAssignment } from './assignments.service.js';

interface Nudged {
  readonly id: string;
  readonly assigneeId: string;
  readonly teamId: string | null;
  readonly displayName: string;
  readonly courseId: string;
  readonly courseTitle: string;
  readonly dueAt: Date | null;
  readonly open: boolean;
}

/** A manager's reminder to the people behind on some assignments: at most one a day per assignment. */
@Injectable()
export class NudgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly teams: TeamsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Nudges the assignees of these assignments (of the viewer's teams; an admin's, any) who have not
   * completed them; returns how many were nudged, leaving out those already nudged today (the
   * organisation's day) and those done.
   */
  async nudge(viewer: Viewer, assignmentIds: readonly string[], message: string | null): Promise<number> {
    checkNudgeAssignments(assignmentIds);
    const note = checkNudgeMessage(message);
    const [rows, [context]] = await Promise.all([
      this.dataSource.query<Nudged[]>(
        `SELECT a.id, a.assignee_id AS "assigneeId", u.team_id AS "teamId", u.display_name AS "displayName",
                a.course_id AS "courseId", c.title AS "courseTitle", a.due_at AS "dueAt", ${openAssignment('a')} AS open
           FROM assignments a JOIN users u ON u.id = a.assignee_id JOIN courses c ON c.id = a.course_id
          WHERE a.id = ANY($1::uuid[]) AND a.organization_id = $2`,
        [assignmentIds, viewer.organizationId],
      ),
      this.dataSource.query<{ timeZone: string; nudger: string }[]>(
        `SELECT o.time_zone AS "timeZone", u.display_name AS nudger FROM organizations o JOIN users u ON u.id = $2 WHERE o.id = $1`,
        [viewer.organizationId, viewer.userId],
      ),
    ]);
    const unknown = assignmentIds.find((id) => !rows.some((row) => row.id === id));
    if (unknown) throw new NotFoundError('Assignment', unknown);
    const managed = await this.teams.managedTeamIds(viewer);
    const outside = managed && rows.find((row) => !row.teamId || !managed.includes(row.teamId));
    if (outside) throw new ForbiddenError(`${outside.displayName} is not in a team you manage`);
    const day = localDay(this.clock.now(), context!.timeZone);
    const behind = rows.filter((row) => row.open);
    return this.dataSource.transaction((manager) =>
      this.notifications.notifyAll(
        manager,
        behind.map((row) => ({
          organizationId: viewer.organizationId,
          recipientId: row.assigneeId,
          kind: NotificationKind.NUDGE,
          title: `${context!.nudger} nudged you about “${row.courseTitle}”`,
          body: note ?? `“${row.courseTitle}” is waiting for you${row.dueAt ? `: due on ${localDay(row.dueAt, context!.timeZone)}` : ''}.`,
          url: `/courses/${row.courseId}`,
          key: `NUDGE:${row.id}:${day}`,
        })),
      ),
    );
  }
}
