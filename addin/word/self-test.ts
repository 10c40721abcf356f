import {
  blockText,
  JUSTERARE_FIELD,
  justerareListParagraphs,
  justeringParagraphs,
} from "../../shared/document/content";
import { fieldTag } from "../../shared/document/fields";
import { agendaItemKey, formatTag, sectionIdOf } from "../../shared/document/tags";
import type { AgendaItem, Meeting } from "../../shared/model/meeting";
import { builtinTemplates, flattenSections } from "../../shared/templates/registry";
import type { Template } from "../../shared/templates/types";
import { codeOf, userMessageFor, WordOpError } from "./errors";
import { markedSectionTitle } from "./mark-result";
import { MEETING_NAMESPACE, MEETING_SETTING } from "./meeting-part";
import type { MarkResult, SelfTestReport, SelfTestStep, WordOps } from "./ops";
import { supportsWordApi } from "./requirements";
import { firstLine, isAnchor, structureKind } from "./structure";

/**
 * Självtest: what an IT department runs once in real Word after deploying, in an empty document. Every
 * operation of the add-in runs on the document, each result is checked by reading the document back, and
 * what the test wrote is removed at the end. The report names Word's version, platform and requirement sets
 * and gives pass or fail per step with Office's error code, for the add-in's maintainers.
 */

const MEETING: Meeting = {
  type: "forvaltningsgrupp",
  date: "2024-02-13",
  time: "13:00",
  place: "Självtestets rum",
  justeringDate: "2024-02-16",
  roster: {
    employer: [{ name: "Anna Ek", title: "förvaltningschef" }],
    unions: [{ org: "kommunal", people: [{ name: "Karin Berg" }] }],
    absent: [],
  },
  justerare: [
    { org: "kommunal", name: "Karin Berg" },
    { org: "arbetsgivaren", name: "Anna Ek" },
  ],
};

const AGENDA_ITEM: AgendaItem = {
  number: "7",
  title: "Självtestets ärende",
  dnr: ["SN 2024/1"],
  mbl: "mbl11",
  procedural: false,
  links: [{ text: "Underlag", href: "https://example.org/underlag.pdf" }],
};

const REQUIREMENT_SETS = ["1.1", "1.2", "1.3", "1.4"];

/** A failed check: what was expected, in Swedish, for the report. */
class CheckFailed extends Error {}

function check(condition: boolean, detail: string): asserts condition {
  if (!condition) throw new CheckFailed(detail);
}

interface ControlRead {
  id: number;
  tag: string;
  title: string;
  text: string;
}

/** Reads every control and the body's paragraphs back, in one sync, for checking a step. */
async function readBack(): Promise<{ controls: ControlRead[]; paragraphs: string[]; styles: string[] }> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("id,tag,title,text");
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text,styleBuiltIn");
    await context.sync();
    return {
      controls: controls.items.map(({ id, tag, title, text }) => ({ id, tag, title, text })),
      paragraphs: paragraphs.items.map((p) => p.text),
      styles: paragraphs.items.map((p) => p.styleBuiltIn),
    };
  });
}

async function clearDocument(): Promise<void> {
  await Word.run(async (context) => {
    context.document.body.clear();
    await context.sync();
  });
}

/** Runs `change` on paragraph `index` of the body, as the secretary would, and selects what it returns. */
async function atParagraph(
  index: number,
  change: (paragraph: Word.Paragraph) => Word.Paragraph,
): Promise<void> {
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    const paragraph = paragraphs.items[index];
    check(paragraph !== undefined, `Stycke ${index + 1} saknas.`);
    change(paragraph).select();
    await context.sync();
  });
}

/** Writes text into paragraph `index` and selects it. */
const writeAndSelect = (index: number, text: string) =>
  atParagraph(index, (paragraph) => {
    paragraph.getRange("Content").insertText(text, "Replace");
    return paragraph;
  });

/** Adds a paragraph after paragraph `index` with this text and selects it. */
const addAfterAndSelect = (index: number, text: string) =>
  atParagraph(index, (paragraph) => {
    const added = paragraph.insertParagraph(text, "After");
    added.styleBuiltIn = "Normal";
    return added;
  });

/**
 * The index of the first empty paragraph after a section's heading, where a statement is written: the line
 * under the heading, or under its statements heading where the template writes one.
 */
function statementSlot(paragraphs: readonly string[], heading: string): number {
  const start = paragraphs.indexOf(heading);
  const slot = paragraphs.indexOf("", start);
  check(
    start >= 0 && slot > start && paragraphs[slot] === "",
    `Raden att skriva inspel på under ”${heading}” saknas.`,
  );
  return slot;
}

const headingOf = (template: Template, id: string) => {
  const section = flattenSections(template.sections).find((s) => s.id === id)!;
  return section.number ? `${section.number}. ${section.title}` : section.title;
};

async function expectRefusal(action: () => Promise<unknown>, key: WordOpError["key"]): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof WordOpError && error.key === key) return;
    throw error;
  }
  throw new CheckFailed("Markeringen gjordes, men skulle ha vägrats med ett meddelande.");
}

async function removeMeetingData(): Promise<void> {
  if (supportsWordApi("1.4")) {
    await Word.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(MEETING_NAMESPACE);
      parts.load("id");
      await context.sync();
      for (const part of parts.items) part.delete();
      await context.sync();
    });
    return;
  }
  Office.context.document.settings.remove(MEETING_SETTING);
  await new Promise((resolve) => Office.context.document.settings.saveAsync(resolve));
}

function environment(): Pick<SelfTestReport, "host" | "version" | "platform" | "requirementSets"> {
  const diagnostics = Office.context.diagnostics;
  return {
    host: String(diagnostics?.host ?? "Word"),
    version: diagnostics?.version ?? "okänd",
    platform: String(diagnostics?.platform ?? "okänd"),
    requirementSets: REQUIREMENT_SETS.map((version) => ({
      name: `WordApi ${version}`,
      supported: supportsWordApi(version),
    })),
  };
}

/**
 * Runs the steps in order; a step's failure is recorded and the next ones still run. A document that is not
 * empty is refused before the first step (WordOpError), so nothing of the user's is touched.
 */
export async function runSelfTest(
  ops: WordOps,
  onStep?: (step: SelfTestStep) => void,
): Promise<SelfTestReport> {
  const steps: SelfTestStep[] = [];
  const record = (step: SelfTestStep) => {
    steps.push(step);
    onStep?.(step);
  };
  const run = async (name: string, body: () => Promise<string | undefined>) => {
    try {
      const skipped = await body();
      record(skipped ? { name, outcome: "skipped", detail: skipped } : { name, outcome: "pass" });
      return true;
    } catch (error) {
      const code = codeOf(error);
      const detail = error instanceof CheckFailed ? error.message : userMessageFor(error);
      record({ name, outcome: "fail", detail, ...(code ? { code } : {}) });
      return false;
    }
  };
  const report = (): SelfTestReport => ({ ranAt: new Date().toISOString(), ...environment(), steps });
  const sectionTitleOf = async (result: MarkResult) =>
    markedSectionTitle(result, (await ops.readIndex()).sections);

  // The test writes and removes text: in a document with anything in it, it refuses before it starts.
  const start = await readBack();
  if (start.controls.length > 0 || start.paragraphs.some((text) => text.trim() !== "")) {
    throw new WordOpError("word.error.notEmptyForSelfTest");
  }
  await run("Tomt dokument", async () => undefined);

  const main = builtinTemplates.find((template) => template.id === "forvaltningsgrupp")!;
  for (const template of [...builtinTemplates.filter((t) => t !== main), main]) {
    await run(`Nytt protokoll: ${template.name}`, async () => {
      await ops.newMinutes(template, { ...MEETING, type: template.meetingType });
      try {
        const { controls, paragraphs, styles } = await readBack();
        const title = paragraphs.findIndex((text) => text !== "");
        check(styles[title] === "Title", "Protokollets första stycke har inte formatet Rubrik.");
        const sectionIds = new Set(controls.map((c) => sectionIdOf(c.tag)));
        for (const section of flattenSections(template.sections)) {
          if (section.kind === "justering") continue;
          check(sectionIds.has(section.id), `Punkten ”${section.title}” saknas.`);
        }
        check(controls.filter((c) => c.tag === "sp:justering").length === 1, "Justeringsblocket saknas.");
        check(controls.filter((c) => structureKind(c.tag)).every(isAnchor), "En rubrik har fel titel.");
      } finally {
        if (template !== main) await clearDocument();
      }
    });
  }

  const item = headingOf(main, "foranmalda-fragor");
  await run("Markering inne i en punkt", async () => {
    const { paragraphs } = await readBack();
    const slot = statementSlot(paragraphs, item);
    await writeAndSelect(slot, "Självtest: Kommunal lämnar ett inspel.");
    await addAfterAndSelect(slot, "Självtest: Kommunal är oenig.");
    await writeAndSelect(slot, "Självtest: Kommunal lämnar ett inspel.");
    const result = await ops.markStatement("kommunal");
    const under = await sectionTitleOf(result);
    check(under === item, `Markeringen hamnade under ”${under ?? "ingen punkt"}”, inte ”${item}”.`);
    const { controls } = await readBack();
    const mark = controls.find((c) => String(c.id) === result.id);
    check(mark?.text === "Självtest: Kommunal lämnar ett inspel.", "Markeringen omfattar fel text.");
  });

  await run("Markering på punktens sista rad", async () => {
    const before = await readBack();
    const last = before.paragraphs.indexOf("Självtest: Kommunal är oenig.");
    check(last > 0, "Raden att markera saknas.");
    await writeAndSelect(last, "Självtest: Kommunal är oenig.");
    const result = await ops.markDisagreement(["kommunal"]);
    check((await sectionTitleOf(result)) === item, "Oenigheten hamnade under fel punkt.");
    const after = await readBack();
    check(
      after.controls.find((c) => String(c.id) === result.id)?.text === "Självtest: Kommunal är oenig.",
      "Oenigheten omfattar fel text.",
    );
    const headings = (read: typeof before) => read.controls.filter(isAnchor).map((c) => c.text);
    check(
      JSON.stringify(headings(after)) === JSON.stringify(headings(before)),
      "En rubrik ändrades av markeringen.",
    );
  });

  await run("Markering utanför punkterna", async () => {
    const { paragraphs } = await readBack();
    await writeAndSelect(paragraphs.length - 1, "Självtest: text efter justeringen.");
    const result = await ops.markStatement("vision");
    check(result.sectionId === undefined, "Texten efter justeringen fick en punkt.");
  });

  await run("Markering i en tabell", async () => {
    await Word.run(async (context) => {
      const table = context.document.body.insertTable(1, 2, "End", [["Självtest", "tabell"]]);
      table.getCell(0, 0).body.paragraphs.getFirst().select();
      await context.sync();
    });
    await expectRefusal(() => ops.markStatement("kommunal"), "word.error.inTable");
  });

  await run("Index", async () => {
    const index = await ops.readIndex();
    check(index.statements.length === 2, `Indexet har ${index.statements.length} inspel, inte 2.`);
    check(index.statements[0]?.sectionTitle === item, "Inspelet står under fel punkt i indexet.");
    check(
      index.disagreements.length === 1 && index.disagreements[0]?.sectionTitle === item,
      "Oenigheten står fel i indexet.",
    );
    check(index.hasJustering, "Indexet hittar inte justeringen.");
  });

  const expectedJustering = async () => {
    const { disagreements } = await ops.readIndex();
    return justeringParagraphs(main, MEETING, disagreements).map(blockText).join("\r");
  };
  await run("Justeringen skrivs om två gånger", async () => {
    for (let i = 0; i < 2; i++) {
      await ops.rewriteJustering(MEETING, main);
      const blocks = (await readBack()).controls.filter((c) => c.tag === "sp:justering");
      check(blocks.length === 1, `Efter omskrivning ${i + 1} finns ${blocks.length} justeringsblock.`);
      check(blocks[0]!.text === (await expectedJustering()), "Justeringstexten blev inte den väntade.");
    }
  });

  await run("Föredragningslista: infoga och uppdatera", async () => {
    const target = { sectionId: "mbl11" };
    const first = await ops.insertAgendaItems([AGENDA_ITEM], target);
    check(first.inserted === 1, "Punkten infogades inte.");
    const second = await ops.insertAgendaItems(
      [{ ...AGENDA_ITEM, title: "Självtestets ärende, ändrat" }],
      target,
    );
    check(second.updated === 1 && second.inserted === 0, "Punkten uppdaterades inte.");
    const tag = formatTag({ kind: "agenda", key: agendaItemKey(AGENDA_ITEM) });
    const items = (await readBack()).controls.filter((c) => c.tag === tag);
    check(items.length === 1, `Punkten finns ${items.length} gånger.`);
    check(firstLine(items[0]!.text) === "Självtestets ärende, ändrat", "Punktens rubrik uppdaterades inte.");
  });

  await run("Text inne i ett ärendes ruta", async () => {
    const tag = formatTag({ kind: "agenda", key: agendaItemKey(AGENDA_ITEM) });
    const text = "Självtest: Kommunal invänder mot underlaget.";
    // Where Enter at the end of the item's last line puts the secretary's text: inside the item's control.
    await Word.run(async (context) => {
      const item = context.document.contentControls.getByTag(tag).getFirst();
      item.insertParagraph(text, "End").select();
      await context.sync();
    });
    const result = await ops.markDisagreement(["kommunal"]);
    const under = await sectionTitleOf(result);
    check(
      under === "Självtestets ärende, ändrat",
      `Oenigheten hamnade under ”${under ?? "ingen punkt"}”, inte under ärendet.`,
    );
    const { controls } = await readBack();
    const item = controls.find((c) => c.tag === tag);
    check(item !== undefined && !item.text.includes(text), "Texten flyttades inte ut ur ärendets ruta.");
    check(controls.find((c) => String(c.id) === result.id)?.text === text, "Oenigheten omfattar fel text.");
  });

  await run("Mötesuppgifter: spara och läs tillbaka", async () => {
    const changed: Meeting = {
      ...MEETING,
      place: "Självtestets andra rum",
      justerare: [...MEETING.justerare, { org: "vision", name: "Sara Ek" }],
    };
    await ops.saveMeeting(changed);
    const read = await ops.readMeeting();
    check(
      JSON.stringify(read) === JSON.stringify(changed),
      "Mötesuppgifterna lästes inte tillbaka som de sparades.",
    );
    const { controls } = await readBack();
    const place = controls.find((c) => c.tag === fieldTag("plats"));
    check(place?.text === "Självtestets andra rum", "Fältet för platsen skrevs inte om.");
    const list = controls.find((c) => c.tag.startsWith(`${fieldTag(JUSTERARE_FIELD)}:`));
    check(
      list?.text === justerareListParagraphs(changed).map(blockText).join("\r"),
      "Listan under ”Till justerare valdes:” skrevs inte om.",
    );
  });

  await run("Spårade ändringar", async () => {
    if (!supportsWordApi("1.4"))
      return "WordApi 1.4 saknas: ändringsläget kan inte läsas, och text som tagits bort med spårade ändringar räknas med.";
    const setMode = (mode: "TrackAll" | "Off") =>
      Word.run(async (context) => {
        context.document.changeTrackingMode = mode;
        await context.sync();
      });
    await setMode("TrackAll");
    try {
      const changed = { ...MEETING, justerare: [{ org: "kommunal", name: "Karin Berg-Lund" }] };
      await ops.rewriteJustering(changed, main);
      const index = await ops.readIndex();
      const expected = justeringParagraphs(main, changed, index.disagreements).map(blockText).join("\r");
      const reviewed = await Word.run(async (context) => {
        const block = context.document.contentControls
          .getByTag("sp:justering")
          .getFirst()
          .getReviewedText("Current");
        await context.sync();
        return block.value;
      });
      check(reviewed === expected, "Med spårade ändringar blev justeringstexten inte den väntade.");
    } finally {
      await setMode("Off");
    }
  });

  await run("Städning", async () => {
    await clearDocument();
    await removeMeetingData();
    const { controls, paragraphs } = await readBack();
    check(
      controls.length === 0 && paragraphs.every((text) => text === ""),
      "Dokumentet är inte tomt efter testet.",
    );
  });
  return report();
}
