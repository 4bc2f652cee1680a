import type { ModuleKind } from '@/gql/graphql';
import type { DraftQuestion } from './QuestionEditor';

/** A module as typed into the form, numbers still as text. */
export interface ModuleDraft {
  readonly title: string;
  readonly kind: ModuleKind;
  readonly body: string;
  readonly points: string;
  readonly passingScore: string;
}

export type ModuleProblems = Partial<Record<'title' | 'points' | 'passingScore' | 'questions', string>>;

export function isScoredKind(kind: ModuleKind): boolean {
  return kind === 'QUIZ' || kind === 'SCENARIO';
}

function wholeBetween(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
}

/** What the server would refuse, found before sending and said the same way; questions are named as the author knows them. */
export function moduleProblems(draft: ModuleDraft, questions: readonly DraftQuestion[]): ModuleProblems {
  const problems: ModuleProblems = {};
  const title = draft.title.trim();
  if (title.length < 1 || title.length > 120) problems.title = 'Title must be 1 to 120 characters';
  if (!wholeBetween(draft.points, 0, 500)) problems.points = 'Points must be a whole number from 0 to 500';
  if (!isScoredKind(draft.kind)) return problems;
  if (!wholeBetween(draft.passingScore, 1, 100)) problems.passingScore = 'Passing score must be a whole number from 1 to 100';
  const noun = draft.kind === 'SCENARIO' ? 'Decision point' : 'Question';
  for (const [index, question] of questions.entries()) {
    if (!question.prompt.trim()) {
      problems.questions = `${noun} ${index + 1} needs a prompt`;
      break;
    }
    if (question.choices.some((choice) => !choice.trim())) {
      problems.questions = `${noun} ${index + 1} has an empty choice: fill it in or remove it`;
      break;
    }
    const folded = question.choices.map((choice) => choice.trim().toLowerCase());
    if (new Set(folded).size !== folded.length) {
      problems.questions = `${noun} ${index + 1} has the same choice twice`;
      break;
    }
  }
  if (questions.length === 0) problems.questions = `Add at least one ${noun.toLowerCase()}`;
  return problems;
}

export function questionInputs(questions: readonly DraftQuestion[]) {
  return questions.map((question) => ({
    prompt: question.prompt.trim(),
    choices: question.choices.map((choice) => choice.trim()),
    answerIndex: question.answerIndex,
    explanation: question.explanation.trim() || null,
  }));
}
