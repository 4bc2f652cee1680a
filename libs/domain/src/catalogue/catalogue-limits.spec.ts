import { ConflictError } from '../errors/domain-errors.js';
import { MAX_BADGES, requireRoom } from './catalogue-limits.js';

describe('requireRoom', () => {
  it('lets the last one in and refuses the one after, naming the field', () => {
    expect(() => requireRoom(MAX_BADGES - 1, MAX_BADGES, 'name', 'badges')).not.toThrow();
    expect(() => requireRoom(MAX_BADGES, MAX_BADGES, 'name', 'badges')).toThrow(
      new ConflictError('name', 'there can be at most 200 badges'),
    );
  });
});
