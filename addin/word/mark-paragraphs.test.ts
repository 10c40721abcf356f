import { describe, expect, it } from "vitest";
import { parseTag } from "../../shared/document/tags";
import { userMessageFor } from "./errors";
import { markParagraphs } from "./mark-paragraphs";
import { MARK_COLOURS } from "./marks";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();

const document = [
  "Protokoll från förvaltningsgruppen",
  "4. Omorganisation",
  "Kommunal ser positivt på förslaget men vill ha en uppföljning.",
  "Arbetsgivaren redogjorde för detta.",
  "5. Budget",
  "Arbetsgivaren redogjorde för detta.",
  "Vision är oenig i beslutet om\u00a0neddragningar.",
  "**Sveriges Lärare** håller med Vision och vill att",
  "beslutet skjuts upp.",
];

const spanOf = (control: { first: { at: string }; last: { at: string } }) => [
  control.first.at,
  control.last.at,
];

describe("markParagraphs", () => {
  it("finds each paragraph by its text and marks them all in two syncs", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    const result = await markParagraphs([
      { kind: "statement", orgs: ["kommunal"], searchText: "Kommunal ser positivt på förslaget" },
      { kind: "disagreement", orgs: ["vision"], searchText: "Vision är oenig i beslutet om neddragningar." },
    ]);
    expect(result).toEqual({ marked: 2, notFound: [] });
    expect(mock.syncs).toBe(2);
    expect(mock.loads).toEqual(["paragraphs:text"]);
    const [statement, disagreement] = mock.controls;
    expect(spanOf(statement!)).toEqual(["document:2", "document:2"]);
    expect(parseTag(statement!.tag)).toMatchObject({ kind: "statement", org: "kommunal" });
    expect(statement!.title).toBe("Inspel: Kommunal");
    expect(statement!.color).toBe(MARK_COLOURS.statement);
    expect(spanOf(disagreement!)).toEqual(["document:6", "document:6"]);
    expect(parseTag(disagreement!.tag)).toMatchObject({ kind: "disagreement", orgs: ["vision"] });
    expect(disagreement!.title).toBe("Oenighet: Vision");
    expect(disagreement!.appearance).toBe("Tags");
    // Nothing is inserted: the text stays as it is.
    expect(mock.paragraphs).toEqual([]);
  });

  it("records each request's item in its mark's title, still in two syncs", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    const result = await markParagraphs([
      {
        kind: "disagreement",
        orgs: ["vision"],
        searchText: "Vision är oenig i beslutet",
        sectionTitle: "5. Budget",
      },
      { kind: "statement", orgs: ["kommunal"], searchText: "Kommunal ser positivt", sectionTitle: "" },
    ]);
    expect(result.marked).toBe(2);
    expect(mock.syncs).toBe(2);
    expect(mock.controls.map((control) => control.title)).toEqual([
      "Oenighet: Vision · 5. Budget",
      "Inspel: Kommunal",
    ]);
  });

  it("keeps two syncs for many marks", async () => {
    const many = Array.from({ length: 60 }, (_, i) => `Kommunal framförde synpunkt nummer ${i}.`);
    const mock = wordMock({ bodyParagraphs: many });
    const result = await markParagraphs(
      many.map((searchText) => ({ kind: "statement" as const, orgs: ["kommunal"], searchText })),
    );
    expect(result.marked).toBe(60);
    expect(mock.controls.map((control) => control.first.at)).toEqual(many.map((_, i) => `document:${i}`));
    expect(mock.syncs).toBe(2);
  });

  it("puts repeated words at the occurrence nearest the hint, each paragraph once per group", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    const repeated = "Arbetsgivaren redogjorde för detta.";
    await markParagraphs([
      { kind: "statement", orgs: ["arbetsgivaren"], searchText: repeated, paragraphIndexHint: 5 },
      { kind: "statement", orgs: ["arbetsgivaren"], searchText: repeated, paragraphIndexHint: 6 },
    ]);
    expect(mock.controls.map(spanOf)).toEqual([
      ["document:5", "document:5"],
      ["document:3", "document:3"],
    ]);
  });

  it("marks one paragraph for two organisations (the controls nest)", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    const result = await markParagraphs([
      { kind: "statement", orgs: ["vision"], searchText: "Vision är oenig", paragraphIndexHint: 6 },
      { kind: "disagreement", orgs: ["vision"], searchText: "Vision är oenig", paragraphIndexHint: 6 },
    ]);
    expect(result.marked).toBe(2);
    expect(mock.controls.map(spanOf)).toEqual([
      ["document:6", "document:6"],
      ["document:6", "document:6"],
    ]);
  });

  it("folds markdown stars and finds a text that runs over a paragraph break", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    const result = await markParagraphs([
      {
        kind: "statement",
        orgs: ["sveriges-larare"],
        searchText: "Sveriges Lärare håller med Vision och vill att beslutet skjuts upp.",
      },
    ]);
    expect(result.marked).toBe(1);
    expect(spanOf(mock.controls[0]!)).toEqual(["document:7", "document:8"]);
  });

  it("reports texts no paragraph holds and does not write when nothing was found", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    const result = await markParagraphs([
      { kind: "statement", orgs: ["ssr"], searchText: "SSR frågade om handlingsplanen." },
    ]);
    expect(result).toEqual({ marked: 0, notFound: ["SSR frågade om handlingsplanen."] });
    expect(mock.controls).toEqual([]);
    expect(mock.syncs).toBe(1);
  });

  it("refuses an oenighet without unions before touching Word, and does nothing for no marks", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    const error = await markParagraphs([{ kind: "disagreement", orgs: [], searchText: "Vision" }]).catch(
      (e: unknown) => e,
    );
    expect(userMessageFor(error)).toMatch(/minst en organisation/);
    expect(await markParagraphs([])).toEqual({ marked: 0, notFound: [] });
    expect(mock.syncs).toBe(0);
  });

  it("passes Word's failure on (the pane reports it and rereads the index)", async () => {
    const mock = wordMock({ bodyParagraphs: document });
    mock.failNextSync("AccessDenied");
    const error = await markParagraphs([
      { kind: "statement", orgs: ["kommunal"], searchText: "Kommunal ser positivt" },
    ]).catch((e: unknown) => e);
    expect(userMessageFor(error)).toMatch(/skrivskyddat/);
  });
});
