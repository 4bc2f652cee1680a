import fc from 'fast-check';
import { STATUS_LIST_LENGTH, statusListSlot } from './status-list.js';

describe('statusListSlot', () => {
  it('fills list 0 first, then moves to the next list', () => {
    expect(statusListSlot(0)).toEqual({ list: 0, index: 0 });
    expect(statusListSlot(STATUS_LIST_LENGTH - 1)).toEqual({ list: 0, index: STATUS_LIST_LENGTH - 1 });
    expect(statusListSlot(STATUS_LIST_LENGTH)).toEqual({ list: 1, index: 0 });
  });

  it('gives every position its own slot', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        const [one, two] = [statusListSlot(a), statusListSlot(b)];
        expect(one.list * STATUS_LIST_LENGTH + one.index).toBe(a);
        expect(a === b).toBe(one.list === two.list && one.index === two.index);
      }),
    );
  });

  it('refuses what is not a position', () => {
    for (const position of [-1, 1.5, Number.NaN]) expect(() => statusListSlot(position)).toThrow(RangeError);
  });
});
