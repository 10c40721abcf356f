import { describe, expect, it } from "vitest";
import { agendaItemKey } from "../../shared/document/tags";
import type { AgendaItem } from "../../shared/model/meeting";
import { insertAgendaItems } from "./agenda";
import { userMessageFor } from "./errors";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();

const budget: AgendaItem = {
  number: "7",
  title: "Budget 2025",
  dnr: ["SN 2024/12"],
  mbl: "mbl11",
  procedural: false,
  links: [
    { text: "Tjänsteskrivelse", href: "https://intranet.example.se/a.pdf" },
    { text: "Skadlig", href: "javascript:alert(1)" },
    { text: "Bilaga", href: "http://intranet.example.se/b.pdf" },
  ],
};
const rapport: AgendaItem = {
  number: "8",
  title: "Månadsrapport",
  dnr: [],
  mbl: null,
  procedural: false,
  links: [],
};
const section = { tag: "sp:punkt:foredragningslistan", title: "Punkt: Föredragningslistan", text: "" };

describe("insertAgendaItems", () => {
  it("appends new items inside the agenda section as tagged controls with API hyperlinks: two syncs", async () => {
    const mock = wordMock({ controls: [section] });
    const result = await insertAgendaItems([budget, rapport], { sectionId: "foredragningslistan" });
    expect(result).toEqual({ inserted: 2, updated: 0 });
    expect(mock.syncs).toBe(2);
    expect(mock.loads).toEqual(["contentControls:tag,text"]);
    expect(mock.paragraphs.every((p) => p.at === "control:sp:punkt:foredragningslistan:End")).toBe(true);
    expect(mock.controls.map((c) => c.tag)).toEqual([
      `sp:agenda:${agendaItemKey(budget)}`,
      `sp:agenda:${agendaItemKey(rapport)}`,
    ]);
    const [heading, facts, links] = mock.paragraphs;
    expect(heading?.fullText).toBe("7. Budget 2025");
    expect(heading?.style).toBe("Heading3");
    expect(facts?.fullText).toBe("Dnr: SN 2024/12 – Samverkas motsvarande MBL § 11");
    expect(links?.fullText).toBe("Underlag: Tjänsteskrivelse, Bilaga");
    expect(links?.runs.filter((r) => r.hyperlink).map((r) => [r.text, r.hyperlink])).toEqual([
      ["Tjänsteskrivelse", "https://intranet.example.se/a.pdf"],
      ["Bilaga", "http://intranet.example.se/b.pdf"],
    ]);
    expect(mock.controls[0]?.first).toBe(heading);
    expect(mock.controls[0]?.last).toBe(links);
    expect(mock.controls[0]?.title).toBe("Ärende: Budget 2025");
  });

  it("updates an item already in the document instead of adding it again", async () => {
    const tag = `sp:agenda:${agendaItemKey(budget)}`;
    const mock = wordMock({ controls: [section, { tag, title: "Ärende: Budget", text: "7. Budget" }] });
    const result = await insertAgendaItems([{ ...budget, title: "Budget 2025, reviderad" }], {
      sectionId: "foredragningslistan",
    });
    expect(result).toEqual({ inserted: 0, updated: 1 });
    expect(mock.syncs).toBe(2);
    expect(mock.controls).toEqual([]);
    expect(mock.calls).toContain(`clear(${tag})`);
    expect(mock.paragraphs[0]?.fullText).toBe("7. Budget 2025, reviderad");
    expect(mock.existing.get(tag)?.title).toBe("Ärende: Budget 2025, reviderad");
  });

  it.each([
    [
      "text the user wrote inside it",
      [{ tag: "", text: "" }],
      "7. Budget\rDnr: SN 2024/12\rUnderlag: A\rMina anteckningar",
    ],
    [
      "a statement marked inside it",
      [{ tag: "sp:inspel:kommunal:abcd1234", text: "Kommunal vill veta mer." }],
      "7. Budget\rKommunal vill veta mer.",
    ],
  ])("keeps %s and updates only the item's heading", async (_, after, text) => {
    const tag = `sp:agenda:${agendaItemKey(budget)}`;
    const mock = wordMock({ controls: [section, { tag, title: "Ärende: Budget", text }, ...after] });
    const result = await insertAgendaItems([{ ...budget, title: "Budget 2025, reviderad" }], {
      sectionId: "foredragningslistan",
    });
    expect(result).toEqual({ inserted: 0, updated: 1 });
    expect(mock.syncs).toBe(2);
    expect(mock.calls).not.toContain(`clear(${tag})`);
    expect(mock.paragraphs).toHaveLength(1);
    expect(mock.paragraphs[0]?.at).toBe(`control:${tag}:first`);
    expect(mock.paragraphs[0]?.runs.map((r) => [r.location, r.text])).toEqual([
      ["Replace", "7. Budget 2025, reviderad"],
    ]);
    expect(mock.existing.get(tag)?.title).toBe("Ärende: Budget 2025, reviderad");
  });

  it("counts the same item twice in one batch once", async () => {
    wordMock({ controls: [section] });
    expect(await insertAgendaItems([budget, budget], { sectionId: "foredragningslistan" })).toEqual({
      inserted: 1,
      updated: 0,
    });
  });

  it("says where to start when the document has no agenda section", async () => {
    const mock = wordMock({ controls: [] });
    const error = await insertAgendaItems([rapport], { sectionId: "foredragningslistan" }).catch(
      (e: unknown) => e,
    );
    expect(userMessageFor(error)).toMatch(/saknar avsnittet för föredragningslistan/);
    expect(mock.syncs).toBe(1);
  });

  it("does not call Word for an empty list", async () => {
    const mock = wordMock();
    expect(await insertAgendaItems([], { sectionId: "x" })).toEqual({ inserted: 0, updated: 0 });
    expect(mock.syncs).toBe(0);
  });
});
