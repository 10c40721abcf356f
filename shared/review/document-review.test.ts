import { describe, expect, it } from "vitest";
import { wordDocument } from "../../test/harness/word-document";
import { analyseMinutes } from "../analysis/analyse";
import { minutesBlocks, paragraph } from "../document/content";
import type { Meeting } from "../model/meeting";
import { templateById } from "../templates/registry";
import { documentModel, type MarkIndex, reviewDocument } from "./review";

// The review in Word: the marks are the truth, the text only suggests, and every finding names its item.
const meeting: Meeting = {
  type: "forvaltningsgrupp",
  date: "2025-03-12",
  forvaltning: "Socialförvaltningen",
  roster: {
    employer: [{ name: "Anna Ek", title: "HR-chef" }],
    unions: [
      { org: "kommunal", people: [{ name: "Charlotte Andersson" }] },
      { org: "vision", people: [{ name: "Per Lind" }] },
    ],
    absent: [{ org: "ledarna" }],
  },
  justerare: [
    { org: "arbetsgivaren", name: "Anna Ek" },
    { org: "kommunal", name: "Charlotte Andersson" },
    { org: "vision", name: "Per Lind" },
  ],
};

const review = (text: string, index: MarkIndex, data: Meeting = meeting, final = false) =>
  reviewDocument(documentModel({ analysis: analyseMinutes(text), index, meeting: data }), { final });
const lines = (findings: ReturnType<typeof review>) =>
  findings.map((f) => [f.kind, f.section ?? null, f.message, f.target ?? null]);

describe("a fresh document from a template", () => {
  const { text, index } = wordDocument(
    minutesBlocks(templateById("fsg-vsg")!, { ...meeting, type: "fsg-vsg" }),
  );

  it("gives its untouched scaffolding one finding per kind, and each placeholder once with its place", () => {
    expect(lines(review(text, index))).toEqual([
      [
        "empty-sections",
        null,
        "7 avsnitt är tomma: ”Föredragningslistan {nämnd}”, ”Nytt inom arbetsmiljö”, ”Mål och ekonomi” …",
        null,
      ],
      // The meeting has no time, place or chair yet: the header and the closing keep their placeholders.
      ["placeholder", null, "Platshållaren ”{nr}” står kvar i protokollets inledning.", null],
      ["placeholder", null, "Platshållaren ”{tid}” står kvar i protokollets inledning.", null],
      ["placeholder", null, "Platshållaren ”{plats}” står kvar i protokollets inledning.", null],
      [
        "placeholder",
        "Föredragningslistan {nämnd}",
        "Platshållaren ”{nämnd}” står kvar under ”Föredragningslistan {nämnd}”.",
        "104",
      ],
      [
        "placeholder",
        "Mötets avslutande",
        "Platshållaren ”{ordförande}” står kvar under ”Mötets avslutande”.",
        "111",
      ],
    ]);
  });

  it("lists each empty item in the final review, once with its empty block, each shown in Word", () => {
    const findings = review(text, index, meeting, true).filter((f) => f.kind.startsWith("empty"));
    expect(lines(findings)).toEqual([
      [
        "empty-section",
        "Föredragningslistan {nämnd}",
        "Avsnittet ”Föredragningslistan {nämnd}” är tomt.",
        "104",
      ],
      ["empty-section", "Nytt inom arbetsmiljö", "Avsnittet ”Nytt inom arbetsmiljö” är tomt.", "105"],
      ["empty-section", "Mål och ekonomi", "Avsnittet ”Mål och ekonomi” är tomt.", "106"],
      [
        "empty-section",
        "Uppdatering chefsrekryteringar",
        "Avsnittet ”Uppdatering chefsrekryteringar” är tomt.",
        "107",
      ],
      ["empty-section", "Dialog", "Avsnittet ”Dialog” är tomt.", "108"],
      ["empty-section", "Beslut", "Avsnittet ”Beslut” är tomt.", "109"],
      ["empty-section", "Övrigt", "Avsnittet ”Övrigt” är tomt.", "110"],
    ]);
  });

  it("reports a block left empty in an item that has text, at the item", () => {
    const blocks = minutesBlocks(templateById("fsg-vsg")!, { ...meeting, type: "fsg-vsg" });
    const written = wordDocument(blocks);
    const filled = written.text.replace(
      "Föredragande: ekonomichef",
      "Föredragande: ekonomichef\rPrognosen visar ett litet överskott.",
    );
    const findings = review(filled, written.index, meeting, true).filter((f) => f.kind === "empty-block");
    expect(lines(findings)).toEqual([
      ["empty-block", "Mål och ekonomi", "”Fackliga inspel” under ”Mål och ekonomi” saknar innehåll.", "106"],
    ]);
  });

  it("never places a finding at a roster line or a presenter line", () => {
    const places = review(text, index, meeting, true).map((f) => f.section ?? "");
    expect(places.filter((place) => /Charlotte|Föredragande|HR-chef/.test(place))).toEqual([]);
  });
});

describe("marks are the truth", () => {
  // The report that opened issue 12: an oenighet marked for Vision and SSR on words no rule knew.
  const body =
    "Vision och Akademikerförbundet SSR ifrågasätter tidplanen i sin helhet och kräver en ny beredning.";
  const blocks = [
    paragraph("Protokoll från förvaltningsgruppen den 12 mars 2025", "Title"),
    paragraph("1. Omorganisation", "Heading1"),
    paragraph(body),
    paragraph("2. Lokaler", "Heading1"),
    paragraph("Arbetsgivaren informerade om flytten. Kommunal reserverar sig mot beslutet."),
    paragraph("Justeras"),
    paragraph("Anna Ek för arbetsgivaren"),
    paragraph("Per Lind för Vision (oenighet under omorganisation)"),
    paragraph("Li Berg för Akademikerförbundet SSR (oenighet under omorganisation)"),
    paragraph("Charlotte Andersson för Kommunal"),
  ];
  const { text } = wordDocument(blocks);
  const withSsr: Meeting = {
    ...meeting,
    roster: {
      ...meeting.roster,
      unions: [...meeting.roster.unions, { org: "ssr", people: [{ name: "Li Berg" }] }],
    },
    justerare: [...meeting.justerare, { org: "ssr", name: "Li Berg" }],
  };
  const index: MarkIndex = {
    sections: [
      { id: "11", title: "1. Omorganisation" },
      { id: "12", title: "2. Lokaler" },
    ],
    statements: [],
    disagreements: [
      { id: "21", orgs: ["vision", "ssr"], sectionId: "11", sectionTitle: "1. Omorganisation", text: body },
    ],
  };

  it("takes a marked oenighet as what it says and suggests only what no mark covers", () => {
    expect(lines(review(text, index, withSsr))).toEqual([
      [
        "possible-disagreement",
        "2. Lokaler",
        "Möjlig oenighet för Kommunal under ”2. Lokaler”: ”Kommunal reserverar sig mot beslutet.”",
        "12",
      ],
      // Vision's and SSR's statements in the marked oenighet, the employer's and Kommunal's under 2.
      ["possible-statements", null, "4 stycken ser ut som inspel men är inte markerade.", null],
    ]);
  });

  it("asks for the justering note of a marked oenighet, at the mark", () => {
    const unnoted = text.replace(" (oenighet under omorganisation)", "");
    expect(lines(review(unnoted, index, withSsr)).slice(0, 1)).toEqual([
      [
        "disagreement-not-in-justering",
        "1. Omorganisation",
        "Oenighet för Vision under ”1. Omorganisation” nämns inte i justeringen.",
        "21",
      ],
    ]);
  });
});

describe("the reviews a secretary needs before justering", () => {
  const { text } = wordDocument([
    paragraph("Protokoll från förvaltningsgruppen den 12 mars 2025", "Title"),
    paragraph("1. Schema", "Heading1"),
    paragraph("Vårdförbundet motsätter sig schemat."),
    paragraph("Ledarna tog upp introduktionen."),
  ]);
  const index: MarkIndex = {
    sections: [{ id: "11", title: "1. Schema" }],
    statements: [
      {
        id: "31",
        org: "ledarna",
        sectionId: "11",
        sectionTitle: "1. Schema",
        text: "Ledarna tog upp introduktionen.",
      },
    ],
    disagreements: [
      {
        id: "32",
        orgs: ["vardforbundet"],
        sectionId: "11",
        sectionTitle: "1. Schema",
        text: "Vårdförbundet motsätter sig schemat.",
      },
    ],
  };
  const data: Meeting = {
    ...meeting,
    roster: {
      ...meeting.roster,
      unions: [...meeting.roster.unions, { org: "vardforbundet", people: [{ name: "Eva Ros" }] }],
    },
    justerare: [...meeting.justerare, { org: "ledarna", name: "Ulla Ek" }],
  };

  it("an oenighet mark whose union has no justerare, a justerare of a union with förhinder, its statement", () => {
    expect(lines(review(text, index, data))).toEqual([
      [
        "disagreement-without-justerare",
        "1. Schema",
        "Vårdförbundet har oenighet under ”1. Schema” men ingen justerare.",
        "32",
      ],
      ["justerare-from-absent-union", null, "Ulla Ek justerar för Ledarna, som har anmält förhinder.", null],
      [
        "statement-from-absent-union",
        "1. Schema",
        "Inspel tillskrivs Ledarna, som har anmält förhinder.",
        "31",
      ],
      // Vårdförbundet's sentence is its statement too; only the oenighet is marked.
      ["possible-statements", null, "1 stycke ser ut som ett inspel men är inte markerat.", null],
    ]);
  });
});
