import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../../shared/model/meeting";
import { templateById } from "../../shared/templates/registry";
import { insertAgendaItems } from "./agenda";
import { userMessageFor } from "./errors";
import { markStatement } from "./marking";
import { newMinutes } from "./minutes";
import { controlSpans, measured, outline, useWordDouble } from "./testing/double";
import { budgetItem, sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();

const budget = budgetItem;
const rapport: AgendaItem = {
  number: "8",
  title: "Månadsrapport",
  dnr: [],
  mbl: null,
  procedural: false,
  links: [],
};
const mbl11 = { sectionId: "mbl11" };

async function minutes() {
  await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
}
const section = (from: string, to: string) => {
  const lines = outline(double());
  return lines.slice(lines.indexOf(from), lines.indexOf(to) + 1);
};
/** The § 11 part of the förvaltningsgrupp minutes, from its heading to the § 19 heading. */
const mbl11Part = () =>
  section(
    "Heading2: Avser samverkan som motsvarar MBL § 11",
    "Heading2: Information avser samverkan som motsvarar MBL § 19",
  );

describe("insertAgendaItems", () => {
  it("appends new items at the end of the section, before the next heading, with API hyperlinks: two syncs", async () => {
    await minutes();
    const { result, syncs } = await measured(double(), () => insertAgendaItems([budget, rapport], mbl11));
    expect(result).toEqual({ inserted: 2, updated: 0 });
    expect(syncs).toBe(2);
    expect(mbl11Part()).toEqual([
      "Heading2: Avser samverkan som motsvarar MBL § 11",
      "Normal: ",
      "Heading3: Budget 2025",
      "Normal: Nämndens punkt 7 – Dnr: SN 2024/12 – Samverkas motsvarande MBL § 11",
      "Normal: Underlag: Tjänsteskrivelse, Bilaga",
      "Normal: ",
      "Heading3: Månadsrapport",
      "Normal: Nämndens punkt 8",
      "Normal: ",
      "Heading2: Information avser samverkan som motsvarar MBL § 19",
    ]);
    // A free line under each item, outside its control: where the secretary writes about it.
    expect(controlSpans(double()).slice(12, 16)).toEqual([
      "sp:punkt:mbl11 32–32",
      "sp:agenda:dnr-sn-2024-12 34–36",
      "sp:agenda:nr-8-manadsrapport 38–39",
      "sp:punkt:mbl19 41–41",
    ]);
    expect(double().paragraphs()[36]!.links).toEqual([
      { text: "Tjänsteskrivelse", href: "https://intranet.example.se/a.pdf" },
      { text: "Bilaga", href: "http://intranet.example.se/b.pdf" },
    ]);
    const item = double()
      .contentControls()
      .find((c) => c.tag === "sp:agenda:dnr-sn-2024-12")!;
    expect([item.title, item.appearance]).toEqual(["Samverkansprotokoll", "BoundingBox"]);
  });

  it("updates an item already in the document through its control, which stays, even when it is only its heading and number", async () => {
    await minutes();
    await insertAgendaItems([rapport], mbl11);
    const before = double()
      .contentControls()
      .find((c) => c.tag === "sp:agenda:nr-8-manadsrapport")!;
    const { result } = await measured(double(), () =>
      insertAgendaItems(
        [{ ...rapport, mbl: "mbl19", links: [{ text: "PM", href: "https://x.example/pm.pdf" }] }],
        mbl11,
      ),
    );
    expect(result).toEqual({ inserted: 0, updated: 1 });
    const after = double()
      .contentControls()
      .find((c) => c.tag === "sp:agenda:nr-8-manadsrapport")!;
    expect(after.id).toBe(before.id);
    expect(after.text).toBe("Månadsrapport\rNämndens punkt 8 – Information enligt MBL § 19\rUnderlag: PM");
  });

  it("keeps what the user wrote under an item and a statement marked there when the item is clipped again", async () => {
    await minutes();
    await insertAgendaItems([budget], mbl11);
    const links = double()
      .paragraphs()
      .findIndex((p) => p.text === "Underlag: Tjänsteskrivelse, Bilaga");
    double().model.insertParagraphAfter(double().model.paragraphs[links]!, "Vision vill veta mer.");
    double().setSelection(links + 1);
    const statement = await markStatement("vision");
    const item = double()
      .contentControls()
      .find((c) => c.tag.startsWith("sp:agenda:"))!;
    expect(statement.sectionId).toBe(String(item.id));
    expect(await insertAgendaItems([{ ...budget, title: "Budget 2025, reviderad" }], mbl11)).toEqual({
      inserted: 0,
      updated: 1,
    });
    expect(outline(double()).slice(links - 2, links + 2)).toEqual([
      "Heading3: Budget 2025, reviderad",
      "Normal: Nämndens punkt 7 – Dnr: SN 2024/12 – Samverkas motsvarande MBL § 11",
      "Normal: Underlag: Tjänsteskrivelse, Bilaga",
      "Normal: Vision vill veta mer.",
    ]);
    expect(
      double()
        .contentControls()
        .map((c) => String(c.id)),
    ).toContain(statement.id);
  });

  it("updates only the heading line of an item the user wrote inside, and keeps the control", async () => {
    await minutes();
    await insertAgendaItems([budget], mbl11);
    const item = double()
      .contentControls()
      .find((c) => c.tag === "sp:agenda:dnr-sn-2024-12")!;
    // Enter at the end of the underlag line, still inside the item's control, and a note.
    double().model.insertParagraphAfter(double().model.paragraphs[item.to]!, "Mina anteckningar", [
      double().model.controls.find((c) => c.id === item.id)!,
    ]);
    await insertAgendaItems([{ ...budget, title: "Budget 2025, reviderad" }], mbl11);
    const after = double()
      .contentControls()
      .find((c) => c.id === item.id)!;
    expect(after.text).toBe(
      "Budget 2025, reviderad\rNämndens punkt 7 – Dnr: SN 2024/12 – Samverkas motsvarande MBL § 11\rUnderlag: Tjänsteskrivelse, Bilaga\rMina anteckningar",
    );
  });

  it("keeps the free line under an item when the item is clipped again", async () => {
    await minutes();
    await insertAgendaItems([budget, rapport], mbl11);
    await insertAgendaItems([{ ...budget, links: [] }, rapport], mbl11);
    expect(mbl11Part()).toEqual([
      "Heading2: Avser samverkan som motsvarar MBL § 11",
      "Normal: ",
      "Heading3: Budget 2025",
      "Normal: Nämndens punkt 7 – Dnr: SN 2024/12 – Samverkas motsvarande MBL § 11",
      "Normal: ",
      "Heading3: Månadsrapport",
      "Normal: Nämndens punkt 8",
      "Normal: ",
      "Heading2: Information avser samverkan som motsvarar MBL § 19",
    ]);
  });

  it("puts an item inserted later (classified afterwards) in its group in agenda order, after the notes of the item before it", async () => {
    await minutes();
    const item = (number: string, title: string): AgendaItem => ({ ...rapport, number, title, mbl: "mbl11" });
    await insertAgendaItems([item("9", "Lokalplan"), item("7", "Budget")], mbl11);
    const free = outline(double()).indexOf("Heading3: Budget") + 2;
    double().model.paragraphs[free]!.runs = [{ text: "Kommunal vill se kalkylen." }];
    expect(await insertAgendaItems([item("8", "Månadsrapport"), item("10 a", "Tillägg")], mbl11)).toEqual({
      inserted: 2,
      updated: 0,
    });
    expect(mbl11Part()).toEqual([
      "Heading2: Avser samverkan som motsvarar MBL § 11",
      "Normal: ",
      "Heading3: Budget",
      "Normal: Nämndens punkt 7 – Samverkas motsvarande MBL § 11",
      "Normal: Kommunal vill se kalkylen.",
      "Heading3: Månadsrapport",
      "Normal: Nämndens punkt 8 – Samverkas motsvarande MBL § 11",
      "Normal: ",
      "Heading3: Lokalplan",
      "Normal: Nämndens punkt 9 – Samverkas motsvarande MBL § 11",
      "Normal: ",
      "Heading3: Tillägg",
      "Normal: Nämndens punkt 10 a – Samverkas motsvarande MBL § 11",
      "Normal: ",
      "Heading2: Information avser samverkan som motsvarar MBL § 19",
    ]);
  });

  it("keeps two lines the secretary wrote inside an item's control, right under its number, when it is clipped again", async () => {
    await minutes();
    await insertAgendaItems([rapport], mbl11);
    const item = double().model.controls.find((c) => c.tag === "sp:agenda:nr-8-manadsrapport")!;
    double().model.insertParagraphAfter(item.last, "Anteckning ett", [item]);
    double().model.insertParagraphAfter(item.last, "Anteckning två", [item]);
    await insertAgendaItems([{ ...rapport, mbl: "mbl19" }], mbl11);
    expect(
      double()
        .contentControls()
        .find((c) => c.tag === "sp:agenda:nr-8-manadsrapport")!.text,
    ).toBe("Månadsrapport\rNämndens punkt 8\rAnteckning ett\rAnteckning två");
  });

  it("counts the same item twice in one batch once", async () => {
    await minutes();
    expect(await insertAgendaItems([budget, budget], mbl11)).toEqual({ inserted: 1, updated: 0 });
  });

  it("says where to start when the document has no agenda section, after one sync", async () => {
    double().setParagraphs(["Fritext"]);
    const { result, syncs } = await measured(double(), () =>
      insertAgendaItems([rapport], mbl11).catch((e: unknown) => e),
    );
    expect(userMessageFor(result)).toBe(
      "Dokumentet saknar avsnittet för föredragningslistan. Infoga avsnittet från Mallar först.",
    );
    expect(syncs).toBe(1);
  });

  it("does not call Word for an empty list", async () => {
    const { result, syncs } = await measured(double(), () => insertAgendaItems([], mbl11));
    expect(result).toEqual({ inserted: 0, updated: 0 });
    expect(syncs).toBe(0);
  });
});
