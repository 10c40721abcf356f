import { describe, expect, it } from "vitest";
import { templateById } from "../../shared/templates/registry";
import { saveMeeting } from "./meeting-part";
import { newMinutes } from "./minutes";
import { linesUnder, measured, useWordDouble } from "./testing/double";
import { sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();
const noRoster = { ...sampleMeeting, roster: { employer: [], unions: [], absent: [] } };

const lines = () =>
  double()
    .paragraphs()
    .map((p) => p.text);
const under = (heading: string, count: number) => linesUnder(double(), heading, count);
/** The sample meeting's roster as the minutes list it. */
const SAMPLE_ROSTER = [
  "Arbetsgivarföreträdare",
  "Anna Ek, förvaltningschef",
  "Fackliga företrädare",
  "Kommunal: Charlotte Andersson",
  "Vision: Per Lind",
  "Förhinder",
  "Akademikerförbundet SSR",
];
const rosterList = () => double().model.controls.find((c) => c.tag.startsWith("sp:falt:narvarande"))!;

describe("the roster list (Närvarande) of minutes already created", () => {
  it("is written on save into minutes created before Möte named anyone, in the same two syncs", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, noRoster);
    expect(under("Närvarande", 2)).toEqual(["", "1. Mötets öppnande"]);
    const { result, syncs } = await measured(double(), () => saveMeeting(sampleMeeting));
    expect(syncs).toBe(2);
    expect(result).toEqual({ rosterKept: 0, rosterByHand: 0, justerareKept: 0 });
    expect(under("Närvarande", 7)).toEqual(SAMPLE_ROSTER);
    expect(rosterList().title).toBe("Mötesuppgift: närvarande");
  });

  it("is rewritten from the saved roster while it holds what the add-in wrote", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    await saveMeeting({
      ...sampleMeeting,
      roster: { employer: [{ name: "Bo Ström" }], unions: [], absent: [] },
    });
    expect(under("Närvarande", 3)).toEqual(["Arbetsgivarföreträdare", "Bo Ström", "1. Mötets öppnande"]);
  });

  it("keeps a list the secretary edited, says so, and replaces it only when asked", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const edited = lines().indexOf("Vision: Per Lind");
    double().model.paragraphs[edited]!.runs = [{ text: "Vision: Per Lind (från kl. 10)" }];
    const later = { ...sampleMeeting, roster: { employer: [{ name: "Bo Ström" }], unions: [], absent: [] } };
    const { result, syncs } = await measured(double(), () => saveMeeting(later));
    expect(syncs).toBe(2);
    expect(result).toEqual({ rosterKept: 1, rosterByHand: 0, justerareKept: 0 });
    expect(lines()).toContain("Vision: Per Lind (från kl. 10)");
    expect(under("Närvarande", 1)).toEqual(["Arbetsgivarföreträdare"]);
    const replaced = await measured(double(), () => saveMeeting(later, { replaceRoster: true }));
    expect(replaced.syncs).toBe(2);
    expect(replaced.result).toEqual({ rosterKept: 0, rosterByHand: 0, justerareKept: 0 });
    expect(under("Närvarande", 3)).toEqual(["Arbetsgivarföreträdare", "Bo Ström", "1. Mötets öppnande"]);
  });

  it("writes a list the secretary emptied", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const { model } = double();
    const list = rosterList();
    const [from, to] = [model.paragraphs.indexOf(list.first), model.paragraphs.indexOf(list.last)];
    for (let at = from; at <= to; at++) model.paragraphs[at]!.runs = [{ text: "" }];
    const { result } = await measured(double(), () => saveMeeting(noRoster));
    expect(result).toEqual({ rosterKept: 0, rosterByHand: 0, justerareKept: 0 });
    expect(under("Närvarande", 2)).toEqual(["", "1. Mötets öppnande"]);
  });

  /** Minutes created before the roster's lines had a field: the same text, no control around it. */
  const withoutRosterField = () => {
    const { model } = double();
    model.controls.splice(model.controls.indexOf(rosterList()), 1);
  };

  it("in minutes created before the lines had a field, writes an empty place (in a third sync) and gives it one", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, noRoster);
    withoutRosterField();
    const { result, syncs } = await measured(double(), () => saveMeeting(sampleMeeting));
    expect(syncs).toBe(3);
    expect(result).toEqual({ rosterKept: 0, rosterByHand: 0, justerareKept: 0 });
    expect(under("Närvarande", 8)).toEqual([...SAMPLE_ROSTER, "1. Mötets öppnande"]);
    const later = { ...sampleMeeting, roster: { employer: [{ name: "Bo Ström" }], unions: [], absent: [] } };
    const again = await measured(double(), () => saveMeeting(later));
    expect(again.syncs).toBe(2);
    expect(under("Närvarande", 3)).toEqual(["Arbetsgivarföreträdare", "Bo Ström", "1. Mötets öppnande"]);
  });

  it("in minutes created before the lines had a field, leaves what is written under the heading and says so", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    withoutRosterField();
    const before = lines();
    const later = { ...sampleMeeting, roster: { employer: [{ name: "Bo Ström" }], unions: [], absent: [] } };
    const { result, syncs } = await measured(double(), () => saveMeeting(later));
    expect(syncs).toBe(2);
    expect(result).toEqual({ rosterKept: 0, rosterByHand: 1, justerareKept: 0 });
    expect(lines()).toEqual(before);
  });
});
