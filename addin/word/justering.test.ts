import { describe, expect, it } from "vitest";
import { templateById } from "../../shared/templates/registry";
import { rewriteJustering } from "./justering";
import { sampleMeeting } from "./testing/fixtures";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();
const listTemplate = templateById("forvaltningsgrupp")!;

const marked = [
  { tag: "sp:punkt:omorg", title: "Punkt: 17. Föranmälda frågor", text: "17. Föranmälda frågor\rText" },
  { tag: "sp:oenighet:kommunal:aaaa1111", title: "Oenighet: Kommunal", text: "Kommunal är inte enig." },
];

describe("rewriteJustering", () => {
  it("reads the disagreements, then replaces the block's content in place: two syncs", async () => {
    const mock = wordMock({
      controls: [...marked, { tag: "sp:justering", title: "Justering", text: "gammal text" }],
    });
    await rewriteJustering(sampleMeeting, listTemplate);
    expect(mock.syncs).toBe(2);
    expect(mock.loads).toEqual(["contentControls:id,tag,title,text"]);
    expect(mock.calls).toContain("clear(sp:justering)");
    expect(mock.controls).toEqual([]);
    const [head, ...lines] = mock.paragraphs;
    expect(head?.at).toBe("control:sp:justering:first");
    expect(head?.fullText).toBe(listTemplate.justering.heading);
    expect(lines.every((p) => p.at === "control:sp:justering:End")).toBe(true);
    expect(lines.map((p) => p.fullText)).toEqual([
      "Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)",
      "Anna Ek för arbetsgivaren",
    ]);
  });

  it("adds the block at the end of a document that has none", async () => {
    const mock = wordMock({ controls: marked });
    await rewriteJustering(sampleMeeting, templateById("fsg-vsg")!);
    expect(mock.syncs).toBe(2);
    expect(mock.controls.map((c) => c.tag)).toEqual(["sp:justering"]);
    expect(mock.paragraphs.every((p) => p.at === "body:End")).toBe(true);
    expect(mock.paragraphs.map((p) => p.fullText).join(" ")).toMatch(
      /Kommunal \(oenighet under föranmälda frågor\)/,
    );
  });

  it("names the item an unsectioned oenighet recorded in its title", async () => {
    const mock = wordMock({
      controls: [
        {
          tag: "sp:oenighet:kommunal:aaaa1111",
          title: "Oenighet: Kommunal · 17. Föranmälda frågor",
          text: "Kommunal ställde sig oeniga till rutinen.",
        },
        { tag: "sp:justering", title: "Justering", text: "gammal text" },
      ],
    });
    await rewriteJustering(sampleMeeting, listTemplate);
    expect(mock.syncs).toBe(2);
    expect(mock.paragraphs.map((p) => p.fullText)).toContain(
      "Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)",
    );
  });
});
