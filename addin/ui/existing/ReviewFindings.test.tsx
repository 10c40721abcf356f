import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { analyseMinutes } from "../../../shared/analysis/index";
import type { Meeting, Roster } from "../../../shared/model/meeting";
import { reviewMinutes } from "../../../shared/review/review";
import { userMessageFor } from "../../word/errors";
import { storeDraft } from "../testing/draft";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

// Invented minutes with two mistakes: the heading's date is not the meeting's, and Kommunal's oenighet is
// missing from the justering.
const draft = [
  "Protokoll från samverkansgruppen den 5 mars 2024",
  "Tidpunkt: 6 mars 2024 kl. 13.00",
  "1. Mötets öppnande",
  "Anna Ek öppnade mötet.",
  "2. Budget 2025",
  "Kommunal reserverar sig mot beslutet om neddragningar.",
  "Justering",
  "Anna Ek för arbetsgivaren",
  "Per Lind för Kommunal",
].join("\r");

const clean = [
  "Protokoll från samverkansgruppen den 5 mars 2024",
  "Tidpunkt: 5 mars 2024 kl. 13.00",
  "1. Övriga frågor",
  "Vision tog upp parkeringen vid stadshuset.",
  "Justering",
  "Anna Ek för arbetsgivaren",
  "Li Berg för Vision",
].join("\r");

const run = () => screen.getByRole("button", { name: "Granska protokollet" });
const findings = () => screen.getByRole("region", { name: /Att se över/ });

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
        ...clean.split("\r").slice(0, 2),
        "Till justerare valdes:",
        "Anna Ek, arbetsgivaren",
        ...clean.split("\r").slice(2),
      ].join("\r"),
    );
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 1 att se över.");
    expect(
      within(findings())
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Under ”Till justerare valdes:” står Anna Ek, arbetsgivaren, men under Möte är justerarna Anna Ek, arbetsgivaren; Li Berg, Vision.Spara mötet under Möte, så skrivs listan om. I ett protokoll från en äldre version av tillägget, eller om du har skrivit i listan, rättar du den för hand.",
    ]);
  });

  it("lists every finding with its section and hint; a marked section can be shown in Word", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(draft);
    ops.index.sections = [{ id: "17", tag: "sp:punkt:budget", title: "2. Budget 2025" }];
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());

    const expected = reviewMinutes(analyseMinutes(draft));
    expect(expected.map((finding) => finding.kind)).toEqual([
      "disagreement-not-in-justering",
      "date-mismatch",
    ]);
    await expectStatus("Granskningen är klar: 2 att se över.");
    const list = findings();
    expect(within(list).getByRole("heading", { name: "Att se över: 2" })).toBeTruthy();
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(
      expected.map(
        (finding) =>
          `${finding.message}${finding.section ? `Under ”${finding.section}”` : ""}${finding.hint}`,
      ),
    );

    // The oenighet lies in a marked section: its finding is a button; the date finding has no place to go.
    const [oenighet, date] = items;
    await user.click(
      within(oenighet!).getByRole("button", { name: `Visa i dokumentet: ${expected[0]!.message}` }),
    );
    expect(ops.selectMark).toHaveBeenCalledWith("17");
    expect(within(date!).queryByRole("button")).toBeNull();
  });

  it("shows a finding without a button when its section is not marked in the document", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(draft);
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 2 att se över.");
    expect(within(findings()).queryAllByRole("button")).toEqual([]);
  });

  it("says so when nothing is wrong", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(clean);
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    expect(await screen.findByText("Inga problem hittades.")).toBeTruthy();
  });

  it("checks against the meeting's roster when the Möte tab has unions", async () => {
    const roster: Roster = {
      employer: [{ name: "Anna Ek" }],
      unions: [
        { org: "vision", people: [{ name: "Li Berg" }] },
        { org: "kommunal", people: [{ name: "Per Lind" }] },
      ],
      absent: [],
    };
    storeDraft({ type: "samverkansgrupp", date: "2024-03-05", roster, justerare: [] } as Meeting);
    const expected = reviewMinutes(analyseMinutes(clean), { roster });
    // Without the roster the text names no attendance, so this finding exists only through the meeting data.
    expect(reviewMinutes(analyseMinutes(clean))).toEqual([]);
    expect(expected.map((finding) => finding.kind)).toContain("union-without-justerare");

    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(clean);
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus(`Granskningen är klar: ${expected.length} att se över.`);
    for (const finding of expected) expect(within(findings()).getByText(finding.message)).toBeTruthy();
  });

  it("says why in Swedish when Word cannot give the text, and keeps the last findings", async () => {
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(draft);
    const { user } = await renderPane(ops, "Justering");
    await user.click(run());
    await expectStatus("Granskningen är klar: 2 att se över.");
    const error = officeError("GeneralException");
    ops.readDocumentText.mockRejectedValue(error);
    await user.click(run());
    await expectAlert(userMessageFor(error));
    expect(within(findings()).getAllByRole("listitem")).toHaveLength(2);
    expect(run()).toHaveProperty("disabled", false);
  });
});
