import { describe, expect, it } from "vitest";
import { userMessageFor } from "./errors";
import { markParagraphs } from "./mark-paragraphs";
import { controlSpans, measured, useWordDouble } from "./testing/double";

const double = useWordDouble();

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

const titles = () =>
  double()
    .contentControls()
    .map((c) => c.title);

describe("markParagraphs", () => {
  it("finds each paragraph by its text and marks them all in two syncs, the text untouched", async () => {
    double().setParagraphs(document);
    const { result, syncs } = await measured(double(), () =>
      markParagraphs([
        { kind: "statement", orgs: ["kommunal"], searchText: "Kommunal ser positivt på förslaget" },
        {
          kind: "disagreement",
          orgs: ["vision"],
          searchText: "Vision är oenig i beslutet om neddragningar.",
        },
      ]),
    );
    expect(result).toEqual({ marked: 2, notFound: [] });
    expect(syncs).toBe(2);
    expect(controlSpans(double())).toEqual(["sp:inspel:kommunal:<id> 2–2", "sp:oenighet:vision:<id> 6–6"]);
    expect(titles()).toEqual(["Inspel: Kommunal", "Oenighet: Vision"]);
    expect(double().text()).toBe(document.join("\n"));
  });

  it("reads only the paragraphs around each hint, not the whole document", async () => {
    const filler = Array.from(
      { length: 3000 },
      (_, i) => `Stycke ${i} med en mening om verksamheten och budgeten.`,
    );
    double().setParagraphs([...filler.slice(0, 1500), "Kommunal vill ha en plan.", ...filler.slice(1500)]);
    const { result, syncs, bytes } = await measured(double(), () =>
      markParagraphs([
        {
          kind: "statement",
          orgs: ["kommunal"],
          searchText: "Kommunal vill ha en plan.",
          paragraphIndexHint: 1500,
        },
      ]),
    );
    expect(result.marked).toBe(1);
    expect(syncs).toBe(2);
    // Two paragraphs of about 60 bytes each, where the whole body is 180 KB.
    expect(bytes).toBeLessThan(300);
    expect(controlSpans(double())).toEqual(["sp:inspel:kommunal:<id> 1500–1500"]);
  });

  it("looks in the whole body once when the text has moved away from its hint", async () => {
    double().setParagraphs(document);
    const { result, syncs } = await measured(double(), () =>
      markParagraphs([
        {
          kind: "statement",
          orgs: ["kommunal"],
          searchText: "Kommunal ser positivt",
          paragraphIndexHint: 40,
        },
      ]),
    );
    expect(result.marked).toBe(1);
    expect(syncs).toBe(3);
  });

  it("records each request's item in its mark's title, within Word's 64 characters", async () => {
    double().setParagraphs(document);
    await markParagraphs([
      {
        kind: "disagreement",
        orgs: ["vision"],
        searchText: "Vision är oenig i beslutet",
        sectionTitle: "5. Budget",
      },
      {
        kind: "statement",
        orgs: ["sveriges-larare"],
        searchText: "Sveriges Lärare håller med Vision",
        sectionTitle: "15. Skyddskommitté/arbetsmiljökommitté: Arbetsmiljö och hälsa",
      },
    ]);
    expect(titles()).toEqual([
      "Oenighet: Vision · 5. Budget",
      "Inspel · 15. Skyddskommitté/arbetsmiljökommitté: Arbetsmiljö oc…",
    ]);
    expect(titles().every((title) => title.length <= 64)).toBe(true);
  });

  it("keeps two syncs for many marks", async () => {
    const many = Array.from({ length: 60 }, (_, i) => `Kommunal framförde synpunkt nummer ${i}.`);
    double().setParagraphs(many);
    const { result, syncs } = await measured(double(), () =>
      markParagraphs(
        many.map((searchText, i) => ({
          kind: "statement" as const,
          orgs: ["kommunal"],
          searchText,
          paragraphIndexHint: i,
        })),
      ),
    );
    expect(result.marked).toBe(60);
    expect(syncs).toBe(2);
    expect(
      double()
        .contentControls()
        .map((c) => c.from),
    ).toEqual(many.map((_, i) => i));
  });

  it("puts repeated words at the occurrence nearest the hint, each paragraph once per group", async () => {
    double().setParagraphs(document);
    const repeated = "Arbetsgivaren redogjorde för detta.";
    await markParagraphs([
      { kind: "statement", orgs: ["arbetsgivaren"], searchText: repeated, paragraphIndexHint: 5 },
      { kind: "statement", orgs: ["arbetsgivaren"], searchText: repeated, paragraphIndexHint: 6 },
    ]);
    expect(controlSpans(double())).toEqual([
      "sp:inspel:arbetsgivaren:<id> 3–3",
      "sp:inspel:arbetsgivaren:<id> 5–5",
    ]);
  });

  it("marks one paragraph for a statement and an oenighet of the same union (the second inside the first)", async () => {
    double().setParagraphs(document);
    const result = await markParagraphs([
      { kind: "statement", orgs: ["vision"], searchText: "Vision är oenig", paragraphIndexHint: 6 },
      { kind: "disagreement", orgs: ["vision"], searchText: "Vision är oenig", paragraphIndexHint: 6 },
    ]);
    expect(result.marked).toBe(2);
    expect(controlSpans(double())).toEqual(["sp:inspel:vision:<id> 6–6", "sp:oenighet:vision:<id> 6–6"]);
  });

  it("marks a text that ends where another mark ends without crossing it (#3176)", async () => {
    double().setParagraphs(document);
    await markParagraphs([
      {
        kind: "statement",
        orgs: ["sveriges-larare"],
        searchText: "Sveriges Lärare håller med Vision och vill att beslutet skjuts upp.",
        paragraphIndexHint: 7,
      },
    ]);
    const { result } = await measured(double(), () =>
      markParagraphs([
        {
          kind: "disagreement",
          orgs: ["sveriges-larare"],
          searchText: "beslutet skjuts upp.",
          paragraphIndexHint: 8,
        },
      ]),
    );
    expect(result.marked).toBe(1);
    expect(controlSpans(double())).toEqual([
      "sp:inspel:sveriges-larare:<id> 7–8",
      "sp:oenighet:sveriges-larare:<id> 8–8",
    ]);
  });

  it("folds markdown stars and finds a text that runs over a paragraph break", async () => {
    double().setParagraphs(document);
    const result = await markParagraphs([
      {
        kind: "statement",
        orgs: ["sveriges-larare"],
        searchText: "Sveriges Lärare håller med Vision och vill att beslutet skjuts upp.",
        paragraphIndexHint: 7,
      },
    ]);
    expect(result.marked).toBe(1);
    expect(controlSpans(double())).toEqual(["sp:inspel:sveriges-larare:<id> 7–8"]);
  });

  it("under track changes, matches the text as the reader sees it", async () => {
    double().setParagraphs(document);
    double().setTracking(true);
    double().model.paragraphs[6]!.runs = [
      { text: "Vision är " },
      { text: "inte ", deleted: true },
      { text: "oenig." },
    ];
    const { result, syncs } = await measured(double(), () =>
      markParagraphs([
        { kind: "disagreement", orgs: ["vision"], searchText: "Vision är oenig.", paragraphIndexHint: 6 },
      ]),
    );
    expect(result.marked).toBe(1);
    expect(syncs).toBe(3);
  });

  it("reports texts no paragraph holds and does not write when nothing was found", async () => {
    double().setParagraphs(document);
    const { result, syncs } = await measured(double(), () =>
      markParagraphs([{ kind: "statement", orgs: ["ssr"], searchText: "SSR frågade om handlingsplanen." }]),
    );
    expect(result).toEqual({ marked: 0, notFound: ["SSR frågade om handlingsplanen."] });
    expect(double().contentControls()).toEqual([]);
    expect(syncs).toBe(1);
  });

  it("refuses an oenighet without unions before touching Word, and does nothing for no marks", async () => {
    double().setParagraphs(document);
    const { result, syncs } = await measured(double(), async () => {
      const error = await markParagraphs([{ kind: "disagreement", orgs: [], searchText: "Vision" }]).catch(
        (e: unknown) => e,
      );
      return { error, none: await markParagraphs([]) };
    });
    expect(userMessageFor(result.error)).toBe("Välj minst en organisation för oenigheten.");
    expect(result.none).toEqual({ marked: 0, notFound: [] });
    expect(syncs).toBe(0);
  });
});
