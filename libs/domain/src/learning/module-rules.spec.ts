import { DEFAULT_PASSING_SCORE, validateModuleDraft } from './module-rules.js';

const question = { choices: ['Apologise and own it', 'Blame the courier'], answerIndex: 0 };

describe('validateModuleDraft', () => {
  it('accepts a lesson without questions and gives it no passing score', () => {
    expect(validateModuleDraft({ kind: 'LESSON' })).toBeNull();
  });

  it('refuses questions or a passing score on a lesson', () => {
    expect(() => validateModuleDraft({ kind: 'LESSON', questions: [question] })).toThrow('a LESSON module has no questions');
    expect(() => validateModuleDraft({ kind: 'VIDEO', passingScore: 50 })).toThrow('has no passing score');
  });

  it('gives a quiz the default passing score', () => {
    expect(validateModuleDraft({ kind: 'QUIZ', questions: [question] })).toBe(DEFAULT_PASSING_SCORE);
  });

  it('requires questions on quizzes and scenarios', () => {
    expect(() => validateModuleDraft({ kind: 'SCENARIO', questions: [] })).toThrow('needs at least one question');
  });

  it('requires the right answer to be one of the choices', () => {
    expect(() => validateModuleDraft({ kind: 'QUIZ', questions: [{ ...question, answerIndex: 2 }] })).toThrow(
      'question 1: answerIndex must point at one of its 2 choices',
    );
  });

  it('requires two to six distinct choices', () => {
    expect(() => validateModuleDraft({ kind: 'QUIZ', questions: [{ choices: ['only'], answerIndex: 0 }] })).toThrow('2 to 6 choices');
    expect(() => validateModuleDraft({ kind: 'QUIZ', questions: [{ choices: ['Yes', 'yes '], answerIndex: 0 }] })).toThrow(
      'the same choice twice',
    );
  });

  it('keeps the passing score a percentage', () => {
    expect(() => validateModuleDraft({ kind: 'QUIZ', questions: [question], passingScore: 0 })).toThrow('from 1 to 100');
    expect(() => validateModuleDraft({ kind: 'QUIZ', questions: [question], passingScore: 101 })).toThrow('from 1 to 100');
    expect(validateModuleDraft({ kind: 'QUIZ', questions: [question], passingScore: 100 })).toBe(100);
  });
});
