import { expect } from '@open-wc/testing';
import { addDays, addMonths, daysInMonth, firstOfMonth, isRealDate, localToday, toIsoDate } from '../../src/model/dates.js';

describe('dates', () => {
  describe('isRealDate', () => {
    it('accepts an ordinary date', () => {
      expect(isRealDate('2026-11-26')).to.equal(true);
    });

    it('accepts 29 February in a leap year', () => {
      expect(isRealDate('2024-02-29')).to.equal(true);
      expect(isRealDate('2000-02-29')).to.equal(true);
    });

    it('refuses 29 February outside a leap year (including century years)', () => {
      expect(isRealDate('2025-02-29')).to.equal(false);
      expect(isRealDate('1900-02-29')).to.equal(false);
    });

    it('refuses days that do not exist in the month', () => {
      expect(isRealDate('2026-02-30')).to.equal(false);
      expect(isRealDate('2026-04-31')).to.equal(false);
      expect(isRealDate('2026-01-32')).to.equal(false);
      expect(isRealDate('2026-01-00')).to.equal(false);
    });

    it('refuses months outside 01–12', () => {
      expect(isRealDate('2026-13-01')).to.equal(false);
      expect(isRealDate('2026-00-10')).to.equal(false);
    });

    it('accepts the last day of each month and the year boundaries', () => {
      expect(isRealDate('2026-04-30')).to.equal(true);
      expect(isRealDate('2026-12-31')).to.equal(true);
      expect(isRealDate('2027-01-01')).to.equal(true);
    });

    it('refuses anything not written exactly YYYY-MM-DD', () => {
      for (const value of [
        '',
        '2026-1-01',
        '2026-01-1',
        '26-01-01',
        '2026/01/01',
        '01-01-2026',
        ' 2026-01-01',
        '2026-01-01 ',
        '2026-01-01T00:00:00Z',
        '20260101',
        'not a date',
      ]) {
        expect(isRealDate(value), JSON.stringify(value)).to.equal(false);
      }
    });

    it('refuses non-ASCII digits', () => {
      expect(isRealDate('２０２６-０１-０１')).to.equal(false);
    });
  });

  describe('addDays', () => {
    it('adds within a month', () => {
      expect(addDays('2026-11-26', 3)).to.equal('2026-11-29');
    });

    it('crosses month and year ends', () => {
      expect(addDays('2026-11-30', 1)).to.equal('2026-12-01');
      expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    });

    it('lands on 29 February in a leap year only', () => {
      expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
      expect(addDays('2025-02-28', 1)).to.equal('2025-03-01');
    });

    it('subtracts with a negative count', () => {
      expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
      expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    });

    it('returns the same date for zero', () => {
      expect(addDays('2026-06-15', 0)).to.equal('2026-06-15');
    });

    it('is not shifted by daylight-saving changes', () => {
      // EU and US clock changes in 2026.
      expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
      expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
      expect(addDays('2026-03-08', 1)).to.equal('2026-03-09');
      expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    });

    it('handles long spans', () => {
      expect(addDays('2026-01-01', 365)).to.equal('2027-01-01');
      expect(addDays('2024-01-01', 366)).to.equal('2025-01-01');
    });
  });

  describe('addMonths', () => {
    it('keeps the day of month when it exists', () => {
      expect(addMonths('2026-01-15', 1)).to.equal('2026-02-15');
    });

    it('clamps 31 January + 1 month to the end of February', () => {
      expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
      expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    });

    it('clamps to 30-day months', () => {
      expect(addMonths('2026-03-31', 1)).to.equal('2026-04-30');
    });

    it('crosses the year end', () => {
      expect(addMonths('2026-11-30', 3)).to.equal('2027-02-28');
      expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
    });

    it('goes backwards with a negative count', () => {
      expect(addMonths('2026-03-31', -1)).to.equal('2026-02-28');
      expect(addMonths('2026-01-10', -1)).to.equal('2025-12-10');
    });

    it('adds whole years, clamping 29 February', () => {
      expect(addMonths('2026-05-20', 12)).to.equal('2027-05-20');
      expect(addMonths('2024-02-29', 12)).to.equal('2025-02-28');
      expect(addMonths('2024-02-29', 48)).to.equal('2028-02-29');
    });

    it('returns the same date for zero', () => {
      expect(addMonths('2026-01-31', 0)).to.equal('2026-01-31');
    });
  });

  describe('daysInMonth', () => {
    it('knows each month length', () => {
      const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      lengths.forEach((days, i) => {
        const iso = `2026-${String(i + 1).padStart(2, '0')}-10`;
        expect(daysInMonth(iso), iso).to.equal(days);
      });
    });

    it('applies the leap-year rules to February', () => {
      expect(daysInMonth('2024-02-01')).to.equal(29);
      expect(daysInMonth('2025-02-01')).to.equal(28);
      expect(daysInMonth('2000-02-01')).to.equal(29);
      expect(daysInMonth('1900-02-01')).to.equal(28);
    });

    it('does not depend on the day given', () => {
      expect(daysInMonth('2026-04-01')).to.equal(30);
      expect(daysInMonth('2026-04-30')).to.equal(30);
    });
  });

  describe('firstOfMonth', () => {
    it('returns day 01 of the same month', () => {
      expect(firstOfMonth('2026-11-26')).to.equal('2026-11-01');
      expect(firstOfMonth('2024-02-29')).to.equal('2024-02-01');
      expect(firstOfMonth('2026-12-01')).to.equal('2026-12-01');
    });
  });

  describe('toIsoDate and localToday', () => {
    it('toIsoDate writes the UTC calendar date', () => {
      expect(toIsoDate(new Date(Date.UTC(2026, 0, 31, 23, 59)))).to.equal('2026-01-31');
    });

    it('localToday uses the local calendar date, late in the evening and just after midnight', () => {
      // Built with the local-time constructor, so these hold in any time zone.
      expect(localToday(new Date(2026, 0, 31, 23, 59))).to.equal('2026-01-31');
      expect(localToday(new Date(2026, 1, 1, 0, 1))).to.equal('2026-02-01');
      expect(localToday(new Date(2026, 11, 31, 12, 0))).to.equal('2026-12-31');
    });

    /** A Date at the given UTC instant that reports the given offset (minutes behind UTC, as JS does). */
    const at = (utc: number, timezoneOffset: number) => Object.assign(new Date(utc), { getTimezoneOffset: () => timezoneOffset });

    it('localToday is already tomorrow east of UTC when UTC is still today', () => {
      expect(localToday(at(Date.UTC(2026, 0, 31, 23, 30), -120))).to.equal('2026-02-01'); // UTC+2
    });

    it('localToday is still yesterday west of UTC when UTC is already today', () => {
      expect(localToday(at(Date.UTC(2027, 0, 1, 2, 0), 300))).to.equal('2026-12-31'); // UTC−5
    });
  });
});
