export { AchievementCountsService } from './achievement-counts.service.js';
export { AchievementsModule } from './achievement-path.module.js';
export { AchievementService } from './achievement.service.js';
export type {
  AchievementOutcome,
  AnniversaryFact,
  Fact,
  FeedbackFact,
  LearningEventFact,
  MentorshipFact,
  StoryFact,
} from './achievement.service.js';
export { MilestoneMeasure } from './milestone-measure.js';
