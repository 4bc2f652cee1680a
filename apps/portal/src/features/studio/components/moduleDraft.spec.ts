import { describe, expect, it } from 'vitest';
import { moduleProblems, questionInputs } from './moduleDraft';
import type { DraftQuestion } from './QuestionEditor';

const question = (prompt: string, choices: string[]): DraftQuestion => ({ key: prompt, prompt, choices, answerIndex: 1, explanation: '' });

describe('moduleProblems', () => {
  it('accepts a lesson with a title and points, whatever its questions', () => {
    expect(moduleProblems({ title: 'Listen', kind: 'LESSON', body: '', points: '10', passingScore: '' }, [])).toEqual({});
  });

  it('names the field of each problem in words', () => {
    expect(moduleProblems({ title: ' ', kind: 'QUIZ', body: '', points: '-1', passingScore: '0' }, [question('Why?', ['a', 'b'])])).toEqual(
      {
        title: 'Title must be 1 to 120 characters',
        points: 'Points must be a whole number from 0 to 500',
        passingScore: 'Passing score must be a whole number from 1 to 100',
      },
    );
  });

  it('calls a scenario’s questions decision points', () => {
    const draft = { title: 'Angry caller', kind: 'SCENARIO' as const, body: '', points: '10', passingScore: '70' };
    expect(moduleProblems(draft, [question('', ['a', 'b'])]).questions).toBe('Decision point 1 needs a prompt');
    expect(moduleProblems(draft, [question('Now?', ['Wait', ' wait '])]).questions).toBe('Decision point 1 has the same choice twice');
    expect(moduleProblems({ ...draft, kind: 'QUIZ' }, [question('Now?', ['a', ''])]).questions).toBe(
      'Question 1 has an empty choice: fill it in or remove it',
    );
  });

  it('turns questions into the API’s input, trimmed, with an empty explanation left out', () => {
    expect(questionInputs([question(' Why? ', [' a', 'b '])])).toEqual([
      { prompt: 'Why?', choices: ['a', 'b'], answerIndex: 1, explanation: null },
    ]);
  });
});
