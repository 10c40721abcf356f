import { describe, expect, it } from "vitest";
import { findCommittee, findDate, findMeta } from "./meta";

describe("findCommittee", () => {
  it.each([
    ["Socialnämnden", "Socialnämnden"],
    ["Föredragningslista för Socialnämndens sammanträde", "Socialnämnden"],
    ["Barn- och utbildningsnämnden 2024-04-16", "Barn- och utbildningsnämnden"],
    ["Kallelse: Kommunstyrelsen kallas till sammanträde", "Kommunstyrelsen"],
    ["Kommunfullmäktige", "Kommunfullmäktige"],
    ["Stadsdelsnämnd Hässelby", "Stadsdelsnämnd"],
  ])("%s", (text, expected) => {
    expect(findCommittee(text)).toBe(expected);
  });

  it("ignores the word nämnden on its own", () => {
    expect(findCommittee("Nämnden föreslås besluta")).toBeNull();
    expect(findCommittee("yttrande till nämnden")).toBeNull();
  });
});

describe("findDate", () => {
  it.each([
    ["Sammanträde 2024-02-20", "2024-02-20"],
    ["tisdagen den 20 februari 2024 kl. 13.00", "2024-02-20"],
    ["den 5 mars 2024, 13:30", "2024-03-05"],
    ["20 feb. 2024", "2024-02-20"],
    ["1:e september 2024", "2024-09-01"],
    ["den 29 februari 2024", "2024-02-29"],
  ])("%s", (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });

  it("refuses impossible dates and bare years", () => {
    expect(findDate("2023-02-29")).toBeNull();
    expect(findDate("den 31 april 2024")).toBeNull();
    expect(findDate("Budget 2025")).toBeNull();
  });

  it("takes the earlier of a numeric and a worded date", () => {
    expect(findDate("den 3 mars 2024, justering 2024-03-10")).toBe("2024-03-03");
    expect(findDate("2024-03-01 (ersätter den 3 mars 2024)")).toBe("2024-03-01");
  });
});

describe("findMeta", () => {
  it("takes each fact from the first text that has it", () => {
    expect(
      findMeta(["Intranätet", "Socialnämnden", "Sammanträde 2024-02-20", "Kommunstyrelsen 2025-01-01"]),
    ).toEqual({
      committee: "Socialnämnden",
      meetingDate: "2024-02-20",
    });
  });
});
