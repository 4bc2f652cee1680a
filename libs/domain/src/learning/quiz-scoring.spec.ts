import fc from 'fast-check';
import { scoreAnswers } from './quiz-scoring.js';

const questions = [
  { choices: ['a', 'b', 'c'], answerIndex: 1 },
  { choices: ['a', 'b'], answerIndex: 0 },
  { choices: ['a', 'b', 'c', 'd'], answerIndex: 3 },
];

describe('scoreAnswers', () => {
  it('scores every right answer as a pass', () => {
    expect(scoreAnswers(questions, [1, 0, 3], 70)).toEqual({ score: 100, passed: true, correct: [true, true, true] });
  });

  it('fails below the passing score and says which answers were wrong', () => {
    expect(scoreAnswers(questions, [1, 1, 0], 70)).toEqual({ score: 33, passed: false, correct: [true, false, false] });
  });

  it('rounds down so that 2 of 3 does not pass a 67% bar', () => {
    expect(scoreAnswers(questions, [1, 0, 0], 67)).toMatchObject({ score: 66, passed: false });
  });

  it('rejects a missing or short answer list', () => {
    expect(() => scoreAnswers(questions, undefined, 70)).toThrow('expected 3, got 0');
    expect(() => scoreAnswers(questions, [1, 0], 70)).toThrow('expected 3, got 2');
  });

  it('rejects answers outside the choices', () => {
    expect(() => scoreAnswers(questions, [1, 2, 3], 70)).toThrow('answer 2 must be a choice index from 0 to 1');
    expect(() => scoreAnswers(questions, [-1, 0, 3], 70)).toThrow('answer 1');
  });

  it('passes exactly when the share of right answers reaches the bar', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 100 }), (rights, bar) => {
        const qs = rights.map(() => ({ choices: ['x', 'y'], answerIndex: 0 }));
        const result = scoreAnswers(
          qs,
          rights.map((right) => (right ? 0 : 1)),
          bar,
        );
        expect(result.correct).toEqual(rights);
        const share = (rights.filter(Boolean).length * 100) / rights.length;
        expect(result.passed).toBe(Math.floor(share) >= bar);
      }),
    );
  });
});
