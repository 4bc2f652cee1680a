import { InvalidInputError } from '../errors/domain-errors.js';

export interface ScorableQuestion {
  readonly choices: readonly string[];
  readonly answerIndex: number;
}

export interface QuizResult {
  /** 0..100, rounded down so that a pass is never granted by rounding. */
  readonly score: number;
  readonly passed: boolean;
  /** Whether each answer was right, in question order. */
  readonly correct: readonly boolean[];
}

/**
 * Scores a QUIZ or SCENARIO attempt on the server. `answers` holds the chosen
 * choice index per question, in order; `passingScore` is a percentage.
 */
export function scoreAnswers(
  questions: readonly ScorableQuestion[],
  answers: readonly number[] | null | undefined,
  passingScore: number,
): QuizResult {
  if (!answers || answers.length !== questions.length) {
    throw new InvalidInputError(
      'answers',
      `answers must hold one choice per question: expected ${questions.length}, got ${answers?.length ?? 0}`,
    );
  }
  const correct = questions.map((question, index) => {
    const answer = answers[index]!;
    if (!Number.isInteger(answer) || answer < 0 || answer >= question.choices.length) {
      throw new InvalidInputError('answers', `answer ${index + 1} must be a choice index from 0 to ${question.choices.length - 1}`);
    }
    return answer === question.answerIndex;
  });
  const right = correct.filter(Boolean).length;
  const score = questions.length === 0 ? 100 : Math.floor((right * 100) / questions.length);
  return { score, passed: score >= passingScore, correct };
}
