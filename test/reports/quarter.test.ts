import { dayOfMonthAfter, quarterOf } from '../../src/common/quarter';

const now = new Date('2026-11-22T10:00:00+05:00');

describe('quarters in Asia/Almaty', () => {
  it('bounds a quarter by Almaty midnights, across the 2024 change from UTC+6 to UTC+5', () => {
    expect(quarterOf(2023, 4, now)).toMatchObject({
      firstDay: '2023-10-01',
      lastDay: '2023-12-31',
      from: new Date('2023-09-30T18:00:00.000Z'),
      to: new Date('2023-12-31T18:00:00.000Z'),
    });
    expect(quarterOf(2024, 1, now).to).toEqual(new Date('2024-03-31T19:00:00.000Z'));
  });

  it('puts the due day of Q4 in January of the next year and clamps it to the month', () => {
    expect(dayOfMonthAfter(quarterOf(2026, 4, now), 15)).toBe('2027-01-15');
    expect(dayOfMonthAfter(quarterOf(2026, 1, now), 31)).toBe('2026-04-30');
  });

  it('accepts 2019 to next year only', () => {
    expect(() => quarterOf(2018, 4, now)).toThrow('year must be from 2019 to 2027');
    expect(() => quarterOf(2028, 1, now)).toThrow('year must be');
    expect(quarterOf(2027, 4, now).lastDay).toBe('2027-12-31');
  });
});
