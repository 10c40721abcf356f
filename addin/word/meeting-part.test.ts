import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { userMessageFor } from "./errors";
import { MEETING_NAMESPACE, meetingFromXml, meetingToXml, readMeeting, saveMeeting } from "./meeting-part";
import { sampleMeeting } from "./testing/fixtures";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();
const host = globalThis as Record<string, unknown>;
const savedOffice = host.Office;
afterEach(() => {
  host.Office = savedOffice;
});

function officeSupporting(max: string) {
  host.Office = {
    context: {
      requirements: { isSetSupported: (name: string, v: string) => name === "WordApi" && v <= max },
    },
  };
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
      expect(() => meetingFromXml(xml)).toThrow();
      try {
        meetingFromXml(xml);
      } catch (error) {
        expect(userMessageFor(error)).toMatch(/Mötesuppgifterna/);
      }
    }
  });
});

describe("readMeeting / saveMeeting", () => {
  it("reads the part in our namespace with two syncs", async () => {
    officeSupporting("1.4");
    const mock = wordMock({ parts: [{ id: "p1", xml: meetingToXml(sampleMeeting) }] });
    expect(await readMeeting()).toEqual(sampleMeeting);
    expect(mock.syncs).toBe(2);
    expect(mock.calls).toEqual([`getByNamespace(${MEETING_NAMESPACE})`]);
  });

  it("returns null for a document without our part, after one sync", async () => {
    officeSupporting("1.4");
    const mock = wordMock({ parts: [] });
    expect(await readMeeting()).toBeNull();
    expect(mock.syncs).toBe(1);
  });

  it("adds the part when there is none, and replaces it (removing strays) when there is", async () => {
    officeSupporting("1.4");
    let mock = wordMock({ parts: [] });
    await saveMeeting(sampleMeeting);
    expect(mock.syncs).toBe(2);
    expect(mock.xml.added).toEqual([meetingToXml(sampleMeeting)]);

    mock = wordMock({
      parts: [
        { id: "p1", xml: "<old/>" },
        { id: "p2", xml: "<old/>" },
      ],
    });
    await saveMeeting({ ...sampleMeeting, place: "Nytt rum" });
    expect(mock.syncs).toBe(2);
    expect(mock.xml.added).toEqual([]);
    expect(meetingFromXml(mock.xml.set.get("p1")!).place).toBe("Nytt rum");
    expect(mock.xml.deleted).toEqual(["p2"]);
  });

  it("explains that Word is too old for CustomXmlParts (WordApi 1.4) without calling Word", async () => {
    officeSupporting("1.3");
    const mock = wordMock({ parts: [] });
    const error = await saveMeeting(sampleMeeting).catch((e: unknown) => e);
    expect(userMessageFor(error)).toMatch(/saknar stöd för funktionen \(WordApi 1\.4\)/);
    expect(mock.syncs).toBe(0);
  });
});
