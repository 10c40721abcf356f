import { describe, expect, it } from "vitest";
import { indexFromControls, readIndex } from "./read-index";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();

const documentControls = [
  { tag: "sp:punkt:narvarande", title: "Punkt: Närvarande", text: "Närvarande\rAnna Ek" },
  { tag: "sp:punkt:omorg", title: "Punkt: 4. Omorganisation", text: "4. Omorganisation\rFörslag…" },
  { tag: "sp:inspel:kommunal:aaaa1111", title: "Inspel: Kommunal", text: " Kommunal är positiva. " },
  { tag: "other-addin:thing", title: "Någon annans", text: "x" },
  { tag: "sp:oenighet:kommunal+vision:bbbb2222", title: "Oenighet: Kommunal, Vision", text: "Oeniga." },
  {
    tag: "sp:punkt:foredragningslistan",
    title: "Punkt: Föredragningslistan",
    text: "Föredragningslistan\r7. Budget",
  },
  { tag: "sp:agenda:dnr-sn-2024-1", title: "Ärende: Budget", text: "7. Budget\rDnr: SN 2024/1" },
  { tag: "sp:inspel:arbetsgivaren:cccc3333", title: "Inspel: Arbetsgivaren", text: "AG svarar." },
  { tag: "sp:justering", title: "Justering", text: "Anna Ek justerar…" },
  { tag: "sp:inspel:ssr:dddd4444", title: "Inspel: SSR", text: "Efter justeringen." },
];

describe("readIndex", () => {
  it("loads only tag, title and text of all controls in one batch and one sync", async () => {
    const mock = wordMock({ controls: documentControls });
    const index = await readIndex();
    expect(mock.syncs).toBe(1);
    expect(mock.loads).toEqual(["contentControls:tag,title,text"]);
    expect(index.sections.map((s) => s.title)).toEqual([
      "Närvarande",
      "4. Omorganisation",
      "Föredragningslistan",
      "7. Budget",
    ]);
    expect(index.statements).toEqual([
      {
        id: "sp:inspel:kommunal:aaaa1111",
        org: "kommunal",
        sectionId: "sp:punkt:omorg",
        sectionTitle: "4. Omorganisation",
        text: "Kommunal är positiva.",
      },
      {
        id: "sp:inspel:arbetsgivaren:cccc3333",
        org: "arbetsgivaren",
        sectionId: "sp:agenda:dnr-sn-2024-1",
        sectionTitle: "7. Budget",
        text: "AG svarar.",
      },
      { id: "sp:inspel:ssr:dddd4444", org: "ssr", text: "Efter justeringen." },
    ]);
    expect(index.disagreements).toEqual([
      {
        id: "sp:oenighet:kommunal+vision:bbbb2222",
        orgs: ["kommunal", "vision"],
        sectionId: "sp:punkt:omorg",
        sectionTitle: "4. Omorganisation",
        text: "Oeniga.",
      },
    ]);
    expect(index.agendaItemKeys).toEqual(["dnr-sn-2024-1"]);
    expect(index.hasJustering).toBe(true);
  });

  it("gives an empty index for a document without our marks", async () => {
    wordMock({ controls: [{ tag: "", title: "", text: "Fritext" }] });
    expect(await readIndex()).toEqual({
      sections: [],
      statements: [],
      disagreements: [],
      agendaItemKeys: [],
      hasJustering: false,
    });
  });

  it("falls back to the control's title when the user emptied a section's heading", () => {
    const index = indexFromControls([{ tag: "sp:punkt:x", title: "Punkt: Ekonomi", text: "\rtext" }]);
    expect(index.sections).toEqual([{ id: "sp:punkt:x", title: "Punkt: Ekonomi" }]);
  });
});
