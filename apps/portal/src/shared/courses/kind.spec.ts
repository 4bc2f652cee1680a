import { describe, expect, it } from 'vitest';
import { questionCount } from './kind';

describe('questionCount', () => {
  it('calls a scenario’s questions decision points and agrees with the number', () => {
    expect(questionCount('SCENARIO', 1)).toBe('1 decision point');
    expect(questionCount('SCENARIO', 2)).toBe('2 decision points');
    expect(questionCount('QUIZ', 1)).toBe('1 question');
    expect(questionCount('QUIZ', 3)).toBe('3 questions');
  });
});
