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
    expect(mock.loads).toEqual(["contentControls:id,tag,title,text"]);
    expect(index.sections.map((s) => s.title)).toEqual([
      "Närvarande",
      "4. Omorganisation",
      "Föredragningslistan",
      "7. Budget",
    ]);
    expect(index.statements).toEqual([
      {
        id: "103",
        org: "kommunal",
        sectionId: "102",
        sectionTitle: "4. Omorganisation",
        text: "Kommunal är positiva.",
      },
      {
        id: "108",
        org: "arbetsgivaren",
        sectionId: "107",
        sectionTitle: "7. Budget",
        text: "AG svarar.",
      },
      { id: "110", org: "ssr", text: "Efter justeringen." },
    ]);
    expect(index.disagreements).toEqual([
      {
        id: "105",
        orgs: ["kommunal", "vision"],
        sectionId: "102",
        sectionTitle: "4. Omorganisation",
        text: "Oeniga.",
      },
    ]);
    expect(index.agendaItemKeys).toEqual(["dnr-sn-2024-1"]);
    expect(index.hasJustering).toBe(true);
  });

  it("keeps a copied mark (same tag, new control) as its own entry", () => {
    const copy = { tag: "sp:inspel:vision:eeee5555", title: "Inspel: Vision", text: "Samma text." };
    const index = indexFromControls([
      { id: 1, ...copy },
      { id: 2, ...copy },
    ]);
    expect(index.statements.map((s) => s.id)).toEqual(["1", "2"]);
  });

  it("still needs one load and one sync for a long document with a thousand marks", async () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      i % 10 === 0
        ? { tag: `sp:punkt:p${i}`, title: "", text: `Punkt ${i}` }
        : { tag: `sp:inspel:kommunal:id${i}`, title: "", text: `Inspel ${i}` },
    );
    const mock = wordMock({ controls: many });
    const index = await readIndex();
    expect(mock.syncs).toBe(1);
    expect(mock.loads).toHaveLength(1);
    expect(index.sections).toHaveLength(100);
    expect(index.statements).toHaveLength(900);
    expect(index.statements.at(-1)?.sectionTitle).toBe("Punkt 990");
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

  it("outside section controls, takes the item recorded in the mark's title (no section id)", () => {
    const index = indexFromControls([
      {
        id: 1,
        tag: "sp:oenighet:kommunal:aaaa1111",
        title: "Oenighet: Kommunal · 17. Föranmälda frågor",
        text: "Oeniga.",
      },
      { id: 2, tag: "sp:inspel:ssr:bbbb2222", title: "Inspel: Akademikerförbundet SSR", text: "Utan punkt." },
      { id: 3, tag: "sp:punkt:budget", title: "Punkt: Budget", text: "7. Budget" },
      { id: 4, tag: "sp:inspel:vision:cccc3333", title: "Inspel: Vision · Annan rubrik", text: "I punkten." },
    ]);
    expect(index.disagreements).toEqual([
      { id: "1", orgs: ["kommunal"], sectionTitle: "17. Föranmälda frågor", text: "Oeniga." },
    ]);
    // A section control around the mark wins over what its title recorded.
    expect(index.statements).toEqual([
      { id: "2", org: "ssr", text: "Utan punkt." },
      { id: "4", org: "vision", sectionId: "3", sectionTitle: "7. Budget", text: "I punkten." },
    ]);
  });

  it("falls back to the control's title when the user emptied a section's heading", () => {
    const index = indexFromControls([{ id: 5, tag: "sp:punkt:x", title: "Punkt: Ekonomi", text: "\rtext" }]);
    expect(index.sections).toEqual([{ id: "5", tag: "sp:punkt:x", title: "Punkt: Ekonomi" }]);
  });
});
