import { InvalidInputError } from '../errors/domain-errors.js';
import type { ScorableQuestion } from './quiz-scoring.js';

/** LESSON and VIDEO are read or watched; QUIZ and SCENARIO (a role-play) are answered and scored. */
export const ModuleKind = { LESSON: 'LESSON', QUIZ: 'QUIZ', SCENARIO: 'SCENARIO', VIDEO: 'VIDEO' } as const;
export type ModuleKind = (typeof ModuleKind)[keyof typeof ModuleKind];

export const MIN_CHOICES = 2;
export const MAX_CHOICES = 6;
export const MAX_QUESTIONS = 50;
/** Used when a QUIZ or SCENARIO is added without a passing score. */
export const DEFAULT_PASSING_SCORE = 70;

export interface ModuleDraft {
  readonly kind: ModuleKind;
  readonly passingScore?: number | null;
  readonly questions?: readonly ScorableQuestion[] | null;
}

/** Kinds the learner answers questions in; the others are read or watched. */
export function isScored(kind: ModuleKind): boolean {
  return kind === 'QUIZ' || kind === 'SCENARIO';
}

/**
 * Checks a module before it is added to a course and returns its passing score:
 * scored kinds need questions with a right answer among 2-6 choices, the others
 * take neither questions nor a passing score.
 */
export function validateModuleDraft(draft: ModuleDraft): number | null {
  const questions = draft.questions ?? [];
  if (!isScored(draft.kind)) {
    if (questions.length > 0) throw new InvalidInputError('questions', `a ${draft.kind} module has no questions`);
    if (draft.passingScore != null) {
      throw new InvalidInputError('passingScore', `a ${draft.kind} module has no passing score`);
    }
    return null;
  }
  if (questions.length === 0) throw new InvalidInputError('questions', `a ${draft.kind} module needs at least one question`);
  if (questions.length > MAX_QUESTIONS) {
    throw new InvalidInputError('questions', `a module holds at most ${MAX_QUESTIONS} questions`);
  }
  questions.forEach((question, index) => {
    const where = `question ${index + 1}`;
    if (question.choices.length < MIN_CHOICES || question.choices.length > MAX_CHOICES) {
      throw new InvalidInputError('questions', `${where} needs ${MIN_CHOICES} to ${MAX_CHOICES} choices`);
    }
    if (!Number.isInteger(question.answerIndex) || question.answerIndex < 0 || question.answerIndex >= question.choices.length) {
      throw new InvalidInputError('questions', `${where}: answerIndex must point at one of its ${question.choices.length} choices`);
    }
    if (new Set(question.choices.map((choice) => choice.trim().toLowerCase())).size !== question.choices.length) {
      throw new InvalidInputError('questions', `${where} has the same choice twice`);
    }
  });
  const passingScore = draft.passingScore ?? DEFAULT_PASSING_SCORE;
  if (!Number.isInteger(passingScore) || passingScore < 1 || passingScore > 100) {
    throw new InvalidInputError('passingScore', 'passingScore must be a whole percentage from 1 to 100');
  }
  return passingScore;
}
