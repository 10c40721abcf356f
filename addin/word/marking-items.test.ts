import { describe, expect, it } from "vitest";
import type { AgendaItem, Meeting } from "../../shared/model/meeting";
import { templateById } from "../../shared/templates/registry";
import { insertText, splitParagraph } from "../../test/double/word-double/editing";
import { insertAgendaItems } from "./agenda";
import { rewriteJustering } from "./justering";
import { markDisagreement, markStatement } from "./marking";
import { newMinutes } from "./minutes";
import { readIndex } from "./read-index";
import { controlSpans, markControls, measured, outline, refusalOf, useWordDouble } from "./testing/double";
import { budgetItem, sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();
const forvaltningsgrupp = templateById("forvaltningsgrupp")!;
const meeting: Meeting = {
  ...sampleMeeting,
  justerare: [...sampleMeeting.justerare, { org: "vision", name: "Omar Haddad" }],
};

const budget = budgetItem;
const plan: AgendaItem = {
  number: "9",
  title: "Lokalplan",
  dnr: [],
  mbl: "mbl11",
  procedural: false,
  links: [],
};

const indexOf = (text: string) =>
  double()
    .paragraphs()
    .findIndex((p) => p.text === text);

/** The secretary clicks at the end of a paragraph, presses Enter and types, as on the trial page. */
function typeAfter(text: string, typed: string): number {
  const at = indexOf(text);
  const next = splitParagraph(double().model, { paragraph: at, offset: text.length });
  insertText(double().model, next, typed);
  double().setSelection(next.paragraph);
  return next.paragraph;
}

const marks = () => markControls(double());

const refusal = (action: () => Promise<unknown>) => refusalOf(double(), action);

describe("text the secretary writes inside a heading's control", () => {
  it("under an agenda item: Enter at the end of its last line stays inside the item's control; marking it moves the text out, in two syncs, under the item", async () => {
    await newMinutes(forvaltningsgrupp, meeting);
    await insertAgendaItems([budget, plan], { sectionId: "mbl11" });
    const at = typeAfter("Underlag: Tjänsteskrivelse, Bilaga", "Vision anser att underlaget är för tunt.");
    expect(controlSpans(double())).toContain(`sp:agenda:dnr-sn-2024-12 ${at - 3}–${at}`);

    const { result, syncs } = await measured(double(), () => markDisagreement(["vision"]));
    expect(syncs).toBe(2);
    expect(result.sectionTitle).toBe("Budget 2025");
    const item = double()
      .contentControls()
      .find((c) => c.tag === "sp:agenda:dnr-sn-2024-12")!;
    expect([item.from, item.to, item.title]).toEqual([at - 3, at - 1, "Samverkansprotokoll"]);
    expect(result.sectionId).toBe(String(item.id));
    expect(marks().map((m) => [m.text, m.from, m.to])).toEqual([
      ["Vision anser att underlaget är för tunt.", at, at],
    ]);
    expect(outline(double()).slice(at - 3, at + 2)).toEqual([
      "Heading3: Budget 2025",
      "Normal: Nämndens punkt 7 – Dnr: SN 2024/12 – Samverkas motsvarande MBL § 11",
      "Normal: Underlag: Tjänsteskrivelse, Bilaga",
      "Normal: Vision anser att underlaget är för tunt.",
      "Normal: ",
    ]);

    const index = await readIndex();
    expect(index.disagreements.map((d) => d.sectionTitle)).toEqual(["Budget 2025"]);
    await rewriteJustering(meeting, forvaltningsgrupp);
    expect(double().text()).toContain("Omar Haddad för Vision (oenighet under ”Budget 2025”)");
  });

  it("names several items of one union in the justering by their titles, the committee's as written", async () => {
    await newMinutes(forvaltningsgrupp, meeting);
    await insertAgendaItems([budget, plan], { sectionId: "mbl11" });
    typeAfter("Underlag: Tjänsteskrivelse, Bilaga", "Vision anser att underlaget är för tunt.");
    await markDisagreement(["vision"]);
    typeAfter("Nämndens punkt 9 – Samverkas motsvarande MBL § 11", "Vision motsätter sig planen.");
    await markDisagreement(["vision"]);
    await rewriteJustering(meeting, forvaltningsgrupp);
    expect(double().text()).toContain(
      "Omar Haddad för Vision (oenighet under ”Budget 2025” och ”Lokalplan”)",
    );
  });

  it("under a section heading: Enter at the heading's end stays in its control; the mark takes the text out, under the heading", async () => {
    await newMinutes(forvaltningsgrupp, meeting);
    const at = typeAfter("16. Föranmälda frågor", "Kommunal tar upp sjukskrivningsrutinen.");
    const result = await markStatement("kommunal");
    expect(result.sectionTitle).toBe("16. Föranmälda frågor");
    expect(controlSpans(double())).toContain(`sp:punkt:foranmalda-fragor ${at - 1}–${at - 1}`);
    expect(marks().map((m) => [m.from, m.to])).toEqual([[at, at]]);
  });

  it("says what to do when the text stands between the lines the add-in wrote, and marks nothing", async () => {
    await newMinutes(forvaltningsgrupp, meeting);
    await insertAgendaItems([budget], { sectionId: "mbl11" });
    typeAfter("Budget 2025", "Vision har frågor.");
    expect(await refusal(() => markStatement("vision"))).toBe(
      "Stycket står inne i rutan kring ärendets rubrik, mellan raderna som Word-tillägget skriver. Klipp ut stycket (Ctrl+X), klistra in det på den tomma raden under ärendet (Ctrl+V) och markera det där.",
    );
  });

  it("still refuses the lines the add-in wrote in an item", async () => {
    await newMinutes(forvaltningsgrupp, meeting);
    await insertAgendaItems([budget], { sectionId: "mbl11" });
    double().setSelection(indexOf("Underlag: Tjänsteskrivelse, Bilaga"));
    expect(await refusal(() => markStatement("vision"))).toBe(
      "Den här texten skriver Word-tillägget självt (ärendets uppgifter eller justeringen) och den kan inte markeras. Markera stycken under rubriken.",
    );
  });
});

describe("where statements do not belong", () => {
  const message =
    "Här står vilka som var med och vem som justerar protokollet, och där hör inga inspel hemma. Skriv inspel och oenighet under den punkt de gäller och markera dem där.";

  it("refuses an attendance line under Närvarande, even one the secretary typed there", async () => {
    await newMinutes(forvaltningsgrupp, meeting);
    double().setSelection(indexOf("Kommunal: Charlotte Andersson"));
    expect(await refusal(() => markStatement("kommunal"))).toBe(message);
    typeAfter("Vision: Per Lind", "Ersättare: Lisa Berg, Vision");
    expect(await refusal(() => markStatement("vision"))).toBe(message);
  });

  it("refuses the list of chosen justerare and the sentences on when the justering takes place", async () => {
    await newMinutes(forvaltningsgrupp, { ...meeting, justeringDate: "2024-02-16" });
    double().setSelection(indexOf("Omar Haddad, Vision"));
    expect(await refusal(() => markDisagreement(["vision"]))).toBe(message);
    double().setSelection(indexOf("Till justerare valdes:"));
    expect(await refusal(() => markDisagreement(["vision"]))).toBe(message);
    double().setSelection(
      indexOf(
        "Justering sker fredagen den 16 februari. Synpunkter ska ha inkommit till arbetsgivaren senast {synpunkter_senast}. Justering sker digitalt.",
      ),
    );
    expect(await refusal(() => markStatement("kommunal"))).toBe(message);
  });

  it("refuses a line of meeting data the add-in fills in (date, time, place)", async () => {
    await newMinutes(forvaltningsgrupp, meeting);
    double().setSelection(indexOf("Tidpunkt: 13 februari 2024 kl. 13:00"));
    expect(await refusal(() => markStatement("kommunal"))).toBe(
      "Stycket innehåller mötesuppgifter som Word-tillägget fyller i från Möte. Skriv inspel och oenighet i ett eget stycke under den punkt de gäller.",
    );
  });
});
