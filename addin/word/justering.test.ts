import { describe, expect, it } from "vitest";
import { templateById } from "../../shared/templates/registry";
import { rewriteJustering } from "./justering";
import { markDisagreement } from "./marking";
import { measured, useWordDouble } from "./testing/double";
import { sampleMeeting } from "./testing/fixtures";

const double = useWordDouble();
const listTemplate = templateById("forvaltningsgrupp")!;
const justering = () =>
  double()
    .contentControls()
    .filter((c) => c.tag === "sp:justering");

async function minutesWithOenighet() {
  double().setParagraphs([
    { text: "17. Föranmälda frågor", style: "Heading1" },
    "Kommunal är inte enig.",
    "",
  ]);
  double().setSelection(1);
  await markDisagreement(["kommunal"]);
}

describe("rewriteJustering", () => {
  it("adds the block at the end of a document that has none, then rewrites it in place: two syncs each", async () => {
    await minutesWithOenighet();
    const added = await measured(double(), () => rewriteJustering(sampleMeeting, listTemplate));
    expect(added.syncs).toBe(2);
    const [block] = justering();
    expect(block!.text).toBe(
      "Justeras (digitalt)\rCharlotte Andersson för Kommunal (oenighet under föranmälda frågor)\rAnna Ek för arbetsgivaren",
    );
    const again = await measured(double(), () =>
      rewriteJustering({ ...sampleMeeting, justerare: [{ org: "vision", name: "Per Lind" }] }, listTemplate),
    );
    expect(again.syncs).toBe(2);
    expect(justering()).toEqual([
      { ...block!, text: "Justeras (digitalt)\rPer Lind för Vision", to: block!.from + 1 },
    ]);
  });

  it("keeps a justering block of a single paragraph when it is rewritten (its only paragraph is never replaced)", async () => {
    await minutesWithOenighet();
    const fsg = templateById("fsg-vsg")!;
    await rewriteJustering(sampleMeeting, fsg);
    const [block] = justering();
    expect(block!.from).toBe(block!.to);
    await rewriteJustering({ ...sampleMeeting, justerare: [{ org: "vision", name: "Per Lind" }] }, fsg);
    expect(justering()).toEqual([{ ...block!, text: "Per Lind justerar minnesanteckningarna för Vision." }]);
  });

  it("under track changes, names only what the reader sees and leaves the old text as a tracked deletion", async () => {
    await minutesWithOenighet();
    await rewriteJustering(sampleMeeting, listTemplate);
    double().setTracking(true);
    // "inte " deleted with track changes: the oenighet's own text must not count it either.
    const { syncs } = await measured(double(), () =>
      rewriteJustering(
        { ...sampleMeeting, justerare: [{ org: "kommunal", name: "Karin Berg" }] },
        listTemplate,
      ),
    );
    expect(syncs).toBe(3);
    const [block] = justering();
    expect(block!.text).toContain("Charlotte Andersson för Kommunal");
    const reviewed = await Word.run(async (context) => {
      const result = context.document.contentControls
        .getByTag("sp:justering")
        .getFirst()
        .getReviewedText("Current");
      await context.sync();
      return result.value;
    });
    expect(reviewed).toBe("Justeras (digitalt)\rKarin Berg för Kommunal (oenighet under föranmälda frågor)");
  });
});
