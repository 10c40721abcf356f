import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";
import { toParagraphs } from "./paragraphs";
import { analyseStructure } from "./structure";

const structure = (text: string) => analyseStructure(toParagraphs(text));
const sections = (text: string) =>
  structure(text).sections.map((s) => [s.number ?? null, s.title, s.group ?? null]);

describe("analyseStructure", () => {
  it("finds the title, groups and plain headings followed by text", () => {
    const text = `Minnesanteckningar från samverkansgrupp FSG den 3 mars 2025
Bilaga till protokoll 3/2025
Information:
Föregående mötesanteckningar
Lades till handlingarna.
Dialog:
Arbetsmiljö, HR-chef
HR-chef informerar om enkäten.
Beslut:
Övrigt
Inga övriga frågor.`;
    const result = structure(text);
    expect(result.title).toBe("Minnesanteckningar från samverkansgrupp FSG den 3 mars 2025");
    expect(sections(text)).toEqual([
      [null, "Föregående mötesanteckningar", "information"],
      [null, "Arbetsmiljö, HR-chef", "dialog"],
      [null, "Övrigt", "ovrigt"],
    ]);
  });

  it("reads numbered and § items and the MBL § 11 / § 19 parts inside an item", () => {
    const text = `## Protokoll från förvaltningsgruppen den 13 februari 2024
**1 Mötets öppnande**
Mötet öppnades.
## **10. Ärenden till nämnden**
*Avser samverkan som motsvarar MBL § 11*
Budget 2025
Budgeten samverkades.
*Information avser samverkan som motsvarar MBL § 19*
Svar på medborgarförslag om bryggor
§ 11 Nästa möte
Den 12 mars.`;
    expect(sections(text)).toEqual([
      ["1", "Mötets öppnande", null],
      ["10", "Ärenden till nämnden", null],
      [null, "Budget 2025", "mbl11"],
      [null, "Svar på medborgarförslag om bryggor", "mbl19"],
      ["§ 11", "Nästa möte", null],
    ]);
  });

  it("reads items written 'Punkt N:' and a roster on one line", () => {
    const text = `Anteckningar från samverkansgruppen den 7 oktober 2025
Närvarande: Anna Lind (förvaltningschef), Sofia Nyberg (Vision); Kommunal: Kalle Ek och Eva Ros
Punkt 1: Budget
Budgeten gicks igenom.
Ärende 2. Lokaler
Inget att rapportera.`;
    expect(sections(text)).toEqual([
      ["1", "Budget", null],
      ["2", "Lokaler", null],
    ]);
    expect(structure(text).roster).toEqual({
      employer: [{ name: "Anna Lind", title: "förvaltningschef" }],
      unions: [
        { org: "vision", people: [{ name: "Sofia Nyberg" }] },
        { org: "kommunal", people: [{ name: "Kalle Ek" }, { name: "Eva Ros" }] },
      ],
      absent: [],
    });
  });

  it("reads the roster with its parts and labels with their values", () => {
    const text = `Protokoll från skyddskommittén den 5 maj 2025
Närvarande:
Arbetsgivare
Anna Berg, förvaltningschef
Fackliga organisationer
Kommunal: Lisa Ek och Omar Ali
Per Ström (Vision)
Förhinder
Ledarna
Tidpunkt:
5 maj 2025 kl. 9.00
Datum: 2025-05-05 Plats: Rådhuset
1. Schema
Schemat gicks igenom.`;
    const result = structure(text);
    expect(result.roster).toEqual({
      employer: [{ name: "Anna Berg", title: "förvaltningschef" }],
      unions: [
        { org: "kommunal", people: [{ name: "Lisa Ek" }, { name: "Omar Ali" }] },
        { org: "vision", people: [{ name: "Per Ström" }] },
      ],
      absent: [{ org: "ledarna" }],
    });
    expect(result.labels.map((l) => [l.name, l.value])).toEqual([
      ["tidpunkt", "5 maj 2025 kl. 9.00"],
      ["datum", "2025-05-05"],
      ["plats", "Rådhuset"],
    ]);
    expect(sections(text)).toEqual([["1", "Schema", null]]);
  });

  it("keeps speaker blocks, signatures and the justering list out of the sections", () => {
    const text = `Protokoll från samverkansgruppen den 5 maj 2025
1. Schema
Schemat gicks igenom.
Fackliga inspel
Vision menar att schemat är tätt.
Inspel från arbetsgivaren
Arbetsgivaren svarar att det ses över.
Vid protokollet
Karin Ek
Justeras
Anna Berg för arbetsgivaren
Per Ström för Vision`;
    const result = structure(text);
    expect(sections(text)).toEqual([["1", "Schema", null]]);
    expect(result.blocks.map((b) => [b.title, b.org])).toEqual([
      ["Fackliga inspel", "fackliga"],
      ["Inspel från arbetsgivaren", "arbetsgivaren"],
    ]);
    expect(result.justering.map((j) => [j.name, j.org])).toEqual([
      ["Anna Berg", "arbetsgivaren"],
      ["Per Ström", "vision"],
    ]);
  });

  it("marks a body that deliberately says nothing", () => {
    const result = structure(
      "Protokoll från gruppen den 5 maj 2025\n## 12. Verksamhet\n-\n## 13. Ekonomi\nInget att rapportera.",
    );
    expect(result.sections.map((s) => [s.bodyParagraphs, s.deliberatelyEmpty])).toEqual([
      [1, true],
      [1, true],
    ]);
  });
});

describe("attendance lines of unions the catalogue lacks or that sent apologies", () => {
  it("reads 'Union: förhinder', a federation's union and an unlisted union as the roster, not as statements", () => {
    const text = [
      "Protokoll från samverkansgruppen den 6 maj 2025",
      "",
      "Deltagare",
      "Arbetsgivaren: Eva Strand, förvaltningschef",
      "Saco/DIK: Lena Berg",
      "Ljud & Ljus: Kim Ahl",
      "Kommunal: anmält förhinder",
      "Vision: förhinder",
      "",
      "§ 1 Mötets öppnande",
      "Mötet öppnades.",
      "§ 2 Budget",
      "Förvaltningen redogjorde för budgeten.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.statements.map((s) => s.org)).toEqual(["arbetsgivaren"]);
    expect(analysis.roster.unions).toEqual([
      { org: "dik", people: [{ name: "Lena Berg" }] },
      { org: "namn:Ljud & Ljus", people: [{ name: "Kim Ahl" }] },
    ]);
    expect(analysis.roster.absent.map((a) => a.org)).toEqual(["kommunal", "vision"]);
  });
});

describe("the employer's people in the roster", () => {
  it("reads a role of several words before the name, and 'Närvarande arbetsgivaren' as a part of the roster", () => {
    const text = [
      "Protokoll från samverkansgruppen den 6 maj 2025",
      "",
      "Närvarande arbetsgivaren",
      "Karin Ås, förvaltningschef (ordförande); Per Holm, ekonomichef",
      "Närvarande fackliga organisationer",
      "Vision: Lena Berg",
      "Förhinder",
      "Kommunal: Ali Demir",
      "",
      "Deltagare",
      "Verksamhetschef LSS Sara Lind, ordförande",
      "Enhetschef boende och daglig verksamhet Jan-Olof Ek",
      "Biträdande rektor Nils Berg",
      "",
      "§ 1 Budget",
      "Per Holm redogjorde för budgeten. Jan-Olof Ek svarade på frågor.",
      "§ 2 Övrigt",
      "Inga.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.roster.employer.map((p) => p.name)).toEqual([
      "Karin Ås",
      "Per Holm",
      "Sara Lind",
      "Jan-Olof Ek",
      "Nils Berg",
    ]);
    expect(analysis.roster.unions).toEqual([{ org: "vision", people: [{ name: "Lena Berg" }] }]);
    expect(analysis.roster.absent).toEqual([{ name: "Ali Demir", org: "kommunal" }]);
    expect(analysis.sections.map((s) => s.title)).toEqual(["Budget", "Övrigt"]);
    expect(analysis.statements.map((s) => s.org)).toEqual(["arbetsgivaren"]);
  });
});

describe("a roster written as a markdown table", () => {
  it("reads each row's party, name and role, and no row as an item", () => {
    const text = [
      "# Protokoll – samverkansgruppen 6 maj 2025",
      "## Närvarande",
      "| Part | Namn | Roll |",
      "|---|---|---|",
      "| Arbetsgivaren | Eva Strand | Enhetschef, ordförande |",
      "| Seko | Omar Ali | Skyddsombud |",
      "| Unionen | Lina Berg | Förhinder |",
      "## 1. Budget",
      "Omar Ali tog upp budgeten.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.sections.map((s) => s.title)).toEqual(["Budget"]);
    expect(analysis.roster).toEqual({
      employer: [{ name: "Eva Strand", title: "Enhetschef, ordförande" }],
      unions: [{ org: "seko", people: [{ name: "Omar Ali" }] }],
      absent: [{ name: "Lina Berg", org: "unionen" }],
    });
    expect(analysis.statements.map((s) => s.org)).toEqual(["seko"]);
  });
});

describe("a roster table under no heading of its own", () => {
  it("takes a header row naming the roster's columns as the roster's start, in a markdown table or in columns", () => {
    const markdown = [
      "# Protokoll – skyddskommittén 12 mars 2025",
      "| Part | Namn | Uppdrag |",
      "|---|---|---|",
      "| Arbetsgivaren | Karl Ström | driftchef, ordförande |",
      "| Seko | Mia Lund | huvudskyddsombud |",
      "## 1. Arbetsmiljö",
      "Karl Ström redogjorde för tillbuden.",
    ].join("\n");
    const fromMarkdown = analyseMinutes(markdown);
    expect(fromMarkdown.roster.employer).toEqual([{ name: "Karl Ström", title: "driftchef, ordförande" }]);
    expect(fromMarkdown.roster.unions).toEqual([{ org: "seko", people: [{ name: "Mia Lund" }] }]);
    expect(fromMarkdown.statements.map((s) => s.org)).toEqual(["arbetsgivaren"]);
    const columns = [
      "Protokoll samverkansgrupp 2025-03-12",
      "Ledamot\tOrganisation\tNärvaro",
      "Karl Ström\tDriftchef\tX",
      "Mia Lund\tSeko\tX",
      "Ove Berg\tUnionen\tförhinder",
      "1. Arbetsmiljö",
      "Karl Ström redogjorde för tillbuden.",
    ].join("\n");
    const fromColumns = analyseMinutes(columns);
    expect(fromColumns.roster.unions).toEqual([{ org: "seko", people: [{ name: "Mia Lund" }] }]);
    expect(fromColumns.roster.absent).toEqual([{ name: "Ove Berg", org: "unionen" }]);
    expect(fromColumns.statements.map((s) => s.org)).toEqual(["arbetsgivaren"]);
  });

  it("does not take a table of figures or a justering table's header as a roster", () => {
    const text = [
      "Protokoll samverkansgrupp 2025-03-12",
      "1. Ekonomi",
      "Enhet\tBudget\tUtfall",
      "Hemtjänst\t12,0\t12,4",
      "Arbetsgivaren redogjorde för utfallet.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.roster).toEqual({ employer: [], unions: [], absent: [] });
    expect(analysis.sections.map((s) => s.title)).toEqual(["Ekonomi"]);
  });
});

describe("a union whose name reads like a person's", () => {
  it("reads 'Name, role, Sveriges Lärare' in the roster as the union's, not the employer's", () => {
    const text = [
      "Protokoll från skyddskommittén den 6 maj 2025",
      "Närvarande",
      "Arbetstagarna",
      "Li Berg, huvudskyddsombud, Sveriges Lärare",
      "Bo Ek, Sveriges Arbetsterapeuter",
      "",
      "§ 1 Ventilationen",
      "Li Berg meddelade att förbundet överväger att begära åtgärder.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.roster.employer).toEqual([]);
    expect(analysis.roster.unions).toEqual([
      { org: "sveriges-larare", people: [{ name: "Li Berg" }] },
      { org: "sveriges-arbetsterapeuter", people: [{ name: "Bo Ek" }] },
    ]);
    expect(analysis.statements.map((s) => s.org)).toEqual(["sveriges-larare"]);
  });
});
