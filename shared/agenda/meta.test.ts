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
    ["Kallelse till kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"],
    ["Farsta stadsdelsnämnd – sammanträde", "Farsta stadsdelsnämnd"],
    ["Nämnden för hälsa och åldrande · Torsdag", "Nämnden för hälsa och åldrande"],
  ])("%s", (text, expected) => {
    expect(findCommittee(text)).toBe(expected);
  });

  // Twelfth round: a district named with a word of direction before it (blind 11's "Söderorts stadsdelsnämnd").
  it.each([
    ["Norra Innerstadens stadsdelsnämnd", "Norra Innerstadens stadsdelsnämnd"],
    ["Kallelse till Östra Bergsby stadsdelsnämnd 2025-11-04", "Östra Bergsby stadsdelsnämnd"],
    ["Sydvästra Lundens stadsdelsnämnds sammanträde", "Sydvästra Lundens stadsdelsnämnd"],
    ["Föredragningslista Kransby stadsdelsnämnd", "Kransby stadsdelsnämnd"],
  ])("a district's direction word: %s", (text, expected) => {
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
  it("takes each fact from the first text that has it, among equals", () => {
    expect(
      findMeta(["Intranätet", "Socialnämnden", "Sammanträde 2024-02-20", "Kommunstyrelsen 2025-01-01"]),
    ).toEqual({
      committee: "Socialnämnden",
      meetingDate: "2024-02-20",
    });
  });

  // Twelfth round: an agenda sent by e-mail (blind 11's "Kopia: Kommunstyrelsen" taken for the body).
  it("takes no body from a mail's address fields, and the body whose meeting a sentence names", () => {
    const mail = (cc: string, sentence: string, heading: string) =>
      findMeta([`Från: Eva Sund <eva.sund@ornby.se>`, `Kopia: ${cc}`, "Ämne: Kallelse", sentence, heading])
        .committee;
    expect(
      mail(
        "Kommunstyrelsen; Ekonomikontoret",
        "Välkomna till miljö- och byggnadsnämndens sammanträde 2025-09-04.",
        "Miljö- och byggnadsnämnden 2025-09-04",
      ),
    ).toBe("Miljö- och byggnadsnämnden");
    expect(mail("Socialnämnden", "Här är kallelsen till tekniska nämndens möte.", "Tekniska nämnden")).toBe(
      "Tekniska nämnden",
    );
    expect(
      findMeta(["Till: Barn- och utbildningsnämnden", "Cc: Kommunstyrelsen", "Kallelse till sammanträde"])
        .committee,
    ).toBe("Barn- och utbildningsnämnden");
    // Not a meeting: a remiss to another body keeps its weight.
    expect(findMeta(["Kulturnämnden", "Yttrande till kommunstyrelsens sammanträde"]).committee).toBe(
      "Kulturnämnden",
    );
  });

  it("weighs the words around each candidate: the meeting's date over the sending date, the body that meets over a remiss's", () => {
    expect(
      findMeta([
        "Socialnämnden   Datum 2024-04-12",
        "Remiss från Kommunstyrelsen",
        "Tid: tisdagen den 23 april 2024 kl. 13.00",
        "Kallelsen skickades ut 2024-04-10",
      ]),
    ).toEqual({ committee: "Socialnämnden", meetingDate: "2024-04-23" });
    expect(findMeta(["Anslagen 2024-02-15", "Sammanträde med regionstyrelsen onsdag 12 juni 2024"])).toEqual({
      committee: "Regionstyrelsen",
      meetingDate: "2024-06-12",
    });
  });
});

describe("committee names of round 30b", () => {
  it.each([
    // A district named by two or three hyphened parts, in the genitive.
    ["Till ledamöterna i Rinkeby-Kista stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd"],
    ["Kallelse till Norrby-Åsa-Lunds stadsdelsnämnd", "Norrby-Åsa-Lunds stadsdelsnämnd"],
    // A samverkan group and its administration in lower case after it.
    [
      "Förvaltningssamverkansgrupp (FSG) kulturförvaltningen",
      "Förvaltningssamverkansgrupp (FSG) kulturförvaltningen",
    ],
    [
      "Förvaltningssamverkansgrupp (FSG), miljö- och byggförvaltningen",
      "Förvaltningssamverkansgrupp (FSG), miljö- och byggförvaltningen",
    ],
    // A board and, after a comma, the federation or company it is of.
    ["Direktionen, Norra Dalens Räddningstjänstförbund", "Direktionen, Norra Dalens Räddningstjänstförbund"],
    ["Styrelsen, Ekbacka Vatten AB", "Styrelsen, Ekbacka Vatten AB"],
  ])("%s → %s", (text, committee) => {
    expect(findCommittee(text)).toBe(committee);
  });

  it("keeps a board named by its kind alone before a weekday", () => {
    expect(findCommittee("Direktionen, Måndag 12 juni 2023")).toBe("Direktionen");
  });

  it("joins a compound name broken after its 'och' at a line's end", () => {
    expect(findMeta(["Nämnd", "Kultur- och", "fritidsnämnden", "Sammanträdesdag 2025-03-04"]).committee).toBe(
      "Kultur- och fritidsnämnden",
    );
    expect(findMeta(["Bygg- och", "2025-03-04", "Tekniska nämnden"]).committee).toBe("Tekniska nämnden");
  });
});
