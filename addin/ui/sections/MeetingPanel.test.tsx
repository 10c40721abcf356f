import { cleanup, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import type { Meeting } from "../../../shared/model/meeting";
import { fillPlaceholders, placeholdersOf } from "../../../shared/templates/placeholders";
import { builtinTemplates } from "../../../shared/templates/registry";
import { retype } from "../../../shared/ui/testing";
import { loadDraft, saveDraft, saveLastMeeting } from "../meeting/draft";
import { FAKE_DOCUMENT_ID, fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

const lastMeeting: Meeting = {
  type: "fsg-vsg",
  date: "2024-01-16",
  time: "13:00",
  place: "Rum Lärkan",
  protocolNumber: "1/2024",
  forvaltning: "FSG Socialförvaltningen",
  chair: { name: "Anna Ek" },
  roster: {
    employer: [{ name: "Anna Ek", title: "förvaltningschef" }],
    unions: [{ org: "kommunal", people: [{ name: "Bo Lind" }] }],
    absent: [{ org: "vision" }],
  },
  justerare: [{ org: "kommunal", name: "Bo Lind" }],
};

const here = { id: FAKE_DOCUMENT_ID };

describe("Möte", () => {
  it("saves the typed meeting to the document, without blank rows, and forgets the draft", async () => {
    const ops = fakeOps();
    const { user } = await renderPane(ops);
    await user.selectOptions(screen.getByLabelText("Mötestyp"), "mbl-forhandling");
    await user.type(screen.getByLabelText("Plats"), "Stadshuset");
    await user.click(screen.getByRole("button", { name: "Lägg till person" }));
    await user.type(screen.getByLabelText("Namn, rad 1"), "Eva Berg");
    await user.type(screen.getByLabelText("Titel, rad 1"), "HR-chef");
    await user.click(screen.getByRole("button", { name: "Lägg till person" }));
    await user.click(screen.getByRole("button", { name: "Lägg till facklig representant" }));
    const unions = screen.getByRole("group", { name: "Fackliga representanter" });
    await user.selectOptions(within(unions).getByLabelText("Organisation, rad 1"), "vision");
    await user.type(within(unions).getByLabelText("Namn, rad 1"), "Per Holm");
    expect(loadDraft(here)?.place).toBe("Stadshuset");

    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    expect(ops.saveMeeting).toHaveBeenCalledOnce();
    const saved = ops.saveMeeting.mock.calls[0]?.[0] as Meeting;
    expect(saved.type).toBe("mbl-forhandling");
    expect(saved.place).toBe("Stadshuset");
    expect(saved.roster.employer).toEqual([{ name: "Eva Berg", title: "HR-chef" }]);
    expect(saved.roster.unions).toEqual([{ org: "vision", people: [{ name: "Per Holm" }] }]);
    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      "Mötesuppgifterna är sparade i dokumentet.",
    );
    expect(loadDraft(here)).toBeNull();
  });

  // Not the browser's date and time controls, which a US-English browser shows as mm/dd/yyyy and 01:00 PM.
  it.each([
    {
      label: "Datum",
      format: "ÅÅÅÅ-MM-DD",
      bad: "03/05/2024",
      message: "Datumet kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-03-05.",
      // A Swedish form is read, and shown in the field's form once it is left.
      good: "5 mars 2024",
      saved: { date: "2024-03-05" },
    },
    {
      label: "Tid",
      format: "TT:MM",
      bad: "1:30 PM",
      message: "Tiden kunde inte läsas. Skriv den som TT:MM, till exempel 13:00.",
      good: "kl. 13.30",
      saved: { time: "13:30" },
    },
  ])(
    "shows and takes $label as $format whatever the browser's language, and refuses a bad one in Swedish",
    async ({ label, format, bad, message, good, saved }) => {
      const ops = fakeOps();
      const { user } = await renderPane(ops);
      const field = screen.getByLabelText(label) as HTMLInputElement;
      expect(field.type).toBe("text");
      expect(field.placeholder).toBe(format);
      await retype(user, field, bad);
      expect(field.getAttribute("aria-invalid")).toBe("true");
      expect(field.getAttribute("aria-describedby")).toBe(screen.getByText(message).id);
      await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
      expect(ops.saveMeeting).not.toHaveBeenCalled();

      await retype(user, field, good);
      expect(field.value).toBe(Object.values(saved)[0]);
      expect(field.getAttribute("aria-invalid")).toBeNull();
      expect(screen.queryByText(message)).toBeNull();
      await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
      expect(ops.saveMeeting.mock.calls[0]?.[0]).toMatchObject(saved);
    },
  );

  it("keeps the input and the draft when saving fails, and says why in Swedish", async () => {
    const ops = fakeOps();
    const error = officeError("GeneralException");
    ops.saveMeeting.mockRejectedValue(error);
    const { user } = await renderPane(ops);
    await user.type(screen.getByLabelText("Plats"), "Rum 3");
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectAlert(
      "Word kunde inte slutföra åtgärden. Försök igen; om felet kvarstår, spara dokumentet och starta om Word.",
    );
    expect(screen.getByLabelText("Plats")).toHaveProperty("value", "Rum 3");
    expect(loadDraft(here)?.place).toBe("Rum 3");
  });

  it("restores an unsaved draft when the pane is reopened, in preference to the document", async () => {
    const first = fakeOps();
    const { user } = await renderPane(first);
    await user.type(screen.getByLabelText("Protokollnummer"), "4/2024");
    cleanup();

    const second = fakeOps();
    second.readMeeting.mockResolvedValue({ ...lastMeeting, protocolNumber: "gammalt" });
    await renderPane(second);
    expect(screen.getByLabelText("Protokollnummer")).toHaveProperty("value", "4/2024");
    expect(screen.getByRole("status").textContent).toBe(
      "Ett osparat utkast av mötesuppgifterna har återställts.",
    );
  });

  it("offers a draft only in the document it was typed for: another document starts from its own data, or empty", async () => {
    const first = fakeOps();
    const { user } = await renderPane(first);
    await user.type(screen.getByLabelText("Plats"), "Rum Lärkan");
    await user.click(screen.getByRole("button", { name: "Lägg till person" }));
    await user.type(screen.getByLabelText("Namn, rad 1"), "Eva Berg");
    cleanup();

    const other = fakeOps();
    other.documentIdentity.mockResolvedValue({ id: "dokument-2" });
    await renderPane(other);
    await waitFor(() => expect(other.readMeeting).toHaveBeenCalled());
    expect(screen.getByLabelText("Plats")).toHaveProperty("value", "");
    expect(screen.queryByLabelText("Namn, rad 1")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("");
    cleanup();

    // A copy of the first document keeps its id but not its address: the draft is not offered there either.
    const copy = fakeOps();
    copy.documentIdentity.mockResolvedValue({ id: FAKE_DOCUMENT_ID, url: "https://kommun.se/kopia.docx" });
    saveDraft({ id: FAKE_DOCUMENT_ID, url: "https://kommun.se/original.docx" }, lastMeeting);
    await renderPane(copy);
    await waitFor(() => expect(copy.readMeeting).toHaveBeenCalled());
    expect(screen.getByLabelText("Plats")).toHaveProperty("value", "");
  });

  it("forgets a draft from before drafts were kept per document", async () => {
    localStorage.setItem("sp.pane.draft", JSON.stringify(lastMeeting));
    await renderPane(fakeOps());
    expect(screen.getByLabelText("Plats")).toHaveProperty("value", "");
    expect(localStorage.getItem("sp.pane.draft")).toBeNull();
  });

  it("fills the people and the place from the last meeting of the same group, never its förhinder or justerare", async () => {
    saveLastMeeting(lastMeeting);
    const { user } = await renderPane(fakeOps());
    await user.type(screen.getByLabelText("Förvaltning"), "FSG Socialförvaltningen");
    await user.clear(screen.getByLabelText("Datum"));
    await user.type(screen.getByLabelText("Datum"), "2024-02-13");
    await user.click(screen.getByRole("button", { name: "Hämta från förra mötet" }));

    const employer = screen.getByRole("group", { name: "Arbetsgivarens representanter" });
    expect(within(employer).getByLabelText("Namn, rad 1")).toHaveProperty("value", "Anna Ek");
    const unions = screen.getByRole("group", { name: "Fackliga representanter" });
    expect(within(unions).getByLabelText("Namn, rad 1")).toHaveProperty("value", "Bo Lind");
    // Who was away and who approves belong to that meeting: chosen anew each time.
    const absent = screen.getByRole("group", { name: "Förhinder" });
    expect(within(absent).queryAllByRole("combobox")).toEqual([]);
    const justerare = screen.getByRole("group", { name: "Justerare" });
    expect(within(justerare).queryAllByRole("textbox")).toEqual([]);
    expect(screen.getByLabelText("Datum")).toHaveProperty("value", "2024-02-13");
    expect(screen.getByLabelText("Protokollnummer")).toHaveProperty("value", "");
    expect(screen.getByLabelText("Plats")).toHaveProperty("value", "Rum Lärkan");
    expect(screen.getByLabelText("Ordförande")).toHaveProperty("value", "Anna Ek");
    await expectStatus(
      "Deltagare, ordförande och plats hämtade från mötet 2024-01-16. Förhinder och justerare väljs för varje möte.",
    );
  });

  it("offers no roster to reuse for a group that has never met", async () => {
    await renderPane(fakeOps());
    expect(screen.getByRole("button", { name: "Hämta från förra mötet" })).toHaveProperty("disabled", true);
  });
});

describe("Möte: row numbers", () => {
  it("shows a row's fields as Namn and Part, and says the row number to assistive technology only", async () => {
    const { user } = await renderPane(fakeOps());
    const justerare = screen.getByRole("group", { name: "Justerare" });
    await user.click(within(justerare).getByRole("button", { name: "Lägg till justerare" }));
    for (const [name, shown] of [
      ["Part, rad 1", "Part"],
      ["Namn, rad 1", "Namn"],
    ] as const) {
      const field = within(justerare).getByLabelText(name);
      const label = justerare.querySelector(`label[for="${field.id}"]`)!;
      const hidden = label.querySelector(".visually-hidden");
      expect(hidden?.textContent).toBe(", rad 1");
      expect(label.textContent?.replace(hidden?.textContent ?? "", "")).toBe(shown);
    }
  });
});

describe("Möte: keyboard focus in lists", () => {
  it("after a row is removed, moves focus to the row now in its place, else the one above, else the add button", async () => {
    const { user } = await renderPane(fakeOps());
    const people = screen.getByRole("group", { name: "Arbetsgivarens representanter" });
    const add = within(people).getByRole("button", { name: "Lägg till person" });
    for (const name of ["Eva Berg", "Per Holm", "Li Ek"]) {
      await user.click(add);
      await user.keyboard(name);
    }
    const focusedValue = () => (document.activeElement as HTMLInputElement).value;
    // The middle one: Li Ek's row takes its place, and focus goes there.
    await user.click(
      within(people).getByRole("button", { name: "Ta bort rad 2 i Arbetsgivarens representanter" }),
    );
    expect(document.activeElement).toBe(within(people).getByLabelText("Namn, rad 2"));
    expect(focusedValue()).toBe("Li Ek");
    // The last one: the row above.
    await user.click(
      within(people).getByRole("button", { name: "Ta bort rad 2 i Arbetsgivarens representanter" }),
    );
    expect(document.activeElement).toBe(within(people).getByLabelText("Namn, rad 1"));
    expect(focusedValue()).toBe("Eva Berg");
    // The only one: the add button.
    await user.click(
      within(people).getByRole("button", { name: "Ta bort rad 1 i Arbetsgivarens representanter" }),
    );
    expect(document.activeElement).toBe(add);
  });

  it("moves focus into a row just added and back to the add button when the only row is removed", async () => {
    const { user } = await renderPane(fakeOps());
    const justerare = screen.getByRole("group", { name: "Justerare" });
    await user.click(within(justerare).getByRole("button", { name: "Lägg till justerare" }));
    await waitFor(() => expect(document.activeElement).toBe(within(justerare).getByLabelText("Part, rad 1")));
    await user.click(within(justerare).getByRole("button", { name: "Ta bort rad 1 i Justerare" }));
    expect(document.activeElement).toBe(
      within(justerare).getByRole("button", { name: "Lägg till justerare" }),
    );
  });
});

describe("Möte: the roster keeps the rows the user entered", () => {
  /** Each union row's organisation and name, top to bottom. */
  const unionRows = (unions: HTMLElement) =>
    [...unions.querySelectorAll(".row")].map((row) => [
      (row.querySelector("select") as HTMLSelectElement).value,
      (row.querySelector("input") as HTMLInputElement).value,
    ]);

  it("adds each row at the end with focus in it, and choosing an organisation moves no row", async () => {
    const ops = fakeOps();
    const { user } = await renderPane(ops);
    const unions = screen.getByRole("group", { name: "Fackliga representanter" });
    const add = within(unions).getByRole("button", { name: "Lägg till facklig representant" });
    const entered = [
      ["kommunal", "Karin Berg"],
      ["ssr", "Cecilia Cederström"],
      ["vision", "Per Holm"],
      ["kommunal", "Bo Lind"],
    ] as const;
    for (const [index, [org, name]] of entered.entries()) {
      await user.click(add);
      const select = within(unions).getByLabelText(`Organisation, rad ${index + 1}`);
      await waitFor(() => expect(document.activeElement).toBe(select));
      await user.selectOptions(select, org);
      await user.type(within(unions).getByLabelText(`Namn, rad ${index + 1}`), name);
    }
    expect(unionRows(unions)).toEqual([
      ["kommunal", "Karin Berg"],
      ["ssr", "Cecilia Cederström"],
      ["vision", "Per Holm"],
      ["kommunal", "Bo Lind"],
    ]);

    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    const saved = ops.saveMeeting.mock.calls[0]?.[0] as Meeting;
    expect(saved.roster.unions).toEqual([
      { org: "kommunal", people: [{ name: "Karin Berg" }, { name: "Bo Lind" }] },
      { org: "ssr", people: [{ name: "Cecilia Cederström" }] },
      { org: "vision", people: [{ name: "Per Holm" }] },
    ]);
  });

  it("changes only the row whose organisation is changed", async () => {
    saveLastMeeting({
      ...lastMeeting,
      roster: {
        ...lastMeeting.roster,
        unions: [
          { org: "kommunal", people: [{ name: "Bo Lind" }] },
          { org: "vision", people: [{ name: "Per Holm" }] },
          { org: "ssr", people: [{ name: "Ann Ek" }] },
        ],
      },
    });
    const { user } = await renderPane(fakeOps());
    await user.type(screen.getByLabelText("Förvaltning"), "FSG Socialförvaltningen");
    await user.click(screen.getByRole("button", { name: "Hämta från förra mötet" }));
    const unions = screen.getByRole("group", { name: "Fackliga representanter" });
    await user.selectOptions(within(unions).getByLabelText("Organisation, rad 3"), "kommunal");
    await user.type(within(unions).getByLabelText("Namn, rad 3"), "-Berg");
    expect(unionRows(unions)).toEqual([
      ["kommunal", "Bo Lind"],
      ["vision", "Per Holm"],
      ["kommunal", "Ann Ek-Berg"],
    ]);
  });
});

describe("Möte: every placeholder of the built-in templates has a field", () => {
  // How the secretary fills each placeholder, and what the minutes then say. A placeholder a built-in
  // template uses but this table lacks fails the first test: it would have no field to fill it.
  const fields: Record<string, { fill: [label: string, value: string][]; reads: string }> = {
    datum: { fill: [["Datum", "2024-02-13"]], reads: "13 februari 2024" },
    veckodag: { fill: [["Datum", "2024-02-13"]], reads: "tisdagen den 13 februari 2024" },
    år: { fill: [["Datum", "2024-02-13"]], reads: "2024" },
    tid: { fill: [["Tid", "13:00"]], reads: "13:00" },
    plats: { fill: [["Plats", "Mötesrum Paddan"]], reads: "Mötesrum Paddan" },
    nr: { fill: [["Protokollnummer", "4/2024"]], reads: "4/2024" },
    förvaltning: { fill: [["Förvaltning", "Socialförvaltningen"]], reads: "Socialförvaltningen" },
    nämnd: { fill: [["Nämnd", "Socialnämnden"]], reads: "Socialnämnden" },
    grupp: { fill: [["Gruppens namn", "FSG Socialförvaltningen"]], reads: "FSG Socialförvaltningen" },
    ordförande: { fill: [["Ordförande", "Lee Orberon"]], reads: "Lee Orberon" },
    sekreterare: { fill: [["Sekreterare", "Eva Berg"]], reads: "Eva Berg" },
    justeringsdag: { fill: [["Justeringsdag", "2024-02-16"]], reads: "fredagen den 16 februari" },
    synpunkter_senast: {
      fill: [
        ["Synpunkter senast", "2024-02-15"],
        ["Synpunkter senast, klockan", "13:00"],
      ],
      reads: "torsdagen den 15 februari kl. 13:00",
    },
    avslutad: { fill: [["Förhandlingen avslutad", "2024-02-13"]], reads: "13 februari 2024" },
    utfall: { fill: [["Resultat", "oenighet"]], reads: "oenighet" },
  };
  const used = new Set(builtinTemplates.flatMap((template) => [...placeholdersOf(template)]));

  it("knows how to fill each one", () => {
    expect([...used].filter((name) => !(name in fields))).toEqual([]);
  });

  it.each(builtinTemplates.map((template) => [template.name, template] as const))(
    "%s: asks for each placeholder it writes and for nothing it does not, and fills them when saved",
    async (_name, template) => {
      const ops = fakeOps();
      const { user } = await renderPane(ops);
      await user.selectOptions(screen.getByLabelText("Mötestyp"), template.meetingType);
      expect(screen.getByText(`Mallen ”${template.name}” används.`, { exact: false })).toBeTruthy();
      const writes = placeholdersOf(template);
      // Each field with the placeholders it fills (Datum fills three); the date is always asked.
      const labels = new Map<string, { names: string[]; value: string }>();
      for (const [name, { fill }] of Object.entries(fields)) {
        for (const [label, value] of fill) {
          labels.set(label, { names: [...(labels.get(label)?.names ?? []), name], value });
        }
      }
      for (const [label, { names, value }] of labels) {
        const asked = label === "Datum" || names.some((name) => writes.has(name));
        const field = screen.queryByLabelText(label);
        expect(field !== null, `${template.id}: ${label}`).toBe(asked);
        if (!field) continue;
        if (field instanceof HTMLSelectElement) await user.selectOptions(field, value);
        else {
          await user.clear(field);
          await user.type(field, value);
        }
      }
      await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
      const saved = ops.saveMeeting.mock.calls[0]?.[0] as Meeting;
      for (const name of writes) expect(fillPlaceholders(`{${name}}`, saved), name).toBe(fields[name]?.reads);
    },
  );
});

describe("Möte: when storage refuses the draft", () => {
  it("warns that the changes are not kept, so the user saves them to the document", async () => {
    const { user } = await renderPane(fakeOps());
    const setItem = vi.spyOn(localStorage, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    await user.type(screen.getByLabelText("Plats"), "A");
    await waitFor(() => expect(screen.getByText(/kunde inte sparas i Word-tillägget/)).toBeTruthy());
    expect(screen.getByLabelText("Plats")).toHaveProperty("value", "A");
    setItem.mockRestore();
  });
});

describe("Möte: Närvarande in minutes already created", () => {
  it("says, when saving, that the edited Närvarande was kept, and replaces it only when asked", async () => {
    const ops = fakeOps();
    ops.saveMeeting.mockResolvedValueOnce({ rosterKept: 1, rosterByHand: 0, justerareKept: 0 });
    const { user } = await renderPane(ops);
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectStatus(
      "Mötesuppgifterna är sparade, men Närvarande i dokumentet skrevs inte om: du har ändrat listan där. Ändra den i dokumentet, eller ersätt den med listan från Möte.",
    );
    expect(ops.saveMeeting).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Ersätt Närvarande i dokumentet" }));
    expect(ops.saveMeeting).toHaveBeenCalledTimes(2);
    expect(ops.saveMeeting.mock.calls[1]?.[1]).toEqual({ replaceRoster: true });
    await expectStatus(
      "Mötesuppgifterna är sparade och Närvarande i dokumentet är ersatt med listan från Möte.",
    );
    expect(screen.queryByRole("button", { name: "Ersätt Närvarande i dokumentet" })).toBeNull();
  });

  it("tells where to write when older minutes have text under Närvarande", async () => {
    const ops = fakeOps();
    ops.saveMeeting.mockResolvedValueOnce({ rosterKept: 0, rosterByHand: 1, justerareKept: 0 });
    const { user } = await renderPane(ops);
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectStatus(
      "Mötesuppgifterna är sparade, men Närvarande i dokumentet skrevs inte: det står redan text under rubriken. Skriv listan där, eller töm raderna under rubriken och spara igen.",
    );
    expect(screen.queryByRole("button", { name: "Ersätt Närvarande i dokumentet" })).toBeNull();
  });

  it("says that a list of justerare edited in the document was kept, beside an edited Närvarande", async () => {
    const ops = fakeOps();
    ops.saveMeeting.mockResolvedValueOnce({ rosterKept: 0, rosterByHand: 0, justerareKept: 1 });
    ops.saveMeeting.mockResolvedValueOnce({ rosterKept: 1, rosterByHand: 0, justerareKept: 1 });
    const { user } = await renderPane(ops);
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectStatus(
      "Mötesuppgifterna är sparade, men listan över justerare i dokumentet skrevs inte om: du har ändrat den där. Ändra den i dokumentet, eller töm listan och spara igen.",
    );
    expect(screen.queryByRole("button", { name: "Ersätt Närvarande i dokumentet" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Spara i dokumentet" }));
    await expectStatus(
      "Mötesuppgifterna är sparade, men Närvarande i dokumentet skrevs inte om: du har ändrat listan där. Ändra den i dokumentet, eller ersätt den med listan från Möte. Inte heller listan över justerare skrevs om: du har ändrat den i dokumentet.",
    );
  });
});
