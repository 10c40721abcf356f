import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { templateById } from "../../shared/templates/registry";
import { installWordDouble, type WordDouble } from "../../test/double/word-double/install";
import { userMessageFor } from "./errors";
import {
  MEETING_NAMESPACE,
  MEETING_SETTING,
  meetingFromXml,
  meetingStorage,
  meetingToXml,
  readMeeting,
  saveMeeting,
} from "./meeting-part";
import { newMinutes } from "./minutes";
import { linesUnder, measured, useWordDouble } from "./testing/double";
import { sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();

/** A double of another Word for one test, uninstalled after it. */
async function withWord(
  options: Parameters<typeof installWordDouble>[1],
  test: (word: WordDouble) => Promise<void>,
) {
  double().uninstall();
  const word = installWordDouble(globalThis, options);
  try {
    await test(word);
  } finally {
    word.uninstall();
  }
}

describe("meeting XML", () => {
  it("round-trips any text safely through the XML", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (place, name) => {
        const meeting = { ...sampleMeeting, place, chair: { name } };
        expect(meetingFromXml(meetingToXml(meeting))).toEqual(meeting);
      }),
    );
  });

  it("is a fragment without an XML declaration, which made Word keep the old part (office-js #1643)", () => {
    expect(meetingToXml(sampleMeeting).startsWith(`<meeting xmlns="${MEETING_NAMESPACE}"><json>{`)).toBe(
      true,
    );
  });

  it("reads the element when Word adds a namespace prefix", () => {
    const xml = meetingToXml(sampleMeeting)
      .replace(/<json>/, "<ns0:json>")
      .replace("</json>", "</ns0:json>");
    expect(meetingFromXml(xml)).toEqual(sampleMeeting);
  });

  it("refuses XML that is not a meeting with a Swedish message", () => {
    for (const xml of [
      "<meeting/>",
      `<meeting xmlns="${MEETING_NAMESPACE}"><json>{"type":1}</json></meeting>`,
    ]) {
      expect(
        userMessageFor(
          (() => {
            try {
              meetingFromXml(xml);
            } catch (e) {
              return e;
            }
          })(),
        ),
      ).toBe("Mötesuppgifterna i dokumentet kunde inte läsas. Fyll i dem igen under Möte och spara.");
    }
  });
});

describe("readMeeting / saveMeeting with CustomXmlParts (WordApi 1.4)", () => {
  it("keeps the meeting in one part, saved again and again, each save read back: two syncs each", async () => {
    expect(meetingStorage()).toBe("customXmlPart");
    expect(await readMeeting()).toBeNull();
    const first = await measured(double(), () => saveMeeting(sampleMeeting));
    expect(first.syncs).toBe(2);
    const second = await measured(double(), () => saveMeeting({ ...sampleMeeting, place: "Rum <A> & B" }));
    expect(second.syncs).toBe(2);
    expect(double().customXmlParts()).toHaveLength(1);
    const read = await measured(double(), readMeeting);
    expect(read.result).toEqual({ ...sampleMeeting, place: "Rum <A> & B" });
    expect(read.syncs).toBe(2);
  });

  it("removes strays from old copies", async () => {
    await saveMeeting(sampleMeeting);
    double().model.addPart(meetingToXml({ ...sampleMeeting, place: "Kopia" }));
    await saveMeeting({ ...sampleMeeting, place: "Nytt rum" });
    expect(double().customXmlParts()).toEqual([
      { namespace: MEETING_NAMESPACE, xml: meetingToXml({ ...sampleMeeting, place: "Nytt rum" }) },
    ]);
  });

  it("says so when Word did not keep the part (Word on the web, office-js #5910)", async () => {
    await withWord({ inertCustomXml: true }, async () => {
      const error = await saveMeeting(sampleMeeting).catch((e: unknown) => e);
      expect(userMessageFor(error)).toMatch(/^Word sparade inte mötesuppgifterna i dokumentet/);
    });
  });

  it("writes each placeholder field of the document from the saved meeting, leaving fields it has no value for", async () => {
    await newMinutes(templateById("mbl-forhandling")!, sampleMeeting);
    await saveMeeting({
      ...sampleMeeting,
      place: "Rådhuset",
      negotiation: { result: "oenighet", endedOn: "2024-02-15" },
    });
    const fields = double()
      .contentControls()
      .filter((c) => c.inline)
      .map((c) => `${c.tag}: ${c.text}`);
    expect(fields).toEqual([
      "sp:falt:datum: 13 februari 2024",
      "sp:falt:datum: 13 februari 2024",
      "sp:falt:tid: 13:00",
      "sp:falt:plats: Rådhuset",
      "sp:falt:forvaltning: Socialförvaltningen",
      "sp:falt:utfall: oenighet",
      "sp:falt:avslutad: 15 februari 2024",
      "sp:falt:sekreterare: {sekreterare}",
    ]);
    expect(double().text()).toContain("Förhandlingen förklaras avslutad i oenighet den 15 februari 2024.");
    // The user typed the time into its field; a meeting without a time leaves it.
    const tid = double().model.controls.find((c) => c.tag === "sp:falt:tid")!;
    tid.inline![0]!.text = "13.15";
    await saveMeeting({ ...sampleMeeting, time: undefined });
    expect(double().text()).toContain("Tid: 13 februari 2024 kl. 13.15");
  });
});

describe("the list of chosen justerare and fields without a value", () => {
  const lines = () =>
    double()
      .paragraphs()
      .map((p) => p.text);
  const under = (heading: string, count: number) => linesUnder(double(), heading, count);

  it("rewrites “Till justerare valdes:” from the meeting on save, in the same two syncs, and nothing the user typed elsewhere", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const note = lines().indexOf("Dagordningen godkändes.");
    double().model.paragraphs[note]!.runs = [{ text: "Dagordningen godkändes med ett tillägg." }];
    const { syncs } = await measured(double(), () =>
      saveMeeting({
        ...sampleMeeting,
        justerare: [...sampleMeeting.justerare, { org: "vision", name: "Omar Haddad" }],
      }),
    );
    expect(syncs).toBe(2);
    expect(under("3. Val av justerare", 5)).toEqual([
      "Till justerare valdes:",
      "Charlotte Andersson, Kommunal",
      "Anna Ek, arbetsgivaren",
      "Omar Haddad, Vision",
      "Justering sker {justeringsdag}. Synpunkter ska ha inkommit till arbetsgivaren senast {synpunkter_senast}. Justering sker digitalt.",
    ]);
    expect(lines()).toContain("Dagordningen godkändes med ett tillägg.");
    await saveMeeting({ ...sampleMeeting, justerare: [] });
    expect(under("3. Val av justerare", 2)).toEqual([
      "Justerare väljs på mötet.",
      "Justering sker {justeringsdag}. Synpunkter ska ha inkommit till arbetsgivaren senast {synpunkter_senast}. Justering sker digitalt.",
    ]);
  });

  it("leaves a list the secretary wrote into as she left it", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const list = double().model.controls.find((c) => c.tag.startsWith("sp:falt:justerare"))!;
    double().model.insertParagraphAfter(list.last, "Ersättare för Vision utses senare.", [list]);
    await saveMeeting({ ...sampleMeeting, justerare: [{ org: "vision", name: "Omar Haddad" }] });
    expect(under("3. Val av justerare", 4)).toEqual([
      "Till justerare valdes:",
      "Charlotte Andersson, Kommunal",
      "Anna Ek, arbetsgivaren",
      "Ersättare för Vision utses senare.",
    ]);
  });

  it("leaves a list whose line the secretary corrected in the list's own form, and says it kept one", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const at = lines().indexOf("Anna Ek, arbetsgivaren");
    double().model.paragraphs[at]!.runs = [{ text: "Anna Ek, HR-avdelningen" }];
    const result = await saveMeeting({
      ...sampleMeeting,
      justerare: [{ org: "vision", name: "Omar Haddad" }],
    });
    expect(under("3. Val av justerare", 3)).toEqual([
      "Till justerare valdes:",
      "Charlotte Andersson, Kommunal",
      "Anna Ek, HR-avdelningen",
    ]);
    expect(result.justerareKept).toBe(1);
  });

  it("rewrites a list the secretary emptied, and one written by an older version without a fingerprint while it keeps the list's form", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, sampleMeeting);
    const list = double().model.controls.find((c) => c.tag.startsWith("sp:falt:justerare"))!;
    const first = double().model.paragraphs.indexOf(list.first);
    const last = double().model.paragraphs.indexOf(list.last);
    for (let at = first; at <= last; at++) double().model.paragraphs[at]!.runs = [{ text: "" }];
    const emptied = await saveMeeting({
      ...sampleMeeting,
      justerare: [{ org: "vision", name: "Omar Haddad" }],
    });
    expect(under("3. Val av justerare", 2)).toEqual(["Till justerare valdes:", "Omar Haddad, Vision"]);
    expect(emptied.justerareKept).toBe(0);
    list.tag = "sp:falt:justerare";
    await saveMeeting({ ...sampleMeeting, justerare: [{ org: "kommunal", name: "Lena Holm" }] });
    expect(under("3. Val av justerare", 2)).toEqual(["Till justerare valdes:", "Lena Holm, Kommunal"]);
    expect(list.tag).toMatch(/^sp:falt:justerare:[0-9a-z]{1,8}$/);
  });

  it("shows a field without a value with Word's tags (never “kl. {tid}” as plain text), and as a filled field once saved", async () => {
    await newMinutes(templateById("forvaltningsgrupp")!, { ...sampleMeeting, time: "" });
    const tid = () =>
      double()
        .contentControls()
        .find((c) => c.tag === "sp:falt:tid")!;
    expect([tid().text, tid().appearance, tid().title]).toEqual(["{tid}", "Tags", "Mötesuppgift: tid"]);
    await saveMeeting({ ...sampleMeeting, time: "13:15" });
    expect([tid().text, tid().appearance]).toEqual(["13:15", "BoundingBox"]);
    expect(lines()).toContain("Tidpunkt: 13 februari 2024 kl. 13:15");
  });
});

describe("without CustomXmlParts (WordApi 1.3: Word 2019 and 2021)", () => {
  it("keeps the meeting in the document's settings, without an error at start", async () => {
    await withWord({ wordApi: "1.3" }, async (word) => {
      expect(meetingStorage()).toBe("documentSettings");
      expect(await readMeeting()).toBeNull();
      await saveMeeting(sampleMeeting);
      await saveMeeting({ ...sampleMeeting, place: "Nytt rum" });
      expect(word.settings()).toEqual({ [MEETING_SETTING]: { ...sampleMeeting, place: "Nytt rum" } });
      expect(await readMeeting()).toEqual({ ...sampleMeeting, place: "Nytt rum" });
    });
  });

  it("never calls CustomXmlParts, which that Word lacks (its calls fail with ApiNotFound)", async () => {
    await withWord({ wordApi: "1.3" }, async (word) => {
      await saveMeeting(sampleMeeting);
      expect(word.customXmlParts()).toEqual([]);
    });
  });
});
