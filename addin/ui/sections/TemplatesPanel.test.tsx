import { cleanup, fireEvent, screen, within } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { exportTemplate, importTemplate } from "../../../shared/templates/io";
import { builtinTemplates, flattenSections } from "../../../shared/templates/registry";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

const jsonFile = (name: string, text: string) => new File([text], name, { type: "application/json" });

describe("Mallar/Punkter", () => {
  it("creates the minutes from the chosen template with the meeting, then rereads the index", async () => {
    const ops = fakeOps();
    const { user } = await renderPane(ops, "Mallar/Punkter");
    const template = builtinTemplates[1]!;
    await user.selectOptions(screen.getByLabelText("Mall"), template.id);
    const readsBefore = ops.readIndex.mock.calls.length;
    await user.click(screen.getByRole("button", { name: "Skapa protokoll" }));
    expect(ops.newMinutes).toHaveBeenCalledOnce();
    expect(ops.newMinutes.mock.calls[0]?.[0]).toEqual(template);
    expect(ops.newMinutes.mock.calls[0]?.[1]).toMatchObject({
      roster: { employer: [], unions: [], absent: [] },
    });
    expect(ops.readIndex.mock.calls.length).toBe(readsBefore + 1);
  });

  it("makes the meeting the chosen template's kind, and a meeting type picks its template", async () => {
    const { user } = await renderPane(fakeOps(), "Mallar/Punkter");
    await user.selectOptions(screen.getByLabelText("Mall"), "forvaltningsgrupp");
    await user.click(screen.getByRole("tab", { name: "Möte" }));
    expect(screen.getByLabelText("Mötestyp")).toHaveProperty("value", "forvaltningsgrupp");
    await user.selectOptions(screen.getByLabelText("Mötestyp"), "samverkansgrupp");
    expect(
      screen.getByText("Mallen ”Samverkansgrupp – protokoll” används. Byt mall under fliken Mallar/Punkter."),
    ).toBeTruthy();
    expect(screen.getByLabelText("Mall", { selector: "select" })).toHaveProperty("value", "samverkansgrupp");
  });

  it("starts a new meeting as the kind of the template chosen last time", async () => {
    localStorage.setItem("sp.pane.template", JSON.stringify("skyddskommitte"));
    await renderPane(fakeOps());
    expect(screen.getByLabelText("Mötestyp")).toHaveProperty("value", "skyddskommitte");
    expect(screen.getByText(/Mallen ”Skyddskommitté – protokoll” används/)).toBeTruthy();
  });

  it("asks for the roster before the minutes are created, since Närvarande is written only then", async () => {
    const { user } = await renderPane(fakeOps(), "Mallar/Punkter");
    const hint =
      "Närvarolistan skrivs från fliken Möte när protokollet skapas och ändras inte när du sparar mötet senare. Fyll i vilka som är med under Möte först.";
    expect(screen.getByText(hint)).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Möte" }));
    await user.click(screen.getByRole("button", { name: "Lägg till person" }));
    await user.click(screen.getByRole("tab", { name: "Mallar/Punkter" }));
    // A row without a name is no one yet.
    expect(screen.getByText(hint)).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "Möte" }));
    const employer = screen.getByRole("group", { name: "Arbetsgivarens representanter" });
    await user.type(within(employer).getAllByRole("textbox")[0]!, "Lee Orberon");
    await user.click(screen.getByRole("tab", { name: "Mallar/Punkter" }));
    expect(screen.queryByText(hint)).toBeNull();
  });

  it("says so when the document already holds minutes", async () => {
    const ops = fakeOps();
    await renderPane(ops, "Mallar/Punkter");
    expect(screen.queryByText(/redan ett protokoll/)).toBeNull();
    cleanup();
    const section = { id: "1", tag: "sp:punkt:narvarande", title: "Närvarande" };
    ops.index.sections = [section];
    await renderPane(ops, "Mallar/Punkter");
    expect(screen.getByText(/redan ett protokoll/)).toBeTruthy();
  });

  it("inserts the chosen section at the cursor", async () => {
    const ops = fakeOps();
    const { user } = await renderPane(ops, "Mallar/Punkter");
    const template = builtinTemplates[0]!;
    await user.selectOptions(screen.getByLabelText("Mall"), template.id);
    const section = flattenSections(template.sections)[2]!;
    await user.selectOptions(screen.getByLabelText("Punkt"), section.id);
    await user.click(screen.getByRole("button", { name: "Infoga vid markören" }));
    // Template and meeting go along so the section's placeholders are filled, as in "Skapa protokoll".
    expect(ops.insertSection).toHaveBeenCalledWith(
      section,
      template,
      expect.objectContaining({ roster: { employer: [], unions: [], absent: [] } }),
    );
  });

  it("says why in Swedish when Word refuses, and keeps the choice", async () => {
    const ops = fakeOps();
    const error = officeError("InvalidSelection");
    ops.newMinutes.mockRejectedValue(error);
    const { user } = await renderPane(ops, "Mallar/Punkter");
    const template = builtinTemplates[2]!;
    await user.selectOptions(screen.getByLabelText("Mall"), template.id);
    await user.click(screen.getByRole("button", { name: "Skapa protokoll" }));
    await expectAlert("Placera markören i det stycke som ska markeras och försök igen.");
    expect(screen.getByLabelText("Mall")).toHaveProperty("value", template.id);
  });

  it("exports the chosen template as a JSON file that imports back unchanged", async () => {
    const blobs: Blob[] = [];
    const createUrl = vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:template";
    });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    try {
      const { user } = await renderPane(fakeOps(), "Mallar/Punkter");
      const template = builtinTemplates[3]!;
      await user.selectOptions(screen.getByLabelText("Mall"), template.id);
      await user.click(screen.getByRole("button", { name: "Exportera mallen (JSON)" }));
      expect(clicked[0]?.download).toBe(`${template.id}.json`);
      const roundTrip = importTemplate(await blobs[0]!.text());
      expect(roundTrip).toEqual({ ok: true, template });
    } finally {
      createUrl.mockRestore();
      click.mockRestore();
    }
  });

  it("imports an organisation's own template from a file and chooses it", async () => {
    const own = { ...builtinTemplates[0]!, id: "egen-fsg", name: "Vår egen FSG" };
    const { user } = await renderPane(fakeOps(), "Mallar/Punkter");
    await user.upload(screen.getByLabelText("Importera mall …"), jsonFile("egen.json", exportTemplate(own)));
    expect(await screen.findByRole("option", { name: "Vår egen FSG" })).toBeTruthy();
    expect(screen.getByLabelText("Mall")).toHaveProperty("value", "egen-fsg");
    await expectStatus("Mallen ”Vår egen FSG” är importerad och vald.");
  });

  /** Chooses a file as a user could, past the input's `accept` (user.upload honours it). */
  function chooseTemplateFile(file: File) {
    const input = screen.getByLabelText("Importera mall …") as HTMLInputElement;
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    fireEvent.change(input);
  }

  it("refuses an invalid template file in one sentence, the rest under details", async () => {
    const broken = JSON.stringify({ ...builtinTemplates[0]!, id: "", sections: "inga" });
    const { user } = await renderPane(fakeOps(), "Mallar/Punkter");
    chooseTemplateFile(jsonFile("trasig.json", broken));
    await expectAlert("Mallen i ”trasig.json” kunde inte importeras: mallens id har fel format.");
    const alert = screen.getByRole("alert");
    const details = alert.querySelector("details")!;
    expect(details.open).toBe(false);
    await user.click(within(alert).getByText("Detaljer"));
    expect([...details.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "Fältet ”sections”: värdet saknas eller har fel typ",
    ]);
    expect(screen.queryByRole("option", { name: builtinTemplates[0]!.name })).toBeTruthy();
  });

  it("says a file that is not a template at all is none", async () => {
    await renderPane(fakeOps(), "Mallar/Punkter");
    chooseTemplateFile(jsonFile("klipp.json", JSON.stringify({ kind: "sp-clip", version: 2 })));
    await expectAlert("Filen ”klipp.json” är ingen mall från Samverkansprotokoll.");
    expect(screen.getByRole("alert").querySelector("details")).toBeNull();
  });

  it("refuses a template nested 3,000 deep behind non-array sections with a message, not a page error", async () => {
    const levels = 3000;
    const open = '{"id":"s","title":"x","kind":"group","sections":{},"children":[';
    const nested = `${open.repeat(levels)}{"id":"leaf","title":"x","kind":"item"}${"]}".repeat(levels)}`;
    const text = exportTemplate(builtinTemplates[0]!).replace(
      /"sections": \[[\s\S]*\n {2}\]/,
      `"sections": [${nested}]`,
    );
    await renderPane(fakeOps(), "Mallar/Punkter");
    chooseTemplateFile(jsonFile("djup.json", text));
    await expectAlert(
      "Mallen i ”djup.json” kunde inte importeras: avsnitten är nästlade i fler än 3 nivåer.",
    );
  });

  it("says in Swedish when the browser cannot read the chosen file", async () => {
    const unreadable = jsonFile("borta.json", "{}");
    unreadable.text = () => Promise.reject(new DOMException("gone", "NotReadableError"));
    await renderPane(fakeOps(), "Mallar/Punkter");
    chooseTemplateFile(unreadable);
    await expectAlert(
      "Filen ”borta.json” kunde inte läsas. Kontrollera att den finns kvar och går att öppna, och försök igen.",
    );
  });

  it("lists sections by their titles with placeholders named until the meeting knows them", async () => {
    const { user } = await renderPane(fakeOps(), "Mallar/Punkter");
    await user.selectOptions(screen.getByLabelText("Mall"), "fsg-vsg");
    const punkt = screen.getByLabelText("Punkt");
    expect(within(punkt).getByRole("option", { name: "Föredragningslistan (nämnd)" })).toBeTruthy();
    expect(punkt.textContent).not.toContain("{");
    await user.click(screen.getByRole("tab", { name: "Möte" }));
    await user.type(screen.getByLabelText("Nämnd"), "Socialnämnden");
    // The Mallar/Punkter panel is hidden now, but stays mounted and follows the meeting.
    expect(
      within(punkt).getByRole("option", { name: "Föredragningslistan Socialnämnden", hidden: true }),
    ).toBeTruthy();
  });
});
