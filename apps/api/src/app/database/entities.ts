import { Session } from '#directory/accounts';
import { Organization, Team, User, UserSearchTerm } from '#directory/organizations';
import { Course, CourseModule, QuizQuestion, LearningPath, LearningPathCourse } from '#catalog/courses';
import { Enrollment, ModuleCompletion } from '#activities/learning';
import { PointsEntry, PointsEarners, PointsTotal, TeamPointsTotal } from '#achievements/points';
import { BadgeAward, CertificationAward } from '#achievements/awards';
import { BadgeDefinition } from '#catalog/badges';
import { CertificationDefinition, CertificationRequiredCourse } from '#catalog/certifications';
import { Credential, StatusList } from '#achievements/credentials';
import { Celebration } from '#achievements/celebrations';
import { CelebrationComment, CelebrationReaction } from '#activities/reactions';
import { Assignment } from '#activities/assignments';
import { CustomerFeedback } from '#activities/feedback';
import { TeamMilestone } from '#catalog/milestones';
import { Kudos } from '#activities/kudos';
import { OnboardingSetting } from '#activities/onboarding';
import { Redemption, Reward } from '#activities/rewards';
import { Mentorship, MentorshipSession } from '#activities/mentoring';
import { CoachingSession, CoachingSessionFeedback } from '#activities/coaching';
import { SearchTerm } from '#views/search';
import { Notification, NotificationPreferenceRow } from '#directory/notifications';
import { NewsletterDelivery } from '#views/digest';
import {
  ExternalLearningClaim,
  LearningEvent,
  LearningEventAttendance,
  LearningEventHost,
  LearningEventRsvp,
} from '#activities/learning-events';

/** Every table, listed explicitly: no globbing, so builds and tests see the same set. */
export const ENTITIES = [
  Organization,
  Team,
  User,
  UserSearchTerm,
  Session,
  Course,
  CourseModule,
  QuizQuestion,
  LearningPath,
  LearningPathCourse,
  Enrollment,
  ModuleCompletion,
  PointsEntry,
  PointsTotal,
  TeamPointsTotal,
  PointsEarners,
  BadgeDefinition,
  BadgeAward,
  CertificationDefinition,
  CertificationRequiredCourse,
  CertificationAward,
  Credential,
  StatusList,
  Celebration,
  CelebrationReaction,
  CelebrationComment,
  Assignment,
  CustomerFeedback,
  TeamMilestone,
  Kudos,
  Mentorship,
  MentorshipSession,
  SearchTerm,
  Notification,
  NotificationPreferenceRow,
  NewsletterDelivery,
  OnboardingSetting,
  Reward,
  Redemption,
  LearningEvent,
  LearningEventHost,
  LearningEventRsvp,
  LearningEventAttendance,
  ExternalLearningClaim,
  CoachingSession,
  CoachingSessionFeedback,
];
