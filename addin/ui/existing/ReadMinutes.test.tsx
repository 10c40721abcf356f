import { screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { userMessageFor } from "../../word/errors";
import type { MarkParagraphsResult } from "../../word/ops";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

// Invented minutes, one line per Word paragraph as Word's body text separates them (by "\r").
const minutes = [
  "Protokoll från samverkansgruppen den 5 mars 2024",
  "1. Mötets öppnande",
  "Anna Ek öppnade mötet.",
  "2. Budget 2025",
  "Arbetsgivaren redogjorde för budgeten.",
  "Kommunal tog upp bemanningen i hemtjänsten och vill ha en uppföljning.",
  "Vision menar att förslaget saknar en riskbedömning.",
  "Kommunal reserverar sig mot beslutet om neddragningar.",
  "3. Övriga frågor",
  "Vision tog upp parkeringen vid stadshuset.",
].join("\r");

const TAB = "Mallar/Punkter";
const readButton = () => screen.getByRole("button", { name: "Läs in befintligt protokoll" });
const addButton = () => screen.getByRole("button", { name: "Lägg till markeringar" });
const offer = () => screen.getByRole("group", { name: "Föreslagna markeringar" });

describe("Läs in befintligt protokoll", () => {
  it("offers the found marks by group and adds those of the confirmed groups", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(minutes);
    const { user } = await renderPane(ops, TAB);
    await user.click(readButton());

    const groups = await screen.findByRole("group", { name: "Föreslagna markeringar" });
    const boxes = within(groups).getAllByRole("checkbox");
    expect(boxes.map((box) => box.parentElement?.textContent)).toEqual([
      "Inspel från arbetsgivaren (1)",
      "Inspel från Kommunal (2)",
      "Inspel från Vision (2)",
      "Oenighet för Kommunal (1)",
    ]);
    expect(boxes.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    // Each candidate with its section and first words.
    expect(within(groups).getByText(/Vision tog upp parkeringen vid stadshuset\./).textContent).toContain(
      "Övriga frågor:",
    );

    await user.click(within(groups).getByRole("checkbox", { name: "Inspel från Vision (2)" }));
    const readsBefore = ops.readIndex.mock.calls.length;
    await user.click(addButton());

    await expectStatus("Markeringar tillagda: 4.");
    const marks = ops.markParagraphs.mock.calls.flatMap(([batch]) => batch);
    expect(marks).toEqual([
      {
        kind: "statement",
        orgs: ["arbetsgivaren"],
        searchText: "Arbetsgivaren redogjorde för budgeten.",
        paragraphIndexHint: 4,
        sectionTitle: "Budget 2025",
      },
      expect.objectContaining({ kind: "statement", orgs: ["kommunal"], paragraphIndexHint: 5 }),
      expect.objectContaining({ kind: "statement", orgs: ["kommunal"], paragraphIndexHint: 7 }),
      {
        kind: "disagreement",
        orgs: ["kommunal"],
        searchText: "Kommunal reserverar sig mot beslutet om neddragningar.",
        paragraphIndexHint: 7,
        // The item goes with the mark: these minutes have no section controls to say it.
        sectionTitle: "Budget 2025",
      },
    ]);
    // The index is read before marking (to skip what is marked) and after (to show the new marks).
    expect(ops.readIndex.mock.calls.length).toBe(readsBefore + 2);
    expect(screen.queryByRole("group", { name: "Föreslagna markeringar" })).toBeNull();
  });

  it("skips paragraphs the document already has marked", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(minutes);
    ops.index.statements = [
      {
        id: "5",
        org: "kommunal",
        text: "Kommunal tog upp bemanningen i hemtjänsten och vill ha en uppföljning.",
      },
    ];
    const { user } = await renderPane(ops, TAB);
    await user.click(readButton());
    const item = (await within(await screen.findByRole("group")).findByText(/Kommunal tog upp bemanningen/))
      .parentElement!;
    expect(item.textContent).toContain("(redan markerat)");

    await user.click(addButton());
    await expectStatus("Markeringar tillagda: 5. Redan markerade, hoppades över: 1.");
    const marks = ops.markParagraphs.mock.calls.flatMap(([batch]) => batch);
    expect(marks.map((mark) => mark.searchText)).not.toContain(
      "Kommunal tog upp bemanningen i hemtjänsten och vill ha en uppföljning.",
    );
    expect(marks).toHaveLength(5);
  });

  it("adds in batches with progress and stops between batches when cancelled", async () => {
    const ops = fakeOps();
    const many = Array.from(
      { length: 12 },
      (_, i) => `Kommunal tog upp fråga nummer ${i + 1} om arbetsmiljön.`,
    );
    ops.readDocumentText.mockResolvedValue(["Protokoll", "1. Information", ...many].join("\r"));
    let release: (result: MarkParagraphsResult) => void = () => {};
    ops.markParagraphs.mockImplementation(
      () =>
        new Promise((resolve) => {
          release = resolve;
        }),
    );
    const { user } = await renderPane(ops, TAB);
    await user.click(readButton());
    await user.click(await screen.findByRole("button", { name: "Lägg till markeringar" }));

    await waitFor(() => expect(ops.markParagraphs).toHaveBeenCalledTimes(1));
    expect(screen.getByText("Markerar 0 av 12 …")).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "Markeringar som läggs till" })).toBeTruthy();
    expect(ops.markParagraphs.mock.calls[0]?.[0]).toHaveLength(5);
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    release({ marked: 5, notFound: [] });

    await expectStatus("Avbrutet: 5 av 12 markeringar lades till och finns kvar i dokumentet.");
    expect(ops.markParagraphs).toHaveBeenCalledTimes(1);
    // The offer stays, so the rest can be added later.
    expect(offer()).toBeTruthy();
  });

  it("lists the texts Word no longer has", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(minutes);
    ops.markParagraphs.mockImplementation(async (marks) => ({
      marked: marks.length - 1,
      notFound: [marks[0]!.searchText],
    }));
    const { user } = await renderPane(ops, TAB);
    await user.click(readButton());
    await user.click(await screen.findByRole("button", { name: "Lägg till markeringar" }));
    await expectStatus("Markeringar tillagda: 4.");
    expect(screen.getByText(/Hittades inte i dokumentet/)).toBeTruthy();
    expect(screen.getByText("Arbetsgivaren redogjorde för budgeten.")).toBeTruthy();
  });

  it("says why in Swedish when Word fails, keeps the offer and tells how far it got", async () => {
    const ops = fakeOps();
    const many = Array.from({ length: 8 }, (_, i) => `Vision tog upp punkt ${i + 1} om lokalerna.`);
    ops.readDocumentText.mockResolvedValue(["Protokoll", "1. Information", ...many].join("\r"));
    const error = officeError("AccessDenied");
    ops.markParagraphs
      .mockImplementationOnce(async (marks) => ({ marked: marks.length, notFound: [] }))
      .mockRejectedValueOnce(error);
    const { user } = await renderPane(ops, TAB);
    await user.click(readButton());
    await user.click(await screen.findByRole("button", { name: "Lägg till markeringar" }));

    await expectAlert(userMessageFor(error));
    expect(screen.getByText(/5 av 8 markeringar hann läggas till innan felet/)).toBeTruthy();
    expect(offer()).toBeTruthy();
    expect(addButton().getAttribute("aria-disabled")).toBeNull();
  });

  it("reports a failed read and offers nothing", async () => {
    const ops = fakeOps();
    const error = officeError("GeneralException");
    ops.readDocumentText.mockRejectedValue(error);
    const { user } = await renderPane(ops, TAB);
    await user.click(readButton());
    await expectAlert(userMessageFor(error));
    expect(screen.queryByRole("group", { name: "Föreslagna markeringar" })).toBeNull();
    expect(readButton().getAttribute("aria-disabled")).toBeNull();
  });

  it("says so when the document holds no statements, and cannot mark joint statements", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue("Protokoll\r1. Information\rMötet öppnades.");
    const { user } = await renderPane(ops, TAB);
    await user.click(readButton());
    await expectStatus("Inga inspel eller oenigheter hittades i dokumentet.");

    ops.readDocumentText.mockResolvedValue(
      "Protokoll\r1. Information\rFackliga pålyser att lokalerna är för trånga.",
    );
    await user.click(readButton());
    const box = await within(await screen.findByRole("group")).findByRole("checkbox", {
      name: /de fackliga organisationerna/,
    });
    expect(box).toHaveProperty("disabled", true);
    expect(box).toHaveProperty("checked", false);
    expect(screen.getByText(/markera dem för en organisation under Inspel/)).toBeTruthy();
    expect(addButton().getAttribute("aria-disabled")).toBe("true");
  });
});
