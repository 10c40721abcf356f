import { describe, expect, it } from "vitest";
import { parseTag } from "../../shared/document/tags";
import { userMessageFor } from "./errors";
import { markDisagreement, markStatement, removeMark, selectMark } from "./marking";
import { MARK_COLOURS } from "./marks";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();

describe("markStatement", () => {
  it("wraps the selected paragraphs in one tagged control and finds the section, in one sync", async () => {
    const mock = wordMock({
      selection: ["Kommunal ser positivt på förslaget.", "Men vill ha en uppföljning."],
      ancestors: [{ tag: "sp:punkt:omorg", text: "4. Omorganisation\rText" }, null, null],
    });
    const result = await markStatement("kommunal");
    expect(mock.syncs).toBe(1);
    expect(mock.controls).toHaveLength(1);
    const control = mock.controls[0]!;
    expect(control.first.text).toBe("Kommunal ser positivt på förslaget.");
    expect(control.last.text).toBe("Men vill ha en uppföljning.");
    expect(result.id).toBe(String(control.id));
    expect(mock.loads).toContain("ancestor0:tag,text");
    expect(parseTag(control.tag)).toMatchObject({ kind: "statement", org: "kommunal" });
    expect(control.title).toBe("Inspel: Kommunal");
    expect(control.appearance).toBe("Tags");
    expect(control.color).toBe(MARK_COLOURS.statement);
    expect(result.sectionTitle).toBe("4. Omorganisation");
    expect(mock.paragraphs).toEqual([]);
  });

  it("inside a section, neither records the heading above nor syncs again", async () => {
    const mock = wordMock({
      selection: ["Kommunal ser positivt på förslaget."],
      ancestors: [{ tag: "sp:punkt:omorg", text: "4. Omorganisation" }, null, null],
      beforeSelection: [{ text: "Annan rubrik", styleBuiltIn: "Heading1" }],
    });
    const result = await markStatement("kommunal");
    expect(mock.syncs).toBe(1);
    expect(result.sectionTitle).toBe("4. Omorganisation");
    expect(mock.controls[0]!.title).toBe("Inspel: Kommunal");
  });

  it("outside sections, records the nearest heading above in the mark's title: two syncs", async () => {
    const mock = wordMock({
      selection: ["SSR vill se en plan."],
      ancestors: [null, null, null],
      beforeSelection: [
        { text: "Protokoll", styleBuiltIn: "Title" },
        { text: "7. Budget 2025", styleBuiltIn: "Heading2" },
        "Arbetsgivaren redogjorde.",
      ],
    });
    const result = await markStatement("ssr");
    expect(mock.syncs).toBe(2);
    expect(mock.loads).toContain("before:text,style,styleBuiltIn");
    expect(mock.calls).toContain("body.getRange(Start)");
    expect(mock.controls[0]!.title).toBe("Inspel: Akademikerförbundet SSR · 7. Budget 2025");
    expect(result.sectionTitle).toBe("7. Budget 2025");
  });

  it("marks the employer's statements too; without section or heading, one sync and no item", async () => {
    const mock = wordMock({
      selection: ["Arbetsgivaren förtydligar."],
      ancestors: [null, null, null],
      beforeSelection: ["Protokoll", "Text utan rubriker."],
    });
    const result = await markStatement("arbetsgivaren");
    expect(mock.syncs).toBe(1);
    expect(mock.controls[0]?.title).toBe("Inspel: Arbetsgivaren");
    expect(result.sectionTitle).toBeUndefined();
  });

  it("gives a Swedish message when there is nothing selected", async () => {
    const mock = wordMock({ selection: [], ancestors: [null, null, null] });
    const error = await markStatement("vision").catch((e: unknown) => e);
    expect(mock.syncs).toBe(1);
    expect(userMessageFor(error)).toMatch(/Placera markören/);
  });
});

describe("markDisagreement", () => {
  it("tags all unions, titles them by display name and finds the section through a statement around it", async () => {
    const mock = wordMock({
      selection: ["Kommunal och Vision är oeniga."],
      ancestors: [
        { tag: "sp:inspel:kommunal:abc12345", text: "Kommunal och Vision är oeniga." },
        { tag: "sp:agenda:dnr-sn-2024-1", text: "7. Budget\rDnr: SN 2024/1" },
        null,
      ],
    });
    const result = await markDisagreement(["kommunal", "vision", "kommunal"]);
    expect(mock.syncs).toBe(1);
    const control = mock.controls[0]!;
    expect(parseTag(control.tag)).toMatchObject({ kind: "disagreement", orgs: ["kommunal", "vision"] });
    expect(control.title).toBe("Oenighet: Kommunal, Vision");
    expect(control.color).toBe(MARK_COLOURS.disagreement);
    expect(result.sectionTitle).toBe("7. Budget");
  });

  it("outside sections, names the heading above in the title, in two syncs", async () => {
    const mock = wordMock({
      selection: ["Kommunal ställde sig oeniga till rutinen."],
      ancestors: [null, null, null],
      beforeSelection: [{ text: "17. Föranmälda frågor", styleBuiltIn: "Other", style: "Rubrik 2" }, "Text."],
    });
    const result = await markDisagreement(["kommunal"]);
    expect(mock.syncs).toBe(2);
    expect(mock.controls[0]!.title).toBe("Oenighet: Kommunal · 17. Föranmälda frågor");
    expect(result.sectionTitle).toBe("17. Föranmälda frågor");
  });

  it("refuses an oenighet without unions before touching Word", async () => {
    const mock = wordMock({ selection: ["x"] });
    const error = await markDisagreement([]).catch((e: unknown) => e);
    expect(userMessageFor(error)).toMatch(/minst en organisation/);
    expect(mock.syncs).toBe(0);
  });
});

describe("removeMark and selectMark", () => {
  const tag = "sp:inspel:vision:k3j4h5g6";

  it("removes the control by its id and keeps the text, in one sync", async () => {
    const mock = wordMock({ controls: [{ id: 7, tag }] });
    await removeMark("7");
    expect(mock.syncs).toBe(1);
    expect(mock.calls).toEqual(["getById(7)", `delete(${tag},true)`]);
  });

  it("selects the control (Word scrolls to a new selection), in one sync", async () => {
    const mock = wordMock({ controls: [{ id: 7, tag }] });
    await selectMark("7");
    expect(mock.syncs).toBe(1);
    expect(mock.calls).toEqual(["getById(7)", `select(${tag},Select)`]);
  });

  it("explains in Swedish when the mark is gone", async () => {
    wordMock({ controls: [] });
    const error = await removeMark("7").catch((e: unknown) => e);
    expect(userMessageFor(error)).toMatch(/finns inte längre/);
  });

  it("does not ask Word about ids it never gave", async () => {
    const mock = wordMock({ controls: [] });
    await expect(selectMark("sp:inspel:vision:k3j4h5g6")).rejects.toThrow();
    expect(mock.syncs).toBe(0);
  });
});
