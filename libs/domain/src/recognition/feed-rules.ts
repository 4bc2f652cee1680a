import { InvalidInputError } from '../errors/domain-errors.js';

/** What a moment on the feed celebrates. */
export const CelebrationKind = {
  BADGE_EARNED: 'BADGE_EARNED',
  LEVEL_UP: 'LEVEL_UP',
  COURSE_COMPLETED: 'COURSE_COMPLETED',
  CERTIFICATION_EARNED: 'CERTIFICATION_EARNED',
  TEAM_MILESTONE: 'TEAM_MILESTONE',
  KUDOS: 'KUDOS',
  CUSTOMER_PRAISE: 'CUSTOMER_PRAISE',
  SUCCESS_STORY: 'SUCCESS_STORY',
  WORK_ANNIVERSARY: 'WORK_ANNIVERSARY',
  MENTORSHIP_COMPLETED: 'MENTORSHIP_COMPLETED',
  LEARNING_EVENT: 'LEARNING_EVENT',
} as const;
export type CelebrationKind = (typeof CelebrationKind)[keyof typeof CelebrationKind];

/** The reactions the feed offers: a small fixed set, so counts stay meaningful. */
export const REACTION_EMOJI = ['👏', '🎉', '❤️', '🔥', '🙌', '💡'] as const;
export type ReactionEmoji = (typeof REACTION_EMOJI)[number];

export const MAX_COMMENT_LENGTH = 1000;
export const MAX_STORY_TITLE = 120;
export const MAX_STORY_BODY = 5000;
export const MAX_STORY_PEOPLE = 20;

export function validateReaction(emoji: string): ReactionEmoji {
  if (!(REACTION_EMOJI as readonly string[]).includes(emoji)) {
    throw new InvalidInputError('emoji', `react with one of ${REACTION_EMOJI.join(' ')}`);
  }
  return emoji as ReactionEmoji;
}

/** A comment's text, trimmed: 1 to 1000 characters. */
export function checkComment(body: string): string {
  const text = body.trim();
  if (text.length === 0) throw new InvalidInputError('body', 'write something first');
  if (text.length > MAX_COMMENT_LENGTH) throw new InvalidInputError('body', `a comment must be at most ${MAX_COMMENT_LENGTH} characters`);
  return text;
}

export interface StoryToPost {
  readonly title: string;
  readonly body: string;
  readonly userIds?: readonly string[] | null;
  readonly teamId?: string | null;
}

/** A success story's title and Markdown body, trimmed, about some people (each once), a team, or both. */
export function checkStory(story: StoryToPost): { title: string; body: string; userIds: string[]; teamId: string | null } {
  const title = story.title.trim();
  const body = story.body.trim();
  if (title.length === 0) throw new InvalidInputError('title', 'give the story a title');
  if (title.length > MAX_STORY_TITLE) throw new InvalidInputError('title', `the title must be at most ${MAX_STORY_TITLE} characters`);
  if (body.length === 0) throw new InvalidInputError('body', 'tell the story');
  if (body.length > MAX_STORY_BODY) throw new InvalidInputError('body', `the story must be at most ${MAX_STORY_BODY} characters`);
  const userIds = [...new Set(story.userIds ?? [])];
  if (userIds.length > MAX_STORY_PEOPLE) throw new InvalidInputError('userIds', `a story can be about at most ${MAX_STORY_PEOPLE} people`);
  const teamId = story.teamId ?? null;
  if (userIds.length === 0 && !teamId) throw new InvalidInputError('userIds', 'say whom the story is about: people, a team, or both');
  return { title, body, userIds, teamId };
}
