import type { INestApplication } from '@nestjs/common';
import { MAX_TEAMS, REACTION_EMOJI, Role, isScored, addDays, localDay, startOfLocalDay } from '@laurels/domain';
import { DataSource, IsNull } from 'typeorm';
import { AnniversariesService } from '#activities/anniversaries';
import { AssignmentsService } from '#activities/assignments';
import { SignUpService } from '#activities/sign-up';
import { BadgesService } from '#catalog/badges';
import { Celebration } from '#achievements/celebrations';
import { AwardingService } from '#activities/awarding';
import { ReactionsService } from '#activities/reactions';
import { RemindersService } from '#activities/reminders';
import { StoriesService } from '#activities/stories';
import { CertificationsService } from '#catalog/certifications';
import { Clock } from '#platform/clock';
import { CustomerFeedback, FeedbackService } from '#activities/feedback';
import { CoachingService } from '#activities/coaching';
import type { Viewer } from '#platform/auth';
import { KudosService } from '#activities/kudos';
import { ExternalLearningService, LearningEventsService } from '#activities/learning-events';
import { CompletionsService } from '#activities/learning';
import { CoursesService, LearningPathsService } from '#catalog/courses';
import { MentorshipsService } from '#activities/mentoring';
import { MilestonesService } from '#activities/milestones';
import { Organization, OrganizationsService, TeamsService, User, UsersService } from '#directory/organizations';
import {
  DEMO_ASSIGNMENTS,
  DEMO_CERTIFICATIONS,
  DEMO_COURSES,
  DEMO_COMMENTS,
  DEMO_FEEDBACK,
  DEMO_KUDOS,
  DEMO_MANUAL_BADGES,
  DEMO_MENTORSHIP,
  DEMO_MILESTONES,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_PATH,
  DEMO_PROGRESS,
  DEMO_STORIES,
  DEMO_TEAMS,
  DEMO_VALUES,
  type DemoCourse,
} from './demo-content.js';
import { seedProgrammes } from './demo-programmes.js';

export { DEMO_SIGN_INS } from './demo-content.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo organisation through the same services the API uses, so the
 * demo data obeys every rule (points, levels, badges, certifications,
 * celebrations). Past progress is recorded with the clock set back to when it
 * happened. Does nothing when any organisation exists. Returns whether it seeded.
 */
export async function seedDemoIfEmpty(app: INestApplication): Promise<boolean> {
  const dataSource = app.get(DataSource);
  if ((await dataSource.getRepository(Organization).count()) > 0) return false;

  const { organization, admin } = await app.get(SignUpService).createOrganization(DEMO_ORGANIZATION);
  const adminViewer: Viewer = { userId: admin.id, organizationId: organization.id, role: Role.ADMIN };
  await app.get(OrganizationsService).setValues(adminViewer, DEMO_VALUES);

  const users = app.get(UsersService);
  const teams = app.get(TeamsService);
  const viewers = new Map<string, Viewer>();
  for (const team of DEMO_TEAMS) {
    const created = await teams.create(adminViewer, { name: team.name });
    const manager = await users.create(adminViewer, { ...team.manager, password: DEMO_PASSWORD, role: Role.MANAGER, teamId: created.id });
    await teams.setManager(adminViewer, created.id, manager.id);
    viewers.set(manager.email, { userId: manager.id, organizationId: organization.id, role: Role.MANAGER });
    for (const member of team.members) {
      const user = await users.create(adminViewer, { ...member, password: DEMO_PASSWORD, role: Role.EMPLOYEE, teamId: created.id });
      viewers.set(user.email, { userId: user.id, organizationId: organization.id, role: Role.EMPLOYEE });
    }
  }

  const courses = app.get(CoursesService);
  const courseIds = new Map<string, string>();
  const moduleIds = new Map<string, string[]>();
  for (const demo of DEMO_COURSES) {
    const course = await courses.create(adminViewer, demo);
    const ids: string[] = [];
    for (const module of demo.modules) ids.push((await courses.addModule(adminViewer, { ...module, courseId: course.id })).id);
    if (demo.publish) await courses.publish(adminViewer, course.id);
    courseIds.set(demo.key, course.id);
    moduleIds.set(demo.key, ids);
  }

  const onboardingPath = await app.get(LearningPathsService).create(adminViewer, {
    title: DEMO_PATH.title,
    description: DEMO_PATH.description,
    courseIds: DEMO_PATH.courseKeys.map((key) => courseIds.get(key)!),
  });

  const certifications = app.get(CertificationsService);
  for (const certification of DEMO_CERTIFICATIONS) {
    await certifications.create(adminViewer, {
      ...certification,
      requiredCourseIds: certification.courseKeys.map((key) => courseIds.get(key)!),
    });
  }

  const clock = app.get(Clock);
  const completions = app.get(CompletionsService);
  for (const learner of DEMO_PROGRESS) {
    const viewer = viewers.get(learner.email)!;
    const passed = new Map<string, number>();
    for (const step of learner.steps) {
      const demo = DEMO_COURSES.find((course) => course.key === step.course)!;
      for (let index = passed.get(step.course) ?? 0; index < step.modules; index++) {
        const moduleId = moduleIds.get(step.course)![index]!;
        await clock.at(daysAgo(step.daysAgo, index), () => completions.complete(viewer, { moduleId, answers: rightAnswers(demo, index) }));
      }
      passed.set(step.course, Math.max(passed.get(step.course) ?? 0, step.modules));
    }
  }

  const teamIds = new Map((await teams.listForOrganization(organization.id, null, MAX_TEAMS)).map((team) => [team.name, team.id]));
  const milestones = app.get(MilestonesService);
  for (const milestone of DEMO_MILESTONES) {
    const startsAt = daysAgo(milestone.startedDaysAgo, 0);
    await clock.at(startsAt, () =>
      milestones.create(viewers.get(milestone.by)!, {
        teamId: teamIds.get(milestone.team)!,
        title: milestone.title,
        metric: milestone.metric,
        target: milestone.target,
        startsAt,
        endsAt: new Date(startsAt.getTime() + milestone.lastsDays * DAY_MS),
      }),
    );
  }

  const assignments = app.get(AssignmentsService);
  for (const assignment of DEMO_ASSIGNMENTS) {
    const at = daysAgo(assignment.daysAgo, 0);
    await clock.at(at, () =>
      assignments.assignCourse(viewers.get(assignment.by)!, courseIds.get(assignment.course)!, {
        teamId: teamIds.get(assignment.team)!,
        dueAt: new Date(Date.now() + assignment.dueInDays * DAY_MS),
        note: assignment.note,
      }),
    );
  }

  const badgeIds = new Map((await app.get(BadgesService).list(adminViewer)).map((badge) => [badge.name, badge.id]));
  const awarding = app.get(AwardingService);
  for (const given of DEMO_MANUAL_BADGES) {
    await clock.at(daysAgo(given.daysAgo, 0), () =>
      awarding.award(viewers.get(given.from)!, badgeIds.get(given.badge)!, viewers.get(given.to)!.userId, given.reason),
    );
  }

  const feedback = app.get(FeedbackService);
  for (const given of DEMO_FEEDBACK) {
    await clock.at(daysAgo(given.daysAgo, 0), () =>
      feedback.record(viewers.get(given.by)!, {
        employeeId: viewers.get(given.about)!.userId,
        csat: given.csat,
        nps: given.nps,
        comment: given.comment,
        customerName: given.customer,
        externalId: given.ticket,
      }),
    );
  }

  const kudos = app.get(KudosService);
  for (const given of DEMO_KUDOS) {
    await clock.at(daysAgo(given.daysAgo, 0), () =>
      kudos.give(viewers.get(given.from)!, {
        toUserId: viewers.get(given.to)!.userId,
        message: given.message,
        values: given.values,
        points: given.points,
      }),
    );
  }
  const stories = app.get(StoriesService);
  for (const story of DEMO_STORIES) {
    await clock.at(daysAgo(story.daysAgo, 0), () =>
      stories.postStory(viewers.get(story.by)!, {
        title: story.title,
        body: story.body,
        userIds: story.about.map((email) => viewers.get(email)!.userId),
      }),
    );
  }
  await seedAnniversaries(app, organization, viewers);
  await seedMentorship(app, viewers);
  await seedLearningEvents(app, viewers);
  await seedConversation(app, organization.id, viewers);
  await seedCoachingLoop(app, viewers, teamIds, courseIds);
  await seedReminders(app);
  await seedProgrammes(app, adminViewer, onboardingPath.id, teamIds, viewers, DEMO_PASSWORD);
  return true;
}

/**
 * The reminders the hourly job would write now (assignments due soon or just overdue, certifications
 * about to lapse): with the kudos, badges and comments above, everyone opens Laurels to a few unread notifications.
 */
async function seedReminders(app: INestApplication): Promise<void> {
  await app.get(RemindersService).remind();
}

/**
 * Start dates for everyone: Diego Alvarez started three years ago today (in the organisation's time
 * zone), and his work anniversary is celebrated as the scheduled job does it; the others started on
 * other days, one to six years ago.
 */
async function seedAnniversaries(
  app: INestApplication,
  organization: { id: string; name: string; timeZone: string },
  viewers: Map<string, Viewer>,
): Promise<void> {
  const today = localDay(new Date(), organization.timeZone);
  // Nine in the morning of that day, `yearsAgo` years before it (February 29th as the 28th).
  const startOn = (day: string, yearsAgo: number) => {
    const monthDay = day.slice(4) === '-02-29' ? '-02-28' : day.slice(4);
    return new Date(startOfLocalDay(`${Number(day.slice(0, 4)) - yearsAgo}${monthDay}`, organization.timeZone).getTime() + 9 * 3_600_000);
  };
  const people = app.get(DataSource).getRepository(User);
  for (const [email, viewer] of viewers) {
    const index = [...viewers.keys()].indexOf(email);
    const startedAt =
      email === 'diego@northwind.example' ? startOn(today, 3) : startOn(addDays(today, -(20 + index * 17)), 1 + (index % 6));
    await people.update({ id: viewer.userId }, { startedAt });
  }
  await app.get(AnniversariesService).celebrate(organization);
}

/** The demo mentorship and its sessions, each logged on the day it was held. */
async function seedMentorship(app: INestApplication, viewers: Map<string, Viewer>): Promise<void> {
  const mentorships = app.get(MentorshipsService);
  const clock = app.get(Clock);
  const startedAt = daysAgo(DEMO_MENTORSHIP.startedDaysAgo, 0);
  const mentorship = await clock.at(startedAt, () =>
    mentorships.start(viewers.get(DEMO_MENTORSHIP.by)!, {
      mentorId: viewers.get(DEMO_MENTORSHIP.mentor)!.userId,
      menteeId: viewers.get(DEMO_MENTORSHIP.mentee)!.userId,
      goal: DEMO_MENTORSHIP.goal,
      endsAt: new Date(startedAt.getTime() + DEMO_MENTORSHIP.lastsDays * DAY_MS),
    }),
  );
  for (const session of DEMO_MENTORSHIP.sessions) {
    const heldAt = daysAgo(session.daysAgo, 0);
    await clock.at(heldAt, () =>
      mentorships.logSession(viewers.get(session.by)!, {
        mentorshipId: mentorship.id,
        heldAt,
        minutes: session.minutes,
        notes: session.notes,
      }),
    );
  }
}

/**
 * A knowledge-sharing session held ten days ago (its attendance recorded: points for the attendees
 * and the host, and its celebration), one coming up in five days, and a conference claim approved.
 */
async function seedLearningEvents(app: INestApplication, viewers: Map<string, Viewer>): Promise<void> {
  const clock = app.get(Clock);
  const events = app.get(LearningEventsService);
  const person = (email: string) => viewers.get(`${email}@northwind.example`)!;
  const held = new Date(Date.now() - 10 * DAY_MS);
  const past = await clock.at(new Date(held.getTime() - 7 * DAY_MS), () =>
    events.create(person('jordan'), {
      kind: 'KNOWLEDGE_SHARE',
      title: 'Calming an escalated caller',
      description: 'Hannah walks through the three calls that taught her most about de-escalation.',
      startsAt: held,
      endsAt: new Date(held.getTime() + 60 * 60 * 1000),
      location: 'Lisbon office, room 2',
      hostIds: [person('hannah').userId],
      skills: ['empathy', 'de-escalation'],
      points: 20,
      hostPoints: 50,
    }),
  );
  await clock.at(new Date(held.getTime() + 2 * 60 * 60 * 1000), () =>
    events.recordAttendance(
      person('jordan'),
      past.id,
      ['diego', 'zoe', 'ben'].map((name) => person(name).userId),
    ),
  );
  const soon = new Date(Date.now() + 5 * DAY_MS);
  await events.create(person('maya'), {
    kind: 'KNOWLEDGE_SHARE',
    title: 'Writing replies customers actually read',
    description: 'Omar shares the templates and habits behind Frontline’s best-rated chat replies.',
    startsAt: soon,
    endsAt: new Date(soon.getTime() + 45 * 60 * 1000),
    location: 'https://meet.example/northwind-frontline',
    hostIds: [person('omar').userId],
    skills: ['clarity', 'written communication'],
    points: 15,
    hostPoints: 40,
  });

  const claims = app.get(ExternalLearningService);
  const conference = await clock.at(new Date(Date.now() - 20 * DAY_MS), () =>
    claims.claim(person('ava'), {
      title: 'Customer Success Summit',
      provider: 'CS Europe',
      completedOn: new Date(Date.now() - 22 * DAY_MS),
      hours: 14,
      evidenceUrl: 'https://example.com/cs-summit/attendance/ava-thompson',
    }),
  );
  await clock.at(new Date(Date.now() - 19 * DAY_MS), () =>
    claims.review(person('sam'), conference.id, { approve: true, points: 120, note: 'Great notes on renewals, thanks for sharing them.' }),
  );
}

/** An NPS milestone for Technical Support, and Maya coaching Omar after his NPS-6 rating (de-escalation suggested). */
async function seedCoachingLoop(
  app: INestApplication,
  viewers: Map<string, Viewer>,
  teamIds: Map<string, string>,
  courseIds: Map<string, string>,
): Promise<void> {
  const jordan = viewers.get('jordan@northwind.example')!;
  const startsAt = daysAgo(10, 0);
  await app.get(Clock).at(startsAt, () =>
    app.get(MilestonesService).create(jordan, {
      teamId: teamIds.get('Technical Support')!,
      title: 'Net Promoter Score of 40 or more',
      metric: 'NPS',
      target: 40,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * DAY_MS),
    }),
  );
  const maya = viewers.get('maya@northwind.example')!;
  const rating = await app
    .get(DataSource)
    .getRepository(CustomerFeedback)
    .findOneByOrFail({ organizationId: maya.organizationId, externalId: 'NW-4831' });
  await app.get(CoachingService).create(maya, {
    employeeId: rating.employeeId!,
    feedbackIds: [rating.id],
    focusSkills: ['Clarity', 'Asking the right first question'],
    notes: 'We listened to the call together: restate the question before answering. Try the de-escalation course before we meet again.',
    courseIds: [courseIds.get('deescalation')!],
    followUpAt: new Date(Date.now() + 7 * DAY_MS),
  });
}

/** Reactions on the latest cards of the feed from a few colleagues each, and the demo comments. */
async function seedConversation(app: INestApplication, organizationId: string, viewers: Map<string, Viewer>): Promise<void> {
  const reactions = app.get(ReactionsService);
  const people = [...viewers.values()];
  const latest = await app
    .get(DataSource)
    .getRepository(Celebration)
    .find({ where: { organizationId, leadId: IsNull() }, order: { createdAt: 'DESC' }, take: 40 });
  for (const [index, celebration] of latest.slice(0, 15).entries()) {
    const reactors = 2 + ((index * 7) % 5);
    for (let reactor = 0; reactor < reactors; reactor++) {
      const viewer = people[(index * 3 + reactor * 5) % people.length]!;
      if (viewer.userId === celebration.userId) continue;
      // Colleagues mostly agree on one or two emoji, as they do.
      await reactions.react(viewer, celebration.id, REACTION_EMOJI[(index + Math.floor(reactor / 2)) % 3]!);
    }
  }
  for (const comment of DEMO_COMMENTS) {
    const about = comment.about ? viewers.get(comment.about)!.userId : null;
    const target = latest.find((celebration) => celebration.kind === comment.on && (!about || celebration.userId === about));
    if (!target) continue;
    // Said an hour or so after the moment, not at seeding time.
    const at = new Date(Math.min(Date.now(), target.createdAt.getTime() + 90 * 60 * 1000));
    await app.get(Clock).at(at, () => reactions.comment(viewers.get(comment.by)!, target.id, comment.body));
  }
}

/** A moment `days` ago, a few minutes apart for successive modules of one sitting. */
function daysAgo(days: number, step: number): Date {
  return new Date(Date.now() - days * DAY_MS - (10 - step) * 6 * 60 * 1000);
}

function rightAnswers(course: DemoCourse, index: number): number[] | undefined {
  const module = course.modules[index]!;
  return isScored(module.kind) ? module.questions!.map((question) => question.answerIndex) : undefined;
}
