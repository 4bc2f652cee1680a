import { fieldInWords, inWords } from './field-words.js';

describe('inWords', () => {
  it.each([
    ['dueAt must be in the future', 'dueAt', 'Due date must be in the future'],
    ['title must be 1 to 120 characters', 'title', 'Title must be 1 to 120 characters'],
    ['csat must be a whole number from 1 to 5', 'csat', 'CSAT must be a whole number from 1 to 5'],
    ['passingScore must be a whole percentage from 1 to 100', 'passingScore', 'Passing score must be a whole percentage from 1 to 100'],
    ['question 2 prompt must be 1 to 500 characters', 'questions.1.prompt', 'Question 2 prompt must be 1 to 500 characters'],
    [
      'question 2: answerIndex must point at one of its 3 choices',
      'questions',
      'Question 2: correct answer must point at one of its 3 choices',
    ],
    ['feedback with this externalId was already recorded', 'externalId', 'Feedback with this ticket id was already recorded'],
    ['courseId is not a valid id', 'courseId', 'Course is not a valid id'],
  ])('%j reads %j', (message, field, expected) => {
    expect(inWords(message, field)).toBe(expected);
  });

  it('keeps what the message quotes as it was written', () => {
    expect(inWords('a badge named “firstCall” already exists', 'name')).toBe('A badge named “firstCall” already exists');
    expect(inWords('"myCourse" is not published yet', 'courseId')).toBe('"myCourse" is not published yet');
  });

  it('keeps a value that starts the message as written', () => {
    expect(inWords('ava@example.com is already a member of this organisation', 'email')).toBe(
      'ava@example.com is already a member of this organisation',
    );
  });

  it('splits a field it does not know into words', () => {
    expect(fieldInWords('idempotencyKey')).toBe('idempotency key');
    expect(fieldInWords('title')).toBe('title');
  });
});
