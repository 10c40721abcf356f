import { describe, expect, it } from "vitest";
import { templateById } from "../../shared/templates/registry";
import type { Template } from "../../shared/templates/types";
import { insertSection, newMinutes } from "./minutes";
import { controlSpans, measured, outline, useWordDouble } from "./testing/double";
import { sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();

function template(id: string): Template {
  const found = templateById(id);
  if (!found) throw new Error(`No built-in template ${id}`);
  return found;
}

const fields = () =>
  double()
    .contentControls()
    .filter((c) => c.inline)
    .map((c) => `${c.tag} ${c.from}: ${c.text} ${c.appearance}`);

describe("newMinutes", () => {
  it("writes the MBL minutes from an empty document's first line, a control around each heading only, fields for the placeholders, in two syncs", async () => {
    const { syncs } = await measured(double(), () => newMinutes(template("mbl-forhandling"), sampleMeeting));
    expect(syncs).toBe(2);
    expect(outline(double())).toEqual([
      "Title: Protokoll fört vid förhandling enligt MBL den 13 februari 2024",
      "Normal: Tid: 13 februari 2024 kl. 13:00",
      "Normal: Plats: Stadshuset, rum 4",
      "Normal: Förvaltning: Socialförvaltningen",
      "Heading1: Parter",
      "Heading2: Arbetsgivarföreträdare",
      "Normal: Anna Ek, förvaltningschef",
      "Heading2: Fackliga företrädare",
      "Normal: Kommunal: Charlotte Andersson",
      "Normal: Vision: Per Lind",
      "Heading2: Förhinder",
      "Normal: Akademikerförbundet SSR",
      "Heading1: § 1 Val av justerare",
      "Normal: Till justerare valdes:",
      "Normal: Charlotte Andersson, Kommunal",
      "Normal: Anna Ek, arbetsgivaren",
      "Heading1: § 2 Förhandlingsfråga",
      "Normal: ",
      "Heading1: § 3 Arbetsgivarens förslag",
      "Normal: ",
      "Heading1: § 4 Arbetstagarorganisationernas synpunkter",
      "Normal: ",
      "Heading1: § 5 Förhandlingens avslutande",
      "Normal: Förhandlingen förklaras avslutad i {utfall} den {avslutad}.",
      "Heading1: Vid protokollet",
      "Normal: {sekreterare}",
      "Heading2: Justeras",
      "Normal: Charlotte Andersson för Kommunal",
      "Normal: Anna Ek för arbetsgivaren",
      "Normal: ",
    ]);
    // The roster and the choice of justerare are named as such; the roster's lines and the list of justerare
    // are fields of their own (their tags keep the fingerprint of the text written).
    expect(controlSpans(double())).toEqual([
      "sp:punkt:parter:narvaro 4–4",
      "sp:falt:narvarande:1.wsqdau 5–11",
      "sp:punkt:val-av-justerare:justerare 12–12",
      "sp:falt:justerare:136ixpq 13–15",
      "sp:punkt:forhandlingsfraga 16–16",
      "sp:punkt:arbetsgivarens-forslag 18–18",
      "sp:punkt:fackens-synpunkter 20–20",
      "sp:punkt:avslutande 22–22",
      "sp:punkt:vid-protokollet 24–24",
      "sp:justering 26–28",
    ]);
    // Each placeholder is a field the meeting fills in when saved; those without a value show their tags.
    expect(fields()).toEqual([
      "sp:falt:datum 0: 13 februari 2024 BoundingBox",
      "sp:falt:datum 1: 13 februari 2024 BoundingBox",
      "sp:falt:tid 1: 13:00 BoundingBox",
      "sp:falt:plats 2: Stadshuset, rum 4 BoundingBox",
      "sp:falt:forvaltning 3: Socialförvaltningen BoundingBox",
      "sp:falt:utfall 23: {utfall} Tags",
      "sp:falt:avslutad 23: {avslutad} Tags",
      "sp:falt:sekreterare 25: {sekreterare} Tags",
    ]);
    const headings = double()
      .contentControls()
      .filter((c) => !c.inline && !c.tag.startsWith("sp:falt:"));
    expect(new Set(headings.map((c) => `${c.title}|${c.appearance}`))).toEqual(
      new Set(["Samverkansprotokoll|BoundingBox"]),
    );
    expect(double().droppedOperations).toBe(0);
  });

  it("anchors group headings too, so a group's items end where the next group begins", async () => {
    await newMinutes(template("fsg-vsg"), sampleMeeting);
    expect(controlSpans(double())).toEqual([
      "sp:punkt:narvarande:narvaro 4–4",
      "sp:falt:narvarande:1.wsqdau 5–11",
      "sp:punkt:val-av-justerare:justerare 12–12",
      "sp:falt:justerare:136ixpq 14–16",
      "sp:punkt:information:grupp 17–17",
      "sp:punkt:foregaende-anteckningar 18–18",
      "sp:punkt:foredragningslistan 20–20",
      "sp:punkt:arbetsmiljo 22–22",
      "sp:punkt:ekonomi 26–26",
      "sp:punkt:chefsrekryteringar 30–30",
      "sp:punkt:dialog 33–33",
      "sp:punkt:beslut 35–35",
      "sp:punkt:ovriga-fragor 37–37",
      "sp:punkt:avslutning 39–39",
      "sp:justering 41–41",
    ]);
    expect(outline(double()).slice(17, 26)).toEqual([
      "Heading1: Information",
      "Heading2: Föregående mötesanteckningar",
      "Normal: Föregående mötesanteckningar läggs till handlingarna.",
      "Heading2: Föredragningslistan Socialnämnden",
      "Normal: ",
      "Heading2: Nytt inom arbetsmiljö",
      "Normal: Föredragande: HR-chef",
      "Heading3: Fackliga inspel",
      "Normal: ",
    ]);
  });
});

describe("insertSection", () => {
  const extra = { id: "lokaler", title: "Lokalfrågor", kind: "item" as const, holdsStatements: true };

  it("inserts after the section the cursor is in, before the next heading, in two syncs", async () => {
    await newMinutes(template("mbl-forhandling"), sampleMeeting);
    double().setSelection(17); // the empty line under "§ 2 Förhandlingsfråga"
    const { syncs } = await measured(double(), () => insertSection(extra, template("mbl-forhandling")));
    expect(syncs).toBe(2);
    expect(outline(double()).slice(16, 23)).toEqual([
      "Heading1: § 2 Förhandlingsfråga",
      "Normal: ",
      "Heading1: Lokalfrågor",
      "Heading2: Arbetstagarorganisationernas synpunkter",
      "Normal: ",
      "Heading1: § 3 Arbetsgivarens förslag",
      "Normal: ",
    ]);
    expect(controlSpans(double()).slice(4, 7)).toEqual([
      "sp:punkt:forhandlingsfraga 16–16",
      "sp:punkt:lokaler 18–18",
      "sp:punkt:arbetsgivarens-forslag 21–21",
    ]);
  });

  it("inserts after the cursor's paragraph outside sections, and leaves placeholders without a meeting", async () => {
    double().setParagraphs(["Anteckningar", "Text utan rubriker."]);
    double().setSelection(0);
    await insertSection({ id: "nf", title: "Föredragningslistan {nämnd}", kind: "agenda" });
    expect(outline(double())).toEqual([
      "Normal: Anteckningar",
      "Heading1: Föredragningslistan {nämnd}",
      "Normal: ",
      "Normal: Text utan rubriker.",
    ]);
    expect(controlSpans(double())).toEqual(["sp:punkt:nf 1–1"]);
  });

  it("inserts after the last section at the document's end when no heading follows", async () => {
    double().setParagraphs([{ text: "Ekonomi", style: "Heading1" }, "Budgeten följs."]);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Whole").insertContentControl().tag =
        "sp:punkt:ekonomi";
      await context.sync();
    });
    // A heading control as this version writes them.
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().title = "Samverkansprotokoll";
      await context.sync();
    });
    double().setSelection(1);
    await insertSection({ id: "ovrigt", title: "Övrigt", kind: "item" });
    expect(outline(double())).toEqual([
      "Heading1: Ekonomi",
      "Normal: Budgeten följs.",
      "Heading1: Övrigt",
      "Normal: ",
    ]);
  });

  it("in an older document, inserts after the whole-section control the cursor is in", async () => {
    double().setParagraphs([{ text: "Budget", style: "Heading1" }, "Text.", "Efter."]);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const old = paragraphs.items[0]!.getRange("Whole").expandTo(paragraphs.items[1]!.getRange("Whole"));
      const control = old.insertContentControl();
      control.tag = "sp:punkt:budget";
      control.title = "Punkt: Budget";
      await context.sync();
    });
    double().setSelection(1);
    await insertSection({ id: "ovrigt", title: "Övrigt", kind: "item" });
    expect(outline(double())).toEqual([
      "Heading1: Budget",
      "Normal: Text.",
      "Heading1: Övrigt",
      "Normal: ",
      "Normal: Efter.",
    ]);
    expect(controlSpans(double())).toEqual(["sp:punkt:budget 0–1", "sp:punkt:ovrigt 2–2"]);
  });
});
