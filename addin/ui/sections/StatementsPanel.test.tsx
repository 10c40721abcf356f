import { screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { lastStatementOrg } from "../../commands/last-choice";
import { storeDraft } from "../testing/draft";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

const statement = (id: string, org: string, sectionTitle: string, text: string) => ({
  id,
  org,
  sectionTitle,
  sectionId: sectionTitle,
  text,
});

/** The Inspel tab over three statements under two items; the second is `second`'s. */
async function threeStatements(ops: ReturnType<typeof fakeOps>, second: string) {
  ops.index.statements = [
    statement("a", "kommunal", "2. Arbetsmiljö", "Kommunal vill ha en uppföljning."),
    statement("b", second, "2. Arbetsmiljö", "Arbetsgivaren svarar att den kommer i maj."),
    statement("c", "ssr", "5. Övrigt", "SSR tar upp rekryteringen."),
  ];
  const { user } = await renderPane(ops, "Inspel");
  const list = await screen.findByRole("region", { name: "Inspel i dokumentet" });
  return { user, list };
}

describe("Inspel", () => {
  it("marks the selection as a statement of the chosen organisation and lists it under its item", async () => {
    const ops = fakeOps();
    ops.index.sections = [{ id: "30", tag: "sp:punkt:budget", title: "3. Budget 2025" }];
    ops.markStatement.mockImplementation(async (org) => {
      ops.index.statements.push(statement("s9", org, "3. Budget 2025", "Vision ser positivt på förslaget."));
      // Under a heading control Word gives only the section's id; the pane names it from the index.
      return { id: "s9", sectionId: "30" };
    });
    const { user } = await renderPane(ops, "Inspel");
    await user.click(screen.getByRole("checkbox", { name: "Vision" }));
    await user.click(screen.getByRole("button", { name: "Markera som inspel" }));

    expect(ops.markStatement).toHaveBeenCalledWith("vision");
    // The ribbon command marks for the organisation last chosen here.
    await waitFor(() => expect(lastStatementOrg()).toBe("vision"));
    await expectStatus("Markerat som inspel från Vision under ”3. Budget 2025”.");
    const list = screen.getByRole("region", { name: "Inspel i dokumentet" });
    expect(within(list).getByRole("heading", { name: "3. Budget 2025" })).toBeTruthy();
    expect(within(list).getByText("Vision ser positivt på förslaget.", { exact: false })).toBeTruthy();
  });

  it("groups the document's statements by item in document order, shows one in Word and removes a mark", async () => {
    const ops = fakeOps();
    const { user, list } = await threeStatements(ops, "arbetsgivaren");
    expect(
      within(list)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(["2. Arbetsmiljö", "5. Övrigt"]);
    // The organisation begins its entry: the employer, written in lower case for running text, in capitals.
    expect([...list.querySelectorAll(".mark strong")].map((name) => name.textContent)).toEqual([
      "Kommunal",
      "Arbetsgivaren",
      "Akademikerförbundet SSR",
    ]);
    await user.click(
      within(list).getByRole("button", { name: /Visa i dokumentet: Akademikerförbundet SSR/ }),
    );
    expect(ops.selectMark).toHaveBeenCalledWith("c");

    ops.index.statements = ops.index.statements.filter((s) => s.id !== "a");
    await user.click(within(list).getByRole("button", { name: /Ta bort markeringen: Kommunal/ }));
    expect(ops.removeMark).toHaveBeenCalledWith("a");
    await expectStatus("Markeringen är borttagen; texten finns kvar.");
    expect(within(list).queryByText("Kommunal vill ha en uppföljning.", { exact: false })).toBeNull();
  });

  it("after a mark is removed, focus goes to the next mark, else the previous one, else the list's heading", async () => {
    const ops = fakeOps();
    const { user, list } = await threeStatements(ops, "vision");
    const remove = async (id: string, name: RegExp) => {
      ops.index.statements = ops.index.statements.filter((s) => s.id !== id);
      await user.click(within(list).getByRole("button", { name }));
      await expectStatus("Markeringen är borttagen; texten finns kvar.");
    };
    const focused = () =>
      document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent;

    // The next one, in another item's group.
    await remove("b", /Ta bort markeringen: Vision/);
    await waitFor(() =>
      expect(focused()).toBe("Visa i dokumentet: Akademikerförbundet SSR – SSR tar upp rekryteringen."),
    );
    // The last one: the previous.
    await remove("c", /Ta bort markeringen: Akademikerförbundet SSR/);
    await waitFor(() =>
      expect(focused()).toBe("Visa i dokumentet: Kommunal – Kommunal vill ha en uppföljning."),
    );
    // The only one: the list's heading.
    await remove("a", /Ta bort markeringen: Kommunal/);
    await waitFor(() => expect(focused()).toBe("Inspel i dokumentet"));
    expect(document.activeElement?.tagName).toBe("H3");
  });

  it("shows the Swedish reason when nothing is selected in Word, and marks nothing in the list", async () => {
    const ops = fakeOps();
    const error = officeError("InvalidSelection");
    ops.markStatement.mockRejectedValue(error);
    const { user } = await renderPane(ops, "Inspel");
    await user.click(screen.getByRole("checkbox", { name: "Arbetsgivaren" }));
    await user.click(screen.getByRole("button", { name: "Markera som inspel" }));
    await expectAlert("Placera markören i det stycke som ska markeras och försök igen.");
    expect(screen.getByText("Inga inspel är markerade än.")).toBeTruthy();
    expect(lastStatementOrg()).toBeNull();
  });

  it("offers the meeting's parties first, chooses none by itself, and marks a joint statement once per organisation", async () => {
    storeDraft({
      type: "fsg-vsg",
      date: "2024-03-01",
      roster: {
        employer: [{ name: "Eva Berg" }],
        unions: [
          { org: "ssr", people: [{ name: "Ann Ek" }] },
          { org: "kommunal", people: [{ name: "Bo Lind" }] },
        ],
        absent: [],
      },
      justerare: [],
    });
    const ops = fakeOps();
    ops.markStatement.mockImplementation(async (org) => ({ id: `s-${org}`, sectionTitle: "Budget 2025" }));
    const { user } = await renderPane(ops, "Inspel");
    const group = screen.getByRole("group", { name: "Vems inspel" });
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes.slice(0, 3).map((box) => box.closest("label")?.textContent)).toEqual([
      "Arbetsgivaren",
      "Akademikerförbundet SSR",
      "Kommunal",
    ]);
    // Every other organisation of the catalogue (the employer and 28 unions and federations, PTK the latest)
    // stays reachable, behind "Fler organisationer".
    expect(boxes).toHaveLength(29);
    expect(boxes.filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
    const mark = screen.getByRole("button", { name: "Markera som inspel" });
    expect(mark.getAttribute("aria-disabled")).toBe("true");

    await user.click(within(group).getByRole("checkbox", { name: "Akademikerförbundet SSR" }));
    await user.click(within(group).getByRole("checkbox", { name: "Kommunal" }));
    await user.click(mark);
    expect(ops.markStatement.mock.calls).toEqual([["ssr"], ["kommunal"]]);
    await expectStatus("Markerat som inspel från Akademikerförbundet SSR och Kommunal under ”Budget 2025”.");
    // The ribbon marks for one organisation: a joint choice is not what it should repeat.
    expect(lastStatementOrg()).toBeNull();
  });

  it("says which organisations were marked when Word refuses one of a joint statement", async () => {
    const ops = fakeOps();
    ops.markStatement.mockImplementation(async (org) => {
      if (org === "vision") throw officeError("InvalidSelection");
      return { id: `s-${org}`, sectionTitle: "Budget 2025" };
    });
    const { user } = await renderPane(ops, "Inspel");
    await user.click(screen.getByRole("checkbox", { name: "Kommunal" }));
    await user.click(screen.getByRole("checkbox", { name: "Vision" }));
    await user.click(screen.getByRole("button", { name: "Markera som inspel" }));
    await expectAlert(
      "Inspelet markerades för Kommunal men inte för Vision: Placera markören i det stycke som ska markeras och försök igen.",
    );
    expect(ops.readIndex.mock.calls.length).toBeGreaterThan(1);
  });

  it("inserts the template's statements heading at the cursor when the user asks for it", async () => {
    localStorage.setItem("sp.pane.template", JSON.stringify("forvaltningsgrupp"));
    const ops = fakeOps();
    const { user } = await renderPane(ops, "Inspel");
    await user.click(screen.getByRole("button", { name: "Infoga rubriken ”Fackliga inspel” vid markören" }));
    expect(ops.insertStatementsHeading).toHaveBeenCalledWith("Fackliga inspel");
    await expectStatus(
      "Rubriken ”Fackliga inspel” är infogad under markörens stycke. Skriv inspelen under den.",
    );
  });
});
