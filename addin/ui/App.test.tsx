import { fireEvent, screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { fakeOps, officeError } from "./testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "./testing/render";

describe("pane shell", () => {
  it("offers the seven sections as tabs and moves between them with the arrow keys, Home and End", async () => {
    const { user } = await renderPane(fakeOps());
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      "Möte",
      "Mallar/Punkter",
      "Inspel",
      "Oenighet",
      "Föredragningslista",
      "Justering",
      "Hjälp",
    ]);
    expect(tabs[0]).toHaveProperty("tabIndex", 0);
    expect(tabs[1]).toHaveProperty("tabIndex", -1);

    tabs[0]?.focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs[1]?.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").id).toBe("panel-mallar");

    await user.keyboard("{End}");
    expect(document.activeElement).toBe(tabs[6]);
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(tabs[0]);
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(tabs[6]);
    await user.keyboard("{Home}");
    expect(screen.getByRole("tabpanel").id).toBe("panel-mote");
  });

  it("rereads the document's index when the user turns to another section", async () => {
    const ops = fakeOps();
    const { user } = await renderPane(ops);
    const before = ops.readIndex.mock.calls.length;
    ops.index.statements = [
      { id: "9", org: "vision", sectionTitle: "2. Budget", text: "Inspel skrivet i Word." },
    ];
    await user.click(screen.getByRole("tab", { name: "Inspel" }));
    expect(ops.readIndex.mock.calls.length).toBe(before + 1);
    expect(await screen.findByText("Inspel skrivet i Word.", { exact: false })).toBeTruthy();
  });

  it("reads the document's index and meeting when it opens", async () => {
    const ops = fakeOps();
    ops.readMeeting.mockResolvedValue({
      type: "samverkansgrupp",
      date: "2024-02-13",
      place: "Stadshuset",
      roster: { employer: [], unions: [], absent: [] },
      justerare: [],
    });
    await renderPane(ops);
    expect(ops.readMeeting).toHaveBeenCalledOnce();
    expect(await screen.findByDisplayValue("Stadshuset")).toBeTruthy();
    expect((screen.getByLabelText("Mötestyp") as HTMLSelectElement).value).toBe("samverkansgrupp");
  });

  it("shows the Swedish message when the document cannot be read at start, and can dismiss it", async () => {
    const ops = fakeOps();
    const error = officeError("AccessDenied");
    ops.readIndex.mockRejectedValue(error);
    const { user } = await renderPane(ops);
    await expectAlert(
      "Dokumentet är skrivskyddat eller låst för redigering. Aktivera redigering och försök igen.",
    );
    const alert = screen.getByRole("alert");
    await user.click(within(alert).getByRole("button", { name: "Stäng meddelandet" }));
    expect(screen.getByRole("alert").textContent).toBe("");
  });

  it("keeps an error to the tab it came from: another tab shows none, and going back shows it again", async () => {
    const { user } = await renderPane(fakeOps(), "Mallar/Punkter");
    const input = screen.getByLabelText("Importera mall …") as HTMLInputElement;
    const file = new File(["[1, 2]"], "lista.json", { type: "application/json" });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    fireEvent.change(input);
    await expectAlert("Filen ”lista.json” är ingen mall från Samverkansprotokoll.");
    await user.click(screen.getByRole("tab", { name: "Möte" }));
    expect(screen.getByRole("alert").textContent).toBe("");
    await user.click(screen.getByRole("tab", { name: "Mallar/Punkter" }));
    await expectAlert("Filen ”lista.json” är ingen mall från Samverkansprotokoll.");
  });

  it("closes an alert with an icon button named for assistive technology, no words to break", async () => {
    const ops = fakeOps();
    ops.readIndex.mockRejectedValue(officeError("AccessDenied"));
    await renderPane(ops);
    await expectAlert(
      "Dokumentet är skrivskyddat eller låst för redigering. Aktivera redigering och försök igen.",
    );
    const close = within(screen.getByRole("alert")).getByRole("button", { name: "Stäng meddelandet" });
    expect(close.textContent).toBe("");
    expect(close.querySelector("svg")).toBeTruthy();
  });

  it("clears the status line when the user turns to another tab", async () => {
    const { user } = await renderPane(fakeOps());
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectStatus("Mötesuppgifterna är sparade i dokumentet.");
    await user.click(screen.getByRole("tab", { name: "Inspel" }));
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("never shows a success beside a failure: an alert replaces the status line", async () => {
    const ops = fakeOps();
    const { user } = await renderPane(ops);
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectStatus("Mötesuppgifterna är sparade i dokumentet.");
    ops.saveMeeting.mockRejectedValue(officeError("AccessDenied"));
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectAlert(
      "Dokumentet är skrivskyddat eller låst för redigering. Aktivera redigering och försök igen.",
    );
    expect(screen.getByRole("status").textContent).toBe("");
  });
});
