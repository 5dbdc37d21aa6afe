import { DateScalar, DateTimeScalar, DecimalScalar } from '../../src/common/scalars';

// The wire formats of the contract (../shared/contract): Date YYYY-MM-DD, DateTime ISO-8601 with offset, Decimal an exact string.
describe('scalars', () => {
  it('Date takes and gives YYYY-MM-DD days that exist', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.serialize(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
    for (const bad of ['2026-02-30', '2026-1-01', ' 2026-01-01', 20260101]) {
      expect(() => DateScalar.parseValue(bad)).toThrow('Date must be a calendar date YYYY-MM-DD');
    }
  });

  it('DateTime takes ISO-8601 with an offset, refuses a day that does not exist, gives toISOString', () => {
    expect((DateTimeScalar.parseValue('2026-03-02T10:00+05:00') as Date).toISOString()).toBe('2026-03-02T05:00:00.000Z');
    expect(DateTimeScalar.serialize(new Date('2026-03-02T05:00:00+00:00'))).toBe('2026-03-02T05:00:00.000Z');
    for (const bad of ['2026-02-30T10:00:00Z', '2026-03-02T10:00:00', 'yesterday']) {
      expect(() => DateTimeScalar.parseValue(bad)).toThrow('DateTime must be ISO-8601 with an offset');
    }
  });

  it('Decimal stays exact and a string', () => {
    expect(DecimalScalar.parseValue('12345678901234567.123456')).toBe('12345678901234567.123456');
    expect(() => DecimalScalar.parseValue('1e3')).toThrow('Decimal must be a decimal number');
  });
});
