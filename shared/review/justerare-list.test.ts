import { describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/i18n";
import { reviewJusterareList } from "./justerare-list";

const minutes = (list: string) => `Protokoll från förvaltningsgruppen den 13 februari 2024

3. Val av justerare
Till justerare valdes:
${list}
Justering sker fredagen den 16 februari.

4. Föregående protokoll`;

const justerare = [
  { org: "kommunal", name: "Charlotte Andersson" },
  { org: "vision", name: "Omar Haddad" },
];

describe("reviewJusterareList", () => {
  setLanguage("sv");

  it("points out a list of justerare that names other people than the meeting", () => {
    expect(reviewJusterareList(minutes("Charlotte Andersson, Kommunal"), justerare)).toEqual([
      {
        kind: "justerare-list-differs",
        message:
          "Under ”Till justerare valdes:” står Charlotte Andersson, Kommunal, men under Möte är justerarna Charlotte Andersson, Kommunal; Omar Haddad, Vision.",
        hint: "Spara mötet under Möte, så skrivs listan om. I ett protokoll från en äldre version av Word-tillägget, eller om du har skrivit i listan, rättar du den för hand.",
      },
    ]);
  });

  it("is content when the list names the meeting's justerare, in any order", () => {
    expect(
      reviewJusterareList(minutes("Omar Haddad, Vision\nCharlotte Andersson, Kommunal"), justerare),
    ).toEqual([]);
  });

  it("says nothing without a list in the text or without justerare under Möte", () => {
    expect(reviewJusterareList("1. Mötets öppnande\nAnna Ek öppnade mötet.", justerare)).toEqual([]);
    expect(reviewJusterareList(minutes("Charlotte Andersson, Kommunal"), [])).toEqual([]);
  });
});
