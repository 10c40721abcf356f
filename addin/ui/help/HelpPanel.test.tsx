import { screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { WordOpError } from "../../word/errors";
import type { SelfTestReport } from "../../word/ops";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";
import { formatReport } from "./report";

const report: SelfTestReport = {
  ranAt: "2024-02-13T12:00:00.000Z",
  host: "Word",
  version: "16.0.14332.20812",
  platform: "PC",
  requirementSets: [
    { name: "WordApi 1.3", supported: true },
    { name: "WordApi 1.4", supported: false },
  ],
  steps: [
    { name: "Tomt dokument", outcome: "pass" },
    {
      name: "Markering i en tabell",
      outcome: "fail",
      code: "GeneralException",
      detail: "Word kunde inte slutföra åtgärden.",
    },
    { name: "Spårade ändringar", outcome: "skipped", detail: "WordApi 1.4 saknas." },
  ],
};

const REPORT_TEXT = [
  "Samverkansprotokoll – självtest",
  "Körd: 2024-02-13T12:00:00.000Z",
  "Word: Word 16.0.14332.20812 (PC)",
  "Kravuppsättningar: WordApi 1.3 ja, WordApi 1.4 nej",
  "Resultat: 1 godkänt steg, 1 underkänt, 1 överhoppat",
  "",
  "1. Tomt dokument: godkänt",
  "2. Markering i en tabell: UNDERKÄNT [GeneralException] – Word kunde inte slutföra åtgärden.",
  "3. Spårade ändringar: hoppades över – WordApi 1.4 saknas.",
].join("\n");

describe("Självtest under Hjälp", () => {
  it("formats the report as documented", () => {
    expect(formatReport(report)).toBe(REPORT_TEXT);
  });

  it("runs the self-test, shows the report and copies it", async () => {
    const ops = fakeOps();
    ops.selfTest.mockResolvedValue(report);
    const { user } = await renderPane(ops, "Hjälp");
    // After userEvent's setup, which installs a clipboard of its own.
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Kör självtest" }));
    await expectStatus("Självtestet är klart: 1 godkänt steg, 1 underkänt, 1 överhoppat.");
    // A failed step is news to read, never green.
    expect(screen.getByRole("status").className).toBe("status note");
    expect(screen.getByLabelText<HTMLTextAreaElement>("Rapport").value).toBe(REPORT_TEXT);
    await user.click(screen.getByRole("button", { name: "Kopiera rapporten" }));
    expect(writeText).toHaveBeenCalledWith(REPORT_TEXT);
    expect(screen.getByText("Rapporten är kopierad.")).toBeTruthy();
  });

  it("counts in Swedish, and is green only when every step passed", async () => {
    const ops = fakeOps();
    const passed = { name: "Index", outcome: "pass" as const };
    ops.selfTest.mockResolvedValue({ ...report, steps: [passed, passed, { ...passed, outcome: "skipped" }] });
    const { user } = await renderPane(ops, "Hjälp");
    await user.click(screen.getByRole("button", { name: "Kör självtest" }));
    await expectStatus("Självtestet är klart: 2 godkända steg, 0 underkända, 1 överhoppat.");
    expect(screen.getByRole("status").className).toBe("status");
    ops.selfTest.mockResolvedValue({
      ...report,
      steps: [
        { ...passed, outcome: "fail" },
        { ...passed, outcome: "fail" },
        { ...passed, outcome: "skipped" },
        { ...passed, outcome: "skipped" },
      ],
    });
    await user.click(screen.getByRole("button", { name: "Kör självtest" }));
    await expectStatus("Självtestet är klart: 0 godkända steg, 2 underkända, 2 överhoppade.");
  });

  it("refuses a document that is not empty before running, with the reason as a warning", async () => {
    const ops = fakeOps();
    ops.selfTest.mockRejectedValue(new WordOpError("word.error.notEmptyForSelfTest"));
    const { user } = await renderPane(ops, "Hjälp");
    await user.click(screen.getByRole("button", { name: "Kör självtest" }));
    await expectStatus(
      "Självtestet skriver och tar bort text. Öppna ett nytt, tomt dokument och kör det där.",
    );
    expect(screen.getByRole("status").className).toBe("status note");
    expect(screen.getByRole("alert").textContent).toBe("");
    expect(screen.queryByLabelText("Rapport")).toBeNull();
  });

  it("says how to copy by hand when the clipboard is refused", async () => {
    const ops = fakeOps();
    ops.selfTest.mockResolvedValue(report);
    const { user } = await renderPane(ops, "Hjälp");
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: vi.fn(async () => Promise.reject(new Error("denied"))) },
      configurable: true,
    });
    await user.click(screen.getByRole("button", { name: "Kör självtest" }));
    await user.click(await screen.findByRole("button", { name: "Kopiera rapporten" }));
    expect(
      await screen.findByText(
        "Rapporten kunde inte kopieras. Markera texten i rutan och kopiera med Ctrl+C.",
      ),
    ).toBeTruthy();
  });

  it("shows Word's failure in Swedish when the test cannot run at all", async () => {
    const ops = fakeOps();
    ops.selfTest.mockRejectedValue(officeError("AccessDenied"));
    const { user } = await renderPane(ops, "Hjälp");
    await user.click(screen.getByRole("button", { name: "Kör självtest" }));
    await expectAlert(
      "Dokumentet är skrivskyddat eller låst för redigering. Aktivera redigering och försök igen.",
    );
  });
});

describe("a Word without CustomXmlParts (WordApi 1.3)", () => {
  const notice =
    "Den här versionen av Word saknar anpassade XML-delar (WordApi 1.4), så mötesuppgifterna sparas i dokumentets inställningar i stället. Allt fungerar som vanligt.";

  it("says once, as a status and not an alert, that meeting data is kept in the document's settings", async () => {
    const ops = fakeOps();
    ops.meetingStorage.mockReturnValue("documentSettings");
    await renderPane(ops);
    await expectStatus(notice);
    expect(screen.getByRole("alert").textContent).toBe("");
  });

  it("does not say it again at the next start", async () => {
    const ops = fakeOps();
    ops.meetingStorage.mockReturnValue("documentSettings");
    const first = await renderPane(ops);
    await expectStatus(notice);
    first.view.unmount();
    localStorage.setItem("sp.pane.storageNoticeShown", "true");
    await renderPane(ops);
    expect(screen.getByRole("status").textContent).toBe("");
  });
});
