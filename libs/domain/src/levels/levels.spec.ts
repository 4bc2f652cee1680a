import fc from 'fast-check';
import { LEVELS, levelFor, levelUp } from './levels.js';

describe('levelFor', () => {
  it('starts everyone at level 1 with no progress', () => {
    expect(levelFor(0)).toMatchObject({ number: 1, title: 'Newcomer', minPoints: 0, nextLevelPoints: 100, progress: 0 });
  });

  it('reaches a level exactly at its threshold', () => {
    for (const level of LEVELS) {
      expect(levelFor(level.minPoints).number).toBe(level.number);
      if (level.minPoints > 0) expect(levelFor(level.minPoints - 1).number).toBe(level.number - 1);
    }
  });

  it('reports progress halfway between two thresholds', () => {
    expect(levelFor(175).progress).toBeCloseTo(0.5);
  });

  it('tops out with full progress and no next level', () => {
    const top = LEVELS[LEVELS.length - 1]!;
    expect(levelFor(top.minPoints * 10)).toMatchObject({ number: top.number, nextLevelPoints: null, progress: 1 });
  });

  it('treats negative totals as zero', () => {
    expect(levelFor(-50)).toEqual(levelFor(0));
  });

  it('never goes down as points grow, and keeps progress within 0..1', () => {
    fc.assert(
      fc.property(fc.nat(50_000), fc.nat(5_000), (points, more) => {
        const before = levelFor(points);
        const after = levelFor(points + more);
        expect(after.number).toBeGreaterThanOrEqual(before.number);
        expect(before.progress).toBeGreaterThanOrEqual(0);
        expect(before.progress).toBeLessThanOrEqual(1);
        expect(points).toBeGreaterThanOrEqual(before.minPoints);
        if (before.nextLevelPoints !== null) expect(points).toBeLessThan(before.nextLevelPoints);
      }),
    );
  });
});

describe('levelUp', () => {
  it('names the new level when a threshold is crossed', () => {
    expect(levelUp(90, 260)).toMatchObject({ number: 3, title: 'Problem Solver' });
  });

  it('is null when the level stays the same', () => {
    expect(levelUp(100, 249)).toBeNull();
  });

  it('is non-null exactly when the level number rises', () => {
    fc.assert(
      fc.property(fc.nat(20_000), fc.nat(3_000), (before, gained) => {
        const crossed = levelUp(before, before + gained);
        expect(crossed !== null).toBe(levelFor(before + gained).number > levelFor(before).number);
      }),
    );
  });
});
