import { describe, expect, it } from "vitest";
import { templateById } from "../../shared/templates/registry";
import type { ParagraphInput, WordDouble } from "../../test/double/word-double/install";
import { ParagraphModel } from "../../test/double/word-double/model";
import { userMessageFor } from "./errors";
import { markDisagreement, markStatement, removeMark, selectMark } from "./marking";
import { MARK_COLOURS } from "./marks";
import { newMinutes } from "./minutes";
import { controlSpans, markControls, measured, outline, refusalOf, useWordDouble } from "./testing/double";
import { sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();
const forvaltningsgrupp = templateById("forvaltningsgrupp")!;

/** Writes text into a paragraph as the secretary types it (outside any control). */
function type(at: number, text: string) {
  double().model.paragraphs[at]!.runs = [{ text }];
}

const indexOf = (text: string) =>
  double()
    .paragraphs()
    .findIndex((p) => p.text === text);

async function minutesWithStatement(text = "Kommunal vill ha en uppföljning.") {
  await newMinutes(forvaltningsgrupp, sampleMeeting);
  const slot = indexOf("16. Föranmälda frågor") + 1; // the line to write in under the heading
  type(slot, text);
  double().setSelection(slot);
  return slot;
}

const marks = () => markControls(double());

const refusal = (action: () => Promise<unknown>) => refusalOf(double(), action);

describe("markStatement", () => {
  it("inside a section: wraps the paragraph, gives the heading control above as its section, in one sync", async () => {
    const slot = await minutesWithStatement();
    const { result, syncs } = await measured(double(), () => markStatement("kommunal"));
    expect(syncs).toBe(1);
    // No title: the heading's text is not read (the pane names it from the index by sectionId).
    expect(result).toEqual({ id: expect.any(String), sectionId: expect.any(String) });
    const [mark] = marks();
    expect(mark).toMatchObject({
      id: Number(result.id),
      title: "Inspel: Kommunal",
      appearance: "Tags",
      color: MARK_COLOURS.statement,
      text: "Kommunal vill ha en uppföljning.",
      from: slot,
      to: slot,
    });
    expect(mark!.tag).toMatch(/^sp:inspel:kommunal:[a-z0-9]{8}$/);
    const heading = double()
      .contentControls()
      .find((c) => c.tag === "sp:punkt:foranmalda-fragor")!;
    expect(result.sectionId).toBe(String(heading.id));
    expect(double().droppedOperations).toBe(0);
  });

  it("reads no text above the selection: 140 KB more text in earlier sections costs no more bytes", async () => {
    await minutesWithStatement();
    const plain = (await measured(double(), () => markStatement("vision"))).bytes;

    double().setParagraphs([]);
    await minutesWithStatement();
    const earlier = double().model.paragraphs[indexOf("Anna Ek öppnade mötet.")]!;
    const long = "Arbetsgivaren redogjorde utförligt för läget i verksamheten. ".repeat(6);
    for (let i = 0; i < 400; i++) double().model.insertParagraphAfter(earlier, long);
    double().setSelection(indexOf("Kommunal vill ha en uppföljning."));
    const heavy = (await measured(double(), () => markStatement("vision"))).bytes;
    // Control ids may gain a digit; nothing else may grow.
    expect(Math.abs(heavy - plain)).toBeLessThan(40);
    expect(plain).toBeLessThan(3_000);
  });

  it("reads no heading text above the selection: long clipped items above cost no more bytes", async () => {
    await minutesWithStatement();
    const plain = (await measured(double(), () => markStatement("vision"))).bytes;

    double().setParagraphs([]);
    await minutesWithStatement();
    // A clipped agenda item keeps its number line and underlag inside its heading's control.
    const item = double()
      .model.controls.filter((c) => c.tag.startsWith("sp:punkt:"))
      .at(2)!;
    const underlag = "Underlag: Tjänsteskrivelse 2024-05-02, Bilaga 1 Ekonomisk uppföljning per verksamhet. ";
    for (let i = 0; i < 40; i++)
      item.last = double().model.insertParagraphAfter(item.last, underlag.repeat(3));
    double().setSelection(indexOf("Kommunal vill ha en uppföljning."));
    const heavy = (await measured(double(), () => markStatement("vision"))).bytes;
    // 40 paragraphs of 270 characters (11 KB) inside a heading above: control ids may gain a digit, no more.
    expect(Math.abs(heavy - plain)).toBeLessThan(40);
  });

  it("at a section's last line, marks only that line and leaves the next heading's control as it was", async () => {
    const slot = await minutesWithStatement();
    expect(double().paragraphs()[slot + 1]?.text).toBe("17. Övriga frågor");
    const next = double()
      .contentControls()
      .find((c) => c.tag === "sp:punkt:ovriga-fragor")!;
    await markDisagreement(["kommunal"]);
    expect(marks().map((m) => [m.from, m.to])).toEqual([[slot, slot]]);
    expect(
      double()
        .contentControls()
        .find((c) => c.tag === "sp:punkt:ovriga-fragor"),
    ).toEqual(next);
  });

  it("outside sections, anchors the nearest heading found by outline level (any style, any language): three syncs once, then one", async () => {
    double().setParagraphs([
      { text: "Protokoll", style: "Title" },
      { text: "16. Arbetsmiljö", style: "Protokollrubrik", outlineLevel: 2 },
      "Inget att rapportera.",
      // Word in Swedish names this "Rubrik 2"; converted minutes keep such a custom style at body level.
      { text: "Rubrik 2 som brödtext", style: "Rubrik 2" },
      "Kommunal ställde sig oeniga till rutinen.",
      "Vision instämde.",
    ]);
    double().setSelection(4);
    const first = await measured(double(), () => markDisagreement(["kommunal"]));
    expect(first.syncs).toBe(3);
    expect(first.result.sectionTitle).toBe("16. Arbetsmiljö");
    expect(controlSpans(double())).toEqual(["sp:punkt:h-<id> 1–1", "sp:oenighet:kommunal:<id> 4–4"]);
    expect(marks()[0]!.title).toBe("Oenighet: Kommunal");

    double().setSelection(5);
    const second = await measured(double(), () => markStatement("vision"));
    expect(second.syncs).toBe(1);
    const anchored = double()
      .contentControls()
      .find((c) => c.tag.startsWith("sp:punkt:h-"))!;
    expect(second.result).toEqual({ id: expect.any(String), sectionId: String(anchored.id) });
  });

  it("marks the employer's statements too; without any heading, two syncs and no item", async () => {
    double().setParagraphs(["Anteckningar", "Arbetsgivaren förtydligar."]);
    double().setSelection(1);
    const { result, syncs } = await measured(double(), () => markStatement("arbetsgivaren"));
    expect(syncs).toBe(2);
    expect(result).toEqual({ id: expect.any(String) });
    expect(marks()[0]!.title).toBe("Inspel: Arbetsgivaren");
  });

  it("in an older document with whole-section controls, finds the section around the selection in one sync", async () => {
    double().setParagraphs([
      { text: "4. Omorganisation", style: "Heading1" },
      "Förslag.",
      "Kommunal är positiva.",
    ]);
    await wrapOld(double(), 0, 2, "sp:punkt:omorg", "Punkt: 4. Omorganisation");
    double().setSelection(1);
    const { result, syncs } = await measured(double(), () => markStatement("kommunal"));
    expect(syncs).toBe(1);
    expect(result.sectionTitle).toBe("4. Omorganisation");
  });

  it("marks the last line of an older whole-section control, whose range reaches over the section's end tag (#3176)", async () => {
    double().setParagraphs([
      { text: "4. Omorganisation", style: "Heading1" },
      "Förslag.",
      "Kommunal är positiva.",
    ]);
    await wrapOld(double(), 0, 2, "sp:punkt:omorg", "Punkt: 4. Omorganisation");
    double().setSelection(2);
    // Wrapping the paragraph's whole range would cross the section; its content range lies inside it.
    const { result, syncs } = await measured(double(), () => markStatement("kommunal"));
    expect(syncs).toBe(1);
    expect(result.sectionTitle).toBe("4. Omorganisation");
    expect(controlSpans(double())).toEqual(["sp:punkt:omorg 0–2", "sp:inspel:kommunal:<id> 2–2"]);
  });
});

describe("marks on nothing are refused in Swedish and leave nothing behind", () => {
  it("refuses an empty paragraph", async () => {
    await minutesWithStatement("   ");
    expect(await refusal(() => markStatement("kommunal"))).toBe(
      "Stycket är tomt. Skriv texten först och markera den sedan.",
    );
  });

  it("refuses the document title and a heading", async () => {
    await newMinutes(forvaltningsgrupp, sampleMeeting);
    double().setSelection(indexOf("Protokoll från förvaltningsgruppen den 13 februari 2024"));
    expect(await refusal(() => markStatement("kommunal"))).toBe(
      "Dokumentets rubrik kan inte markeras. Markera stycken i protokollets text.",
    );
    double().setSelection(indexOf("16. Föranmälda frågor"));
    expect(await refusal(() => markStatement("kommunal"))).toBe(
      "Rubriker kan inte markeras. Markera bara styckena under rubriken.",
    );
    double().setSelection(indexOf("16. Föranmälda frågor"), indexOf("16. Föranmälda frågor") + 2);
    expect(await refusal(() => markDisagreement(["vision"]))).toBe(
      "Rubriker kan inte markeras. Markera bara styckena under rubriken.",
    );
  });

  it("refuses a second mark of the same union on the same paragraph, but not another organisation's or kind", async () => {
    await minutesWithStatement();
    await markStatement("kommunal");
    expect(await refusal(() => markStatement("kommunal"))).toBe(
      "Stycket är redan markerat för Kommunal. Ta bort den markeringen först om du vill ändra den.",
    );
    await markDisagreement(["kommunal"]);
    await markStatement("vision");
    expect(await refusal(() => markDisagreement(["vision", "kommunal"]))).toBe(
      "Stycket är redan markerat för Kommunal. Ta bort den markeringen först om du vill ändra den.",
    );
    expect(marks().map((m) => m.title)).toEqual(["Inspel: Kommunal", "Oenighet: Kommunal", "Inspel: Vision"]);
  });

  it("says that a selection runs over two items", async () => {
    const slot = await minutesWithStatement();
    type(slot + 2, "Nästa punkts text.");
    double().setSelection(slot, slot + 2);
    expect(await refusal(() => markStatement("kommunal"))).toBe(
      "Markeringen sträcker sig över två punkter. Markera bara stycken under en och samma rubrik.",
    );
  });

  it("refuses the lines the add-in writes itself: an agenda item's details and the justering", async () => {
    await newMinutes(forvaltningsgrupp, sampleMeeting);
    double().setSelection(indexOf("Anna Ek för arbetsgivaren"));
    expect(await refusal(() => markStatement("kommunal"))).toBe(
      "Den här texten skriver Word-tillägget självt (ärendets uppgifter eller justeringen) och den kan inte markeras. Markera stycken under rubriken.",
    );
  });

  it.each([
    ["Word on the web", "OfficeOnline"],
    ["Word for the desktop", "PC"],
  ] as const)("in a table (%s), says to select outside the table or the whole table", async (_, platform) => {
    double().uninstall();
    const { installWordDouble } = await import("../../test/double/word-double/install");
    const local = installWordDouble(globalThis, { platform });
    try {
      local.setParagraphs(tableDocument);
      local.setSelection(1);
      const error = await markStatement("kommunal").catch((e: unknown) => e);
      expect(userMessageFor(error)).toBe(
        "Markeringen ligger delvis i en tabell. Markera stycken utanför tabellen, eller hela tabellen.",
      );
      expect(local.contentControls()).toEqual([]);
      // Around the whole table (with the paragraphs beside it) a mark is fine.
      local.setSelection(0, 3);
      await markStatement("kommunal");
      expect(local.contentControls().map((c) => [c.from, c.to])).toEqual([[0, 3]]);
    } finally {
      local.uninstall();
    }
  });

  it("asks to place the cursor in a paragraph when the selection has none", async () => {
    double().setParagraphs(["Text."]);
    // The cursor in a header or on an image: Word's selection holds no body paragraph.
    const nowhere = new ParagraphModel();
    double().model.selection = { first: nowhere, last: nowhere };
    const error = await markStatement("vision").catch((e: unknown) => e);
    expect(userMessageFor(error)).toBe("Placera markören i det stycke som ska markeras och försök igen.");
  });
});

const tableDocument: ParagraphInput[] = [
  "Före tabellen.",
  { text: "Kommunal", cell: { table: 1, row: 0, cell: 0 } },
  { text: "Vill ha en plan.", cell: { table: 1, row: 0, cell: 1 } },
  "Efter tabellen.",
];

/** Wraps paragraphs from..to in a control the way older versions wrapped whole sections. */
async function wrapOld(target: WordDouble, from: number, to: number, tag: string, title: string) {
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    const range = paragraphs.items[from]!.getRange("Whole").expandTo(paragraphs.items[to]!.getRange("Whole"));
    const control = range.insertContentControl();
    control.tag = tag;
    control.title = title;
    await context.sync();
  });
  expect(target.contentControls().map((c) => c.tag)).toContain(tag);
}

describe("markDisagreement", () => {
  it("tags all unions once, titles them by display name", async () => {
    await minutesWithStatement("Kommunal och Vision är oeniga.");
    await markDisagreement(["kommunal", "vision", "kommunal"]);
    expect(marks()[0]!.tag).toMatch(/^sp:oenighet:kommunal\+vision:[a-z0-9]{8}$/);
    expect(marks()[0]!.title).toBe("Oenighet: Kommunal, Vision");
    expect(marks()[0]!.color).toBe(MARK_COLOURS.disagreement);
  });

  it("refuses an oenighet without unions before touching Word", async () => {
    const { result, syncs } = await measured(double(), () => markDisagreement([]).catch((e: unknown) => e));
    expect(userMessageFor(result)).toBe("Välj minst en organisation för oenigheten.");
    expect(syncs).toBe(0);
  });
});

describe("removeMark and selectMark", () => {
  it("removes the control by its id and keeps the text, in one sync", async () => {
    await minutesWithStatement();
    const { id } = await markStatement("vision");
    const text = outline(double());
    const { syncs } = await measured(double(), () => removeMark(id));
    expect(syncs).toBe(1);
    expect(marks()).toEqual([]);
    expect(outline(double())).toEqual(text);
  });

  it("selects the control (Word scrolls to a new selection), in one sync", async () => {
    const slot = await minutesWithStatement();
    const { id } = await markStatement("vision");
    double().setSelection(0);
    const { syncs } = await measured(double(), () => selectMark(id));
    expect(syncs).toBe(1);
    expect(double().selection()).toEqual({ from: slot, to: slot });
  });

  it("explains in Swedish when the mark is gone, and does not ask Word about ids it never gave", async () => {
    expect(userMessageFor(await removeMark("7").catch((e: unknown) => e))).toBe(
      "Markeringen finns inte längre i dokumentet. Den kan ha tagits bort eller ångrats – uppdatera listan.",
    );
    const { syncs } = await measured(double(), () =>
      selectMark("sp:inspel:vision:k3j4h5g6").catch(() => null),
    );
    expect(syncs).toBe(0);
  });
});
