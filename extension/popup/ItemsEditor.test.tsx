import { cleanup, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Agenda } from "../../shared/model/meeting";
import { retype } from "../../shared/ui/testing";
import { longAgenda, PAGE, renderPopup as setup } from "../testing/popup";

afterEach(cleanup);

const rows = () => screen.getAllByRole("checkbox", { name: /^Ta med punkt/ });

async function findOnPage(agenda: Agenda, count: number) {
  const session = setup({
    clipTab: vi.fn(async () => ({ ok: true as const, agenda, source: { url: PAGE, title: "SN" } })),
  });
  await session.user.click(await screen.findByRole("button", { name: "Hämta punkter från sidan" }));
  await screen.findByRole("heading", { name: `Hittade punkter (${count})` });
  return session;
}

// Issue 10 item 12: four stacked fields per item before; now a compact row that opens for editing.
describe("found items as compact rows", () => {
  it("shows number, title, dnr, kind and the underlag as links, with the editing fields closed", async () => {
    await findOnPage(
      {
        committee: "Socialnämnden",
        meetingDate: "2024-02-20",
        items: [
          {
            number: "§ 12",
            title: "Budget 2025",
            dnr: ["SN 2024/101", "SN 2024/102"],
            mbl: "mbl11",
            procedural: false,
            links: [
              { text: "Tjänsteutlåtande", href: `${PAGE}/budget.pdf` },
              { text: "Bilaga", href: `${PAGE}/bilaga 1.pdf` },
            ],
          },
        ],
      },
      1,
    );
    const row = screen.getByRole("checkbox", { name: "Ta med punkt 1" }).closest("li")!;
    expect(row.querySelector(".item-head")?.textContent).toBe("§ 12Budget 2025");
    expect(row.querySelector(".item-meta span")?.textContent).toBe("Dnr SN 2024/101, SN 2024/102");
    expect(
      within(row)
        .getAllByRole("link")
        .map((a) => [a.textContent, a.getAttribute("href")]),
    ).toEqual([
      ["Tjänsteutlåtande", `${PAGE}/budget.pdf`],
      ["Bilaga", `${PAGE}/bilaga%201.pdf`],
    ]);
    expect((within(row).getByLabelText("MBL-klass för punkt 1") as HTMLSelectElement).value).toBe("mbl11");
    expect(within(row).queryByLabelText("Rubrik")).toBeNull();
    const edit = within(row).getByRole("button", { name: "Ändra punkt 1" });
    expect(edit.getAttribute("aria-expanded")).toBe("false");
  });

  it("shows and takes the meeting date as ÅÅÅÅ-MM-DD whatever the browser's language, with a Swedish message on a bad one", async () => {
    const { user } = await findOnPage(longAgenda(1), 1);
    const date = screen.getByLabelText("Sammanträdesdatum") as HTMLInputElement;
    expect([date.type, date.value]).toEqual(["text", "2024-02-20"]);
    await retype(user, date, "2024-02-30");
    expect(date.getAttribute("aria-invalid")).toBe("true");
    const message = "Datumet kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-03-05.";
    expect(screen.getByText(message)).toBeTruthy();
    await retype(user, date, "20240221");
    expect([date.value, date.getAttribute("aria-invalid")]).toEqual(["2024-02-21", null]);
  });

  it("does not queue the clip while its meeting date cannot be read: it says so at the field", async () => {
    const { user, deps } = await findOnPage(longAgenda(1), 1);
    const date = screen.getByLabelText("Sammanträdesdatum") as HTMLInputElement;
    await user.clear(date);
    await user.type(date, "02/21/2024");
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    expect(await deps.queue.pending()).toEqual([]);
    expect(document.activeElement).toBe(date);
    expect(date.getAttribute("aria-invalid")).toBe("true");
    await retype(user, date, "2024-02-21");
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    await screen.findByRole("heading", { name: "Kö till protokollet (1)" });
    const [clip] = await deps.queue.pending();
    expect(clip?.agenda.meetingDate).toBe("2024-02-21");
  });

  it("opens one row for editing and closes it again", async () => {
    const { user } = await findOnPage(longAgenda(3), 3);
    const edit = screen.getByRole("button", { name: "Ändra punkt 2" });
    await user.click(edit);
    expect(edit.getAttribute("aria-expanded")).toBe("true");
    const fields = document.getElementById(edit.getAttribute("aria-controls")!)!;
    expect(
      within(fields)
        .getAllByRole("textbox")
        .map((input) => (input as HTMLInputElement).value),
    ).toEqual(["2", "Ärende 2", ""]);
    await user.type(within(fields).getByLabelText("Rubrik"), " (reviderad)");
    expect(screen.getByRole("checkbox", { name: "Ta med punkt 2" }).closest("li")!.textContent).toContain(
      "Ärende 2 (reviderad)",
    );
    await user.click(edit);
    expect(screen.queryByLabelText("Rubrik")).toBeNull();
  });

  it("does not show a link the clip would drop", async () => {
    const agenda = longAgenda(1);
    agenda.items[0]!.links = [
      { text: "Skript", href: "javascript:alert(1)" },
      { text: "Underlag", href: `${PAGE}/u.pdf` },
    ];
    await findOnPage(agenda, 1);
    expect(screen.getAllByRole("link").map((a) => a.textContent)).toEqual(["Underlag"]);
  });
});

describe("choosing and classifying many at once", () => {
  it("selects all or none, and sets the kind of the selected items only", async () => {
    const { user, deps } = await findOnPage(longAgenda(4), 4);
    await user.click(screen.getByRole("button", { name: "Markera inga" }));
    expect(rows().map((box) => (box as HTMLInputElement).checked)).toEqual([false, false, false, false]);
    expect(screen.getByText("0 av 4 markerade")).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "Ta med punkt 2" }));
    await user.click(screen.getByRole("checkbox", { name: "Ta med punkt 4" }));
    await user.selectOptions(screen.getByLabelText("MBL-klass för markerade"), "mbl19");
    await user.click(screen.getByRole("button", { name: "Sätt MBL-klass för markerade" }));
    expect(
      [1, 2, 3, 4].map((n) => (screen.getByLabelText(`MBL-klass för punkt ${n}`) as HTMLSelectElement).value),
    ).toEqual(["", "mbl19", "", "mbl19"]);
    await user.click(screen.getByRole("button", { name: "Markera alla" }));
    expect(screen.getByText("4 av 4 markerade")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    await screen.findByText("4 punkter lades i kön.");
    expect((await deps.queue.pending())[0]!.agenda.items.map((item) => item.mbl)).toEqual([
      null,
      "mbl19",
      null,
      "mbl19",
    ]);
  });
});

// Issue 10 item 13: 24,000 editable rows after 14 s before; now a page of 50 at a time with a notice.
describe("a long list", () => {
  it("renders one page of 50 rows, says so, and pages through the rest", async () => {
    const { user } = await findOnPage(longAgenda(1200), 1200);
    expect(rows()).toHaveLength(50);
    expect(screen.getByText(/Listan är lång och visas 50 punkter åt gången/)).toBeTruthy();
    const pager = screen.getByRole("navigation", { name: "Sidor i listan" });
    expect(within(pager).getByText("Punkt 1–50 av 1200")).toBeTruthy();
    expect((within(pager).getByRole("button", { name: "Föregående" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await user.click(within(pager).getByRole("button", { name: "Nästa" }));
    expect(within(pager).getByText("Punkt 51–100 av 1200")).toBeTruthy();
    expect(rows()[0]!.getAttribute("aria-label")).toBe("Ta med punkt 51");
    expect(rows()).toHaveLength(50);
  });

  it("applies Markera inga to every page, and refuses more than a clip holds with the count", async () => {
    const { user, deps } = await findOnPage(longAgenda(1200), 1200);
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Ett klipp rymmer högst 500 punkter och 1200 är markerade. Markera färre och lägg resten i ett klipp till.",
    );
    await user.click(screen.getByRole("button", { name: "Markera inga" }));
    expect(screen.getByText("0 av 1200 markerade")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Nästa" }));
    await user.click(screen.getByRole("checkbox", { name: "Ta med punkt 60" }));
    await user.click(screen.getByRole("button", { name: "Lägg i kön" }));
    await screen.findByText("1 punkt lades i kön.");
    expect((await deps.queue.pending())[0]!.agenda.items.map((item) => item.title)).toEqual(["Ärende 60"]);
  });
});

describe("reading with progress and Avbryt", () => {
  it("shows progress while a document is read, and Avbryt stops it without showing a late result", async () => {
    let finish: (agenda: Agenda) => void = () => undefined;
    let signal: AbortSignal | null = null;
    const readFile = vi.fn(
      (_file: File, given: AbortSignal) =>
        new Promise<Agenda>((resolve) => {
          signal = given;
          finish = resolve;
        }),
    );
    const { user } = setup({ readFile });
    await user.upload(await screen.findByLabelText("Öppna PDF eller Word-fil…"), new File(["x"], "stor.pdf"));
    expect(screen.getByRole("progressbar", { name: "Läser …" })).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Hämta punkter från sidan" }).getAttribute("aria-disabled"),
    ).toBe("true");
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(signal!.aborted).toBe(true);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Avbrutet. Inget lästes in.");
    finish(longAgenda(3));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole("heading", { name: /Hittade punkter/ })).toBeNull();
    expect(
      screen.getByRole("button", { name: "Hämta punkter från sidan" }).getAttribute("aria-disabled"),
    ).toBeNull();
  });
});
