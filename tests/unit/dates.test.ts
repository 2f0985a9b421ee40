import { describe, expect, it } from "vitest";
import { athleteDatesOn } from "@/server/domain/athletes/schemas";
import { visitDatesOn } from "@/server/domain/assessments/schemas";
import {
  addDays, assertDates, calendarDate, dateOfDayNumber, dateProblem, dateRange, datedOn, dayNumberOf, daysBetween, yearsBefore, type DateRule,
} from "@/server/domain/dates";
import { DomainError } from "@/server/domain/errors";
import { shoeDatesOn } from "@/server/domain/shoes/schemas";

const today = "2026-12-02";

describe("calendar day arithmetic", () => {
  it.each<[string, number]>([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017],
    ["2026-12-02", 20789],
  ])("%s is day %i, and back", (date, day) => {
    expect(dayNumberOf(date)).toBe(day);
    expect(dateOfDayNumber(day)).toBe(date);
  });

  it.each(["2026-02-29", "2026-04-31", "2026-13-01", "2026-1-5", "02/12/2026", "", "2026-12-02T00:00:00Z"])("refuses %j", (date) => {
    expect(() => dayNumberOf(date)).toThrow(RangeError);
  });

  it.each<[string, number, string]>([
    ["2026-12-31", 1, "2027-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-03-29", 1, "2026-03-30"], // a daylight-saving change in Europe is still one day
    ["2026-12-02", 0, "2026-12-02"],
    ["2026-12-02", -30, "2026-11-02"],
  ])("%s + %i days is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
    expect(daysBetween(expected, date)).toBe(0 - days);
  });
});

describe("calendarDate", () => {
  it.each(["2026-02-28", "2024-02-29", "2000-02-29", "1900-01-01"])("accepts the real date %s", (d) => {
    expect(calendarDate.safeParse(d).success).toBe(true);
  });
  it.each(["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-1-5", "02/12/2026", "", "2026-12-02T10:00:00Z"])("refuses %j in plain words", (d) => {
    const result = calendarDate.safeParse(d);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter a real date (day, month and year)");
  });
});

describe("yearsBefore", () => {
  it.each([
    ["2026-12-02", 5, "2021-12-02"],
    ["2024-02-29", 1, "2023-02-28"],
    ["2024-02-29", 4, "2020-02-29"],
    ["2026-03-01", -5, "2031-03-01"],
  ])("%s minus %i years is %s", (date, years, expected) => {
    expect(yearsBefore(date, years)).toBe(expected);
  });
});

describe("dateProblem: both sides of every bound", () => {
  it.each<[DateRule, string, string | null]>([
    // Date of birth: age 5 to 110 on today, never in the future.
    ["dateOfBirth", "2021-12-02", null], // 5 today
    ["dateOfBirth", "2021-12-03", "The athlete must be at least 5 years old; check the year"], // 4 until tomorrow
    ["dateOfBirth", "2026-12-02", "The athlete must be at least 5 years old; check the year"],
    ["dateOfBirth", "2026-12-03", "The date of birth cannot be in the future"],
    ["dateOfBirth", "2031-12-02", "The date of birth cannot be in the future"],
    ["dateOfBirth", "1915-12-03", null], // 110 today
    ["dateOfBirth", "1915-12-02", "That date of birth would make the athlete older than 110; check the year"], // 111 today
    // Visits: not in the future (tomorrow allowed: the clinic may be a day ahead of UTC), not before 2000.
    ["visit", "2026-12-02", null],
    ["visit", "2026-12-03", null],
    ["visit", "2026-12-04", "The visit date cannot be in the future"],
    ["visit", "2000-01-01", null],
    ["visit", "1999-12-31", "A visit date before 2000 is not accepted; check the year"],
    ["visit", "0202-06-01", "A visit date before 2000 is not accepted; check the year"],
    // Shoe purchases: the same window.
    ["purchase", "2026-12-03", null],
    ["purchase", "2026-12-04", "The purchase date cannot be in the future"],
    ["purchase", "2000-01-01", null],
    ["purchase", "1999-12-31", "A purchase date before 2000 is not accepted; check the year"],
    // Goal race: up to a year behind, up to five years ahead.
    ["goal", "2025-12-02", null],
    ["goal", "2025-12-01", "The goal date is more than 1 year in the past; check the year"],
    ["goal", "2031-12-02", null],
    ["goal", "2031-12-03", "The goal date is more than 5 years ahead; check the year"],
  ])("%s %s → %s", (rule, date, problem) => {
    expect(dateProblem(rule, date, today)).toBe(problem);
    expect(datedOn(rule, today).safeParse(date).success).toBe(problem === null);
  });

  it("never accepts a date of birth before 1900, whatever today is", () => {
    expect(dateRange("dateOfBirth", "2005-06-01").min).toBe("1900-01-01");
    expect(dateProblem("dateOfBirth", "1899-12-31", "2005-06-01")).toMatch(/older than 110/);
  });

  it("gives the form's min and max from the same bounds", () => {
    expect(dateRange("dateOfBirth", today)).toEqual({ min: "1915-12-03", max: "2021-12-02" });
    expect(dateRange("visit", today)).toEqual({ min: "2000-01-01", max: "2026-12-03" });
    expect(dateRange("goal", today)).toEqual({ min: "2025-12-02", max: "2031-12-02" });
  });
});

describe("the dated fields of each input", () => {
  it("names the field that breaks its rule, in plain words", () => {
    const error = (() => {
      try {
        assertDates(athleteDatesOn(today), { dateOfBirth: "2031-07-01", goalDate: "2040-01-01" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("BAD_INPUT");
    expect((error as DomainError).fieldErrors).toEqual({
      dateOfBirth: ["The date of birth cannot be in the future"],
      goalDate: ["The goal date is more than 5 years ahead; check the year"],
    });
  });

  it.each([
    ["athlete without a goal date", athleteDatesOn(today), { dateOfBirth: "1990-05-01", goalDate: null }],
    ["visit today", visitDatesOn(today), { visitDate: today }],
    ["shoe without a purchase date", shoeDatesOn(today), { purchaseDate: null }],
  ])("accepts a %s", (_label, schema, input) => {
    expect(() => assertDates(schema, input)).not.toThrow();
  });
});
