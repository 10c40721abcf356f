import { afterEach, describe, expect, it } from "vitest";
import { createWordOps } from "../../../addin/word/create-word-ops";
import { sampleMeeting } from "../../../addin/word/testing/fixtures";
import { builtinTemplates } from "../../../shared/templates/registry";
import { type DoubleOptions, installWordDouble, type WordDouble } from "./install";

// The double's own strictness, each rule with the Word behaviour it models. The adapter's tests
// (addin/word/*.test.ts) run the real operations on it.

let double: WordDouble;
function install(options?: DoubleOptions) {
  double = installWordDouble(globalThis, options);
  return double;
}
afterEach(() => double?.uninstall());

const run = <T>(batch: (context: Word.RequestContext) => Promise<T>) =>
  (globalThis as unknown as { Word: typeof Word }).Word.run(batch);

/** A heading paragraph wrapped in a control, then text under it. */
async function headingWithText() {
  install().setParagraphs([{ text: "Budget", style: "Heading1" }, "Text."]);
  await run(async (context) => {
    const control = context.document.body.paragraphs.getFirst().getRange("Whole").insertContentControl();
    control.tag = "sp:punkt:budget";
    await context.sync();
  });
}

describe("Paragraph.getNextOrNullObject", () => {
  it("gives the next paragraph, and a null object after the last (Word API reference)", async () => {
    install().setParagraphs(["Första.", "Sista."]);
    const [next, none] = await run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const after = first.getNextOrNullObject();
      after.load("text");
      const last = context.document.body.paragraphs.getLast().getNextOrNullObject();
      last.load("text");
      await context.sync();
      return [after.isNullObject ? null : after.text, last.isNullObject] as const;
    });
    expect(next).toBe("Sista.");
    expect(none).toBe(true);
  });
});

describe("Office.js batching", () => {
  it("refuses to read a property that was not loaded and synced, as Word does", async () => {
    install();
    await expect(
      run(async (context) => {
        const body = context.document.body;
        body.load("text");
        return body.text;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("hands out nothing a failed sync loaded", async () => {
    install().setParagraphs(["Text."]);
    const body = await run(async (context) => {
      const loaded = context.document.body;
      loaded.load("text");
      context.document.contentControls.getById(99).delete(true);
      await context.sync().catch(() => undefined);
      return loaded;
    });
    expect(() => body.text).toThrow(/not available/);
  });

  it("counts syncs and the bytes each one carries back as JSON", async () => {
    install().setParagraphs(["Åtta ord"]);
    double.resetSyncs();
    await run(async (context) => {
      const body = context.document.body;
      body.load("text");
      await context.sync();
      await context.sync();
    });
    // {"text":"Åtta ord"}: the Å takes two bytes in UTF-8.
    expect(double.syncs).toEqual([{ bytes: 20 }, { bytes: 0 }]);
  });

  it("loads a window of a collection with top and skip", async () => {
    install().setParagraphs(["a", "b", "c", "d"]);
    const texts = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load({ select: "text", skip: 1, top: 2 });
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    expect(texts).toEqual(["b", "c"]);
  });
});

describe("requirement sets", () => {
  it("with WordApi 1.3, rejects the 1.4 members (CustomXmlParts, reviewed text, track changes) with ApiNotFound", async () => {
    install({ wordApi: "1.3" });
    for (const use of [
      (context: Word.RequestContext) => context.document.customXmlParts.getByNamespace("urn:x").load("id"),
      (context: Word.RequestContext) => context.document.body.getReviewedText("Current"),
      (context: Word.RequestContext) => context.document.load("changeTrackingMode"),
    ]) {
      await expect(
        run(async (context) => {
          use(context);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "ApiNotFound" });
    }
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
  });
});

describe("Word's documented edge cases", () => {
  it("row 1: a paragraph inserted after a control's last paragraph lands outside it (office-js #3176)", async () => {
    await headingWithText();
    await run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph("Ny", "After");
      await context.sync();
    });
    expect(double.contentControls().map((c) => [c.from, c.to])).toEqual([[0, 0]]);
    expect(double.text()).toBe("Budget\nNy\nText.");
  });

  it("row 1: a range running to a control's last paragraph reaches over its end tag, so wrapping it crosses the control (#3176)", async () => {
    install().setParagraphs([{ text: "Budget", style: "Heading1" }, "Text.", "Sista raden."]);
    const wrap = (from: number, to: number, reach: "Whole" | "Content") =>
      run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("text");
        await context.sync();
        paragraphs.items[from]!.getRange(reach)
          .expandTo(paragraphs.items[to]!.getRange(reach))
          .insertContentControl().tag = `${from}-${to}`;
        await context.sync();
      });
    await wrap(0, 2, "Whole");
    await expect(wrap(2, 2, "Whole")).rejects.toMatchObject({ code: "InvalidArgument" });
    await wrap(2, 2, "Content");
    await wrap(0, 2, "Whole");
    // Around all of a control's paragraphs the new control holds it: Word lists it first.
    expect(double.contentControls().map((c) => c.tag)).toEqual(["0-2", "0-2", "2-2"]);
    expect(double.contentControls()[0]!.id).toBe(3);
  });

  it("row 2: replacing the only paragraph of a control takes the control with it (office-js #4975)", async () => {
    await headingWithText();
    await run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("Ekonomi", "Replace");
      await context.sync();
    });
    expect(double.contentControls()).toEqual([]);
    expect(double.text()).toBe("Ekonomi\nText.");
  });

  it("row 2: through the control itself the content is replaced and the control stays", async () => {
    await headingWithText();
    await run(async (context) => {
      context.document.contentControls.getFirst().insertText("Ekonomi", "Replace");
      await context.sync();
    });
    expect(double.contentControls().map((c) => [c.tag, c.text])).toEqual([["sp:punkt:budget", "Ekonomi"]]);
  });

  it("row 2: deleting a child that fills its parent deletes the parent (office-js #2946)", async () => {
    await headingWithText();
    await run(async (context) => {
      const inner = context.document.contentControls.getFirst().getRange("Whole").insertContentControl();
      inner.tag = "inner";
      await context.sync();
      inner.delete(false);
      await context.sync();
    });
    expect(double.contentControls()).toEqual([]);
    expect(double.text()).toBe("Text.");
  });

  it("row 3: a control over part of a table fails with GeneralException (office-js #4251), and the web lists none inside one (#2040)", async () => {
    const cell = (row: number, cell: number) => ({ table: 1, row, cell });
    const rows = [
      "Före.",
      { text: "a", cell: cell(0, 0) },
      { text: "b", cell: cell(0, 1) },
      { text: "c", cell: cell(1, 0) },
      "Efter.",
    ];
    install({ platform: "PC" }).setParagraphs(rows);
    await expect(
      run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("text");
        await context.sync();
        paragraphs.items[1]!.getRange("Whole")
          .expandTo(paragraphs.items[2]!.getRange("Whole"))
          .insertContentControl();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    // Desktop Word accepts a control inside one cell, which Word on the web would then not list.
    const listed = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      paragraphs.items[1]!.getRange("Whole").insertContentControl().tag = "in-cell";
      const controls = context.document.contentControls;
      controls.load("tag");
      await context.sync();
      return controls.items.map((c) => c.tag);
    });
    expect(listed).toEqual(["in-cell"]);
    const onTheWeb = installWordDouble(globalThis);
    onTheWeb.model.controls = double.model.controls;
    onTheWeb.model.paragraphs = double.model.paragraphs;
    const webListed = await run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("tag");
      await context.sync();
      return controls.items.length;
    });
    onTheWeb.uninstall();
    expect(webListed).toBe(0);
  });

  it("row 5: style names are localised (Rubrik 1), styleBuiltIn is Other for custom styles, outline levels work", async () => {
    install().setParagraphs([
      { text: "Budget", style: "Heading1" },
      { text: "Egen rubrik", style: "Protokollrubrik", outlineLevel: 2 },
      "Text",
    ]);
    const read = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("style,styleBuiltIn,outlineLevel");
      await context.sync();
      return paragraphs.items.map((p) => [p.style, p.styleBuiltIn, p.outlineLevel]);
    });
    expect(read).toEqual([
      ["Rubrik 1", "Heading1", 1],
      ["Protokollrubrik", "Other", 2],
      ["Normal", "Normal", 10],
    ]);
  });

  it("row 6: under track changes text keeps deleted runs and the reviewed text does not (office-js #1267)", async () => {
    install().setParagraphs(["Kommunal är oenig."]);
    double.setTracking(true);
    double.model.paragraphs[0]!.runs = [
      { text: "Kommunal är " },
      { text: "inte ", deleted: true },
      { text: "oenig." },
    ];
    const [text, reviewed] = await run(async (context) => {
      const body = context.document.body;
      body.load("text");
      const current = body.getReviewedText("Current");
      await context.sync();
      return [body.text, current.value];
    });
    expect([text, reviewed]).toEqual(["Kommunal är inte oenig.", "Kommunal är oenig."]);
  });

  it("row 7: a part's XML with a declaration in front is silently not applied (office-js #1643)", async () => {
    install();
    const xml = (place: string, declaration = "") => `${declaration}<m xmlns="urn:t"><p>${place}</p></m>`;
    const read = await run(async (context) => {
      const part = context.document.customXmlParts.add(xml("a"));
      await context.sync();
      part.setXml(xml("b", '<?xml version="1.0"?>'));
      const afterDeclared = part.getXml();
      await context.sync();
      part.setXml(xml("c"));
      const afterFragment = part.getXml();
      await context.sync();
      return [afterDeclared.value, afterFragment.value];
    });
    expect(read).toEqual([xml("a"), xml("c")]);
  });
});

describe("the real adapter on the double", () => {
  it.each(builtinTemplates.map((t) => [t.id, t] as const))(
    "newMinutes → readIndex round-trips for %s",
    async (_, template) => {
      install();
      const ops = createWordOps();
      await ops.newMinutes(template, sampleMeeting);
      const index = await ops.readIndex();
      const punkts = double.contentControls().filter((c) => c.tag.startsWith("sp:punkt:"));
      expect(index.sections.map((s) => [s.id, s.tag])).toEqual(punkts.map((c) => [String(c.id), c.tag]));
      expect(index.hasJustering).toBe(true);
      expect(double.droppedOperations).toBe(0);
    },
  );

  it("undoes the last add-in action when asked to keep history (the trial page's Ctrl+Z)", async () => {
    install({ undo: true }).setParagraphs(["Text."]);
    await createWordOps().markStatement("vision");
    expect(double.contentControls()).toHaveLength(1);
    expect(double.undo()).toBe(true);
    expect(double.contentControls()).toEqual([]);
    expect(double.text()).toBe("Text.");
  });
});
