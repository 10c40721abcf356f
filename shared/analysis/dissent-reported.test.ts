import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Round 19 (blinds 23 and 24): dissent a sentence mentions that this meeting did not record, invented text in
// other words than the sets: a signer's note joined to the name's line, another document's content reported, and
// a negation before a copula's noun frame.
const dissent = (text: string) => analyseMinutes(text).disagreements.map((d) => [d.orgs, d.text]);
const minutes = (body: string) =>
  `Protokoll från samverkansgruppen vid tekniska förvaltningen\nDatum: 2025-10-08\n\n§ 1 Nya rutiner för snöröjning\n${body}`;

describe("a signer's note ending a name's line", () => {
  it.each([
    "Vision anser att rutinen behöver ses över.\n\nHelena Strömberg, arbetsplatsombud med reservation under § 1",
    "Vision anser att rutinen behöver ses över.\n\nFör Seko med oenighet punkt 1 och 3",
    "Vision anser att rutinen behöver ses över.\n\nOlof Kvist, Seko med protokollsanteckning p. 1",
  ])("takes no dissent from %j", (body) => {
    expect(dissent(minutes(body))).toEqual([]);
  });

  it("still records an act that ends in such a pointer", () => {
    expect(dissent(minutes("Seko avslutade punkten med reservation under § 1."))).toEqual([
      [["seko"], "Seko avslutade punkten med reservation under § 1."],
    ]);
  });
});

describe("another document's content reported", () => {
  it.each([
    "Av skrivelsen från i våras framgår att Seko inte kunde godta förslaget.",
    "Det framgår av tjänsteanteckningen att Vision anmälde oenighet.",
  ])("takes no dissent from %j", (sentence) => {
    expect(dissent(minutes(sentence))).toEqual([]);
  });

  it("records dissent where the report's verb has no source", () => {
    expect(dissent(minutes("Seko anmäler oenighet, vilket framgår när punkten avslutas."))).toEqual([
      [["seko"], "Seko anmäler oenighet, vilket framgår när punkten avslutas."],
    ]);
  });
});

describe("a negation before a copula's noun frame", () => {
  it("takes no dissent from a question said not to be subject to dissent", () => {
    expect(
      dissent(
        minutes("Seko tog upp vinterkläderna. Noteras att vinterkläderna inte var föremål för oenighet."),
      ),
    ).toEqual([]);
  });

  it("still records dissent the frame holds without a negation", () => {
    expect(dissent(minutes("Vinterkläderna är föremål för oenighet med Seko."))).toEqual([
      [["seko"], "Vinterkläderna är föremål för oenighet med Seko."],
    ]);
  });
});
