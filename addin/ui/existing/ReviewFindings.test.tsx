import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import type { Meeting, Roster } from "../../../shared/model/meeting";
import { storeDraft } from "../testing/draft";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

// Invented minutes, one line per Word paragraph as Word's body text separates them (by "\r"). Two mistakes:
// the heading's date is not the meeting's, and Kommunal's marked oenighet is missing from the justering.
const oenighet = "Kommunal reserverar sig mot beslutet om neddragningar.";
const draft = [
  "Protokoll från samverkansgruppen den 5 mars 2024",
  "Tidpunkt: 6 mars 2024 kl. 13.00",
  "1. Mötets öppnande",
  "Anna Ek öppnade mötet.",
  "2. Budget 2025",
  oenighet,
  "Vision menar att förslaget saknar en riskbedömning.",
  "3. Lokaler",
  "",
  "4. Övriga frågor",
  "",
  "Justering",
  "Anna Ek för arbetsgivaren",
  "Per Lind för Kommunal",
  "Li Berg för Vision",
].join("\r");
const sections = [
  { id: "15", tag: "sp:punkt:oppnande", title: "1. Mötets öppnande" },
  { id: "17", tag: "sp:punkt:budget", title: "2. Budget 2025" },
  { id: "18", tag: "sp:punkt:lokaler", title: "3. Lokaler" },
  { id: "19", tag: "sp:punkt:ovrigt", title: "4. Övriga frågor" },
];
const marked = {
  id: "41",
  orgs: ["kommunal"],
  sectionId: "17",
  sectionTitle: "2. Budget 2025",
  text: oenighet,
};

const run = () => screen.getByRole("button", { name: "Granska protokollet" });
const toFix = () => screen.getByRole("region", { name: /^Att se över/ });
const suggestions = () => screen.getByRole("region", { name: /^Förslag från texten/ });
const items = (region: HTMLElement) =>
  within(region)
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("Granska protokollet", () => {
  it("points out a list of justerare in the minutes that differs from the meeting's", async () => {
    const ops = fakeOps();
    ops.readMeeting.mockResolvedValue({
      type: "forvaltningsgrupp",
      date: "2024-03-05",
      roster: { employer: [], unions: [], absent: [] },
      justerare: [
        { org: "arbetsgivaren", name: "Anna Ek" },
        { org: "vision", name: "Li Berg" },
      ],
    });
    ops.readDocumentText.mockResolvedValue(
      [
        "Protokoll från samverkansgruppen den 5 mars 2024",
        "Tidpunkt: 5 mars 2024 kl. 13.00",
        "Till justerare valdes:",
        "Anna Ek, arbetsgivaren",
      ].join("\r"),
    );
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 1 att se över.");
    expect(items(toFix())).toEqual([
      "Under ”Till justerare valdes:” står Anna Ek, arbetsgivaren, men under Möte är justerarna Anna Ek, arbetsgivaren; Li Berg, Vision.Spara mötet under Möte, så skrivs listan om. I ett protokoll från en äldre version av Word-tillägget, eller om du har skrivit i listan, rättar du den för hand.",
    ]);
  });

  it("reviews the marks, lists what to fix apart from the text's suggestions, and shows a finding in Word", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(draft);
    ops.index.sections = sections;
    ops.index.disagreements = [marked];
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    // One count from one source: the summary says what the two lists hold.
    await expectStatus("Granskningen är klar: 3 att se över, 1 förslag från texten.");
    expect(within(toFix()).getByRole("heading", { name: "Att se över: 3" })).toBeTruthy();
    expect(within(suggestions()).getByRole("heading", { name: "Förslag från texten: 1" })).toBeTruthy();
    expect(items(toFix())).toEqual([
      "Oenighet för Kommunal under ”2. Budget 2025” nämns inte i justeringen.Under ”2. Budget 2025”Lägg till ”(oenighet under 2. budget 2025)” efter justeraren för Kommunal.",
      "2 avsnitt är tomma: ”3. Lokaler”, ”4. Övriga frågor”Fyll i dem eller skriv ”–” där punkten inte togs upp. Slutgranskningen visar dem ett och ett.",
      "Mötesdatumet i rubriken (5 mars 2024) stämmer inte med uppgiften om tidpunkt (6 mars 2024).Kontrollera vilket datum mötet hölls och rätta det andra.",
    ]);
    // Kommunal's reservation is its statement too (only the oenighet is marked), and Vision's.
    expect(items(suggestions())).toEqual([
      "2 stycken ser ut som inspel men är inte markerade.Läs in befintligt protokoll (Mallar/Punkter) för att markera dem, eller kör slutgranskningen för att se dem.",
    ]);
    // The oenighet finding is at its mark: shown in Word by selecting it.
    await user.click(
      within(toFix()).getByRole("button", {
        name: "Visa i dokumentet: Oenighet för Kommunal under ”2. Budget 2025” nämns inte i justeringen.",
      }),
    );
    expect(ops.selectMark).toHaveBeenCalledWith("41");
  });

  it("lists each empty item and each unmarked statement in the final review, each at its item", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(draft);
    ops.index.sections = sections;
    ops.index.disagreements = [marked];
    const { user } = await renderPane(ops, "Justering");
    await user.click(screen.getByRole("checkbox", { name: /^Slutgranskning före justering/ }));
    await user.click(run());
    await expectStatus("Granskningen är klar: 4 att se över, 2 förslag från texten.");
    expect(
      within(toFix())
        .getAllByRole("button")
        .map((button) => button.getAttribute("aria-label")),
    ).toEqual([
      "Visa i dokumentet: Oenighet för Kommunal under ”2. Budget 2025” nämns inte i justeringen.",
      "Visa i dokumentet: Avsnittet ”3. Lokaler” är tomt.",
      "Visa i dokumentet: Avsnittet ”4. Övriga frågor” är tomt.",
    ]);
    expect(items(suggestions())).toEqual([
      "Möjligt inspel från Kommunal under ”2. Budget 2025”: ”Kommunal reserverar sig mot beslutet om neddragningar.”Under ”2. Budget 2025”Markera stycket som inspel om det stämmer.",
      "Möjligt inspel från Vision under ”2. Budget 2025”: ”Vision menar att förslaget saknar en riskbedömning.”Under ”2. Budget 2025”Markera stycket som inspel om det stämmer.",
    ]);
    await user.click(within(suggestions()).getAllByRole("button")[1]!);
    expect(ops.selectMark).toHaveBeenCalledWith("17");
  });

  it("takes a marked oenighet noted in the justering as settled, whatever its words", async () => {
    const ops = fakeOps();
    const words = "Kommunal delar inte riktigt synen på tidplanen.";
    ops.readDocumentText.mockResolvedValue(
      [
        "Protokoll från samverkansgruppen den 5 mars 2024",
        "1. Budget 2025",
        words,
        "Justering",
        "Per Lind för Kommunal (oenighet under budget 2025)",
      ].join("\r"),
    );
    ops.index.sections = [{ id: "17", tag: "sp:punkt:budget", title: "1. Budget 2025" }];
    ops.index.disagreements = [{ ...marked, sectionTitle: "1. Budget 2025", text: words }];
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 0 att se över, 1 förslag från texten.");
    expect(screen.queryByRole("region", { name: /^Att se över/ })).toBeNull();
    expect(items(suggestions())).toEqual([
      "1 stycke ser ut som ett inspel men är inte markerat.Läs in befintligt protokoll (Mallar/Punkter) för att markera dem, eller kör slutgranskningen för att se dem.",
    ]);
  });

  it("checks the justerare against the meeting's roster from the Möte tab", async () => {
    const roster: Roster = {
      employer: [{ name: "Anna Ek" }],
      unions: [{ org: "kommunal", people: [{ name: "Per Lind" }] }],
      absent: [{ org: "vision" }],
    };
    storeDraft({ type: "samverkansgrupp", date: "2024-03-05", roster, justerare: [] } as Meeting);
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(
      ["Protokoll från samverkansgruppen den 5 mars 2024", "Justering", "Li Berg för Vision"].join("\r"),
    );
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 2 att se över.");
    expect(items(toFix())).toEqual([
      "Kommunal deltar men har ingen justerare.Lägg till en justerare för Kommunal eller kontrollera närvarolistan.",
      "Li Berg justerar för Vision, som har anmält förhinder.Kontrollera närvarolistan eller välj en justerare för en organisation som var med.",
    ]);
  });

  it("says where a placeholder left in the minutes is filled in: under Möte, saved into the document", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(
      ["Protokoll från samverkansgruppen den 5 mars 2024", "Tidpunkt: 5 mars 2024 kl. {tid}"].join("\r"),
    );
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 1 att se över.");
    expect(items(toFix())).toEqual([
      "Platshållaren ”{tid}” står kvar i protokollets inledning.Fyll i uppgiften under fliken Möte och tryck på Spara i dokumentet, så skrivs den in. Står platshållaren i text du har skrivit själv, ersätter du den där.",
    ]);
  });

  it("says so when nothing is wrong", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(
      ["Protokoll från samverkansgruppen den 5 mars 2024", "Tidpunkt: 5 mars 2024 kl. 13.00"].join("\r"),
    );
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    expect(await screen.findByText("Inga problem hittades.")).toBeTruthy();
    await expectStatus("Granskningen är klar: inga problem hittades.");
  });

  it("says why in Swedish when Word cannot give the text, and keeps the last findings", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(draft);
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 2 att se över, 2 förslag från texten.");
    const before = items(toFix());
    ops.readDocumentText.mockRejectedValue(officeError("GeneralException"));
    await user.click(run());
    await expectAlert(
      "Word kunde inte slutföra åtgärden. Försök igen; om felet kvarstår, spara dokumentet och starta om Word.",
    );
    expect(items(toFix())).toEqual(before);
    expect(run().getAttribute("aria-disabled")).toBeNull();
  });
});
