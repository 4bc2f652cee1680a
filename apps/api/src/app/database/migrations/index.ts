import { Initial1795432216212 } from './1795432216212-Initial.js';
import { RecognitionAndEnrollmentCycles1795434797233 } from './1795434797233-RecognitionAndEnrollmentCycles.js';
import { TeamsFeedbackAndAssignments1795436570376 } from './1795436570376-TeamsFeedbackAndAssignments.js';
import { RecognitionFeed1795440100158 } from './1795440100158-RecognitionFeed.js';
import { PeopleDirectory1796573395837 } from './1796573395837-PeopleDirectory.js';
import { KeptStreaks1796573854552 } from './1796573854552-KeptStreaks.js';
import { LeaderboardTotals1796574718088 } from './1796574718088-LeaderboardTotals.js';
import { FeedByKindAndEngagement1796575004294 } from './1796575004294-FeedByKindAndEngagement.js';
import { KudosIdempotency1796584386654 } from './1796584386654-KudosIdempotency.js';
import { DeactivatedAccounts1796584989294 } from './1796584989294-DeactivatedAccounts.js';
import { CredentialProofsAndRevocation1796585625680 } from './1796585625680-CredentialProofsAndRevocation.js';
import { BadgeNamesApartFromLevels1796594193247 } from './1796594193247-BadgeNamesApartFromLevels.js';
import { PraiseNamesItsCustomer1796594225564 } from './1796594225564-PraiseNamesItsCustomer.js';
import { ProfilesSearchAndManagerHome1796594365843 } from './1796594365843-ProfilesSearchAndManagerHome.js';
import { UserStartDate1796594370047 } from './1796594370047-UserStartDate.js';
import { PraiseDatedWhenGiven1796594750198 } from './1796594750198-PraiseDatedWhenGiven.js';
import { MomentsGroupedOnCards1796595044281 } from './1796595044281-MomentsGroupedOnCards.js';
import { Mentorship1796605437802 } from './1796605437802-Mentorship.js';
import { ProgrammesOnboardingAndRewards1796605516294 } from './1796605516294-ProgrammesOnboardingAndRewards.js';
import { CoachingAndNps1796605596529 } from './1796605596529-CoachingAndNps.js';
import { LearningEventsAndExternalLearning1796605701336 } from './1796605701336-LearningEventsAndExternalLearning.js';
import { ChatChannelsAndAnniversaries1796605987050 } from './1796605987050-ChatChannelsAndAnniversaries.js';
import { ReachNotifications1796606293501 } from './1796606293501-ReachNotifications.js';

/** Every migration, oldest first. Generated entries: keep the order. */
export const MIGRATIONS = [
  Initial1795432216212,
  RecognitionAndEnrollmentCycles1795434797233,
  TeamsFeedbackAndAssignments1795436570376,
  RecognitionFeed1795440100158,
  PeopleDirectory1796573395837,
  KeptStreaks1796573854552,
  LeaderboardTotals1796574718088,
  FeedByKindAndEngagement1796575004294,
  KudosIdempotency1796584386654,
  DeactivatedAccounts1796584989294,
  CredentialProofsAndRevocation1796585625680,
  BadgeNamesApartFromLevels1796594193247,
  PraiseNamesItsCustomer1796594225564,
  ProfilesSearchAndManagerHome1796594365843,
  UserStartDate1796594370047,
  PraiseDatedWhenGiven1796594750198,
  MomentsGroupedOnCards1796595044281,
  Mentorship1796605437802,
  ProgrammesOnboardingAndRewards1796605516294,
  CoachingAndNps1796605596529,
  LearningEventsAndExternalLearning1796605701336,
  ChatChannelsAndAnniversaries1796605987050,
  ReachNotifications1796606293501,
];
