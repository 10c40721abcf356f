import { describe, expect, it } from "vitest";
import type { Meeting } from "../model/meeting";
import { displayText, fillPlaceholders, placeholderParts, unknownPlaceholders } from "./placeholders";
import { header000 } from "./testing/example000";

const meeting: Meeting = {
  ...header000,
  chair: { name: "Lee Orberon" },
  roster: { employer: [], unions: [], absent: [] },
  justerare: [],
  justeringDate: "2019-05-03",
};

describe("fillPlaceholders", () => {
  it("fills date, administration, number and committee", () => {
    expect(
      fillPlaceholders(
        "Minnesanteckningar från samverkansgrupp FSG/VSG – {förvaltning} den {datum}",
        meeting,
      ),
    ).toBe("Minnesanteckningar från samverkansgrupp FSG/VSG – Socialförvaltningen den 29 april 2019");
    expect(fillPlaceholders("Bilaga till protokoll {nr}", meeting)).toBe("Bilaga till protokoll 4/2019");
    expect(fillPlaceholders("Föredragningslistan {nämnd}", meeting)).toBe(
      "Föredragningslistan Socialnämnden",
    );
    expect(fillPlaceholders("{ordförande} öppnade mötet kl. {tid} ({plats}, {år}).", meeting)).toBe(
      "Lee Orberon öppnade mötet kl. 13:00 (Bredgatan 515, 2019).",
    );
  });

  it("writes the justering day with its weekday, the year only when it differs", () => {
    expect(fillPlaceholders("Justering sker {justeringsdag}.", meeting)).toBe(
      "Justering sker fredagen den 3 maj.",
    );
    const nextYear = { ...meeting, justeringDate: "2020-01-03" };
    expect(fillPlaceholders("{justeringsdag}", nextYear)).toBe("fredagen den 3 januari 2020");
    expect(fillPlaceholders("{veckodag}", meeting)).toBe("måndagen den 29 april 2019");
  });

  it("writes the day comments are due, with its weekday and the time when given", () => {
    const due: Meeting = { ...meeting, commentsDueDate: "2019-05-02", commentsDueTime: "13:00" };
    expect(
      fillPlaceholders("Synpunkter ska ha inkommit till arbetsgivaren senast {synpunkter_senast}.", due),
    ).toBe("Synpunkter ska ha inkommit till arbetsgivaren senast torsdagen den 2 maj kl. 13:00.");
    const dateOnly: Meeting = { ...meeting, commentsDueDate: "2020-01-02" };
    expect(fillPlaceholders("{synpunkter_senast}", dateOnly)).toBe("torsdagen den 2 januari 2020");
    expect(fillPlaceholders("{synpunkter_senast}", { ...meeting, commentsDueTime: "13:00" })).toBe(
      "{synpunkter_senast}",
    );
  });

  it("fills the negotiation outcome", () => {
    const negotiation: Meeting = { ...meeting, negotiation: { endedOn: "2024-02-15", result: "oenighet" } };
    expect(fillPlaceholders("Förhandlingen förklaras avslutad i {utfall} den {avslutad}.", negotiation)).toBe(
      "Förhandlingen förklaras avslutad i oenighet den 15 februari 2024.",
    );
  });

  it("leaves placeholders without a value, and unknown ones, as written", () => {
    expect(fillPlaceholders("{sekreterare} – {grupp} – {okänd}", meeting)).toBe(
      "{sekreterare} – {grupp} – {okänd}",
    );
    expect(fillPlaceholders("{toString} {constructor}", meeting)).toBe("{toString} {constructor}");
    expect(unknownPlaceholders("{datum} {okänd} {nr}")).toEqual(["okänd"]);
  });
});

describe("displayText", () => {
  it("fills what the meeting knows and names what it does not yet know in brackets", () => {
    expect(displayText("Föredragningslistan {nämnd}", { ...meeting, committee: undefined })).toBe(
      "Föredragningslistan (nämnd)",
    );
    expect(displayText("Föredragningslistan {nämnd}", meeting)).toBe("Föredragningslistan Socialnämnden");
    expect(displayText("{grupp} den {datum}", meeting)).toBe("(grupp) den 29 april 2019");
  });
});

describe("placeholderParts", () => {
  it("cuts a text at its known placeholders, each with its value or as written while there is none", () => {
    expect(
      placeholderParts("Justering sker {justeringsdag}, plats {plats} {okänd}.", {
        ...meeting,
        place: undefined,
      }),
    ).toEqual([
      { text: "Justering sker " },
      { text: "fredagen den 3 maj", field: "justeringsdag" },
      { text: ", plats " },
      { text: "{plats}", field: "plats" },
      { text: " {okänd}." },
    ]);
    expect(placeholderParts("Övriga frågor", meeting)).toEqual([{ text: "Övriga frågor" }]);
  });
});
