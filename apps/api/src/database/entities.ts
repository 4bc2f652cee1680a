import { Organization } from '../organizations/organization.entity.js';
import { Team } from '../organizations/team.entity.js';
import { User } from '../organizations/user.entity.js';
import { UserSearchTerm } from '../organizations/user-search-term.entity.js';
import { Course } from '../learning/course.entity.js';
import { CourseModule } from '../learning/course-module.entity.js';
import { QuizQuestion } from '../learning/quiz-question.entity.js';
import { LearningPath, LearningPathCourse } from '../learning/learning-path.entity.js';
import { Enrollment } from '../learning/enrollment.entity.js';
import { ModuleCompletion } from '../learning/module-completion.entity.js';
import { PointsEntry } from '../points/points-entry.entity.js';
import { PointsEarners } from '../points/points-earners.entity.js';
import { PointsTotal } from '../points/points-total.entity.js';
import { TeamPointsTotal } from '../points/team-points-total.entity.js';
import { BadgeAward } from '../badges/badge-award.entity.js';
import { BadgeDefinition } from '../badges/badge-definition.entity.js';
import { CertificationAward } from '../certifications/certification-award.entity.js';
import { CertificationDefinition, CertificationRequiredCourse } from '../certifications/certification-definition.entity.js';
import { Credential } from '../credentials/credential.entity.js';
import { Celebration } from '../celebrations/celebration.entity.js';
import { CelebrationComment } from '../celebrations/celebration-comment.entity.js';
import { CelebrationReaction } from '../celebrations/celebration-reaction.entity.js';
import { Assignment } from '../assignments/assignment.entity.js';
import { CustomerFeedback } from '../feedback/customer-feedback.entity.js';
import { TeamMilestone } from '../milestones/team-milestone.entity.js';
import { Kudos } from '../kudos/kudos.entity.js';

/** Every table, listed explicitly: no globbing, so builds and tests see the same set. */
export const ENTITIES = [
  Organization,
  Team,
  User,
  UserSearchTerm,
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
  Celebration,
  CelebrationReaction,
  CelebrationComment,
  Assignment,
  CustomerFeedback,
  TeamMilestone,
  Kudos,
];
