import { InvalidInputError } from '../errors/domain-errors.js';
import { requireOpenForLearning } from './course-status.js';

describe('requireOpenForLearning', () => {
  it('lets a published course through and says why a draft or an archived one is closed', () => {
    expect(() => requireOpenForLearning({ status: 'PUBLISHED', title: 'Calm calls' }, 'courseId')).not.toThrow();
    expect(() => requireOpenForLearning({ status: 'DRAFT', title: 'Calm calls' }, 'courseId')).toThrow(
      new InvalidInputError('courseId', '“Calm calls” is not published yet'),
    );
    expect(() => requireOpenForLearning({ status: 'ARCHIVED', title: 'Calm calls' }, 'moduleId')).toThrow(
      new InvalidInputError('moduleId', '“Calm calls” is archived'),
    );
  });
});
