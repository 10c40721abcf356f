import { cleanup, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnvelopeJson } from "../../shared/clip/envelope";
import { setLanguage } from "../../shared/i18n/i18n";
import { userMessage } from "../../shared/i18n/message";
import { envelopeFromAgenda } from "../queue/build-envelope";
import { PROBLEM_KEY } from "../queue/problem-store";
import { quotaError } from "../testing/fakes";
import { extensionStorage, PAGE, pageAgenda, renderPopup } from "../testing/popup";

afterEach(() => {
  cleanup();
  setLanguage("sv");
});

const rescuedClip = () =>
  envelopeFromAgenda(pageAgenda, { url: PAGE, title: "Socialnämnden februari" }, new Date(0), "rescued-1");

/** Storage as the worker leaves it after a context-menu clip that storage.local refused. */
function storageWithRescued(area: "local" | "session" = "local") {
  const areas = extensionStorage();
  areas[area].data.set(PROBLEM_KEY, [
    { message: userMessage("ext.error.storageFull"), rescued: rescuedClip() },
  ]);
  return areas;
}

const rescuedCard = () => screen.findByRole("region", { name: "Klipp som inte kom in i kön (1)" });

describe("popup: problems of clips made without it", () => {
  it("shows a plain notice once, in the language chosen now, and then it is gone", async () => {
    setLanguage("en");
    const areas = extensionStorage();
    areas.local.data.set(PROBLEM_KEY, [{ message: userMessage("ext.clip.noSelection") }]);
    renderPopup({}, PAGE, areas);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "No text is selected on the page. Select the items first.",
    );
    await waitFor(() => expect(areas.local.data.has(PROBLEM_KEY)).toBe(false));
    cleanup();
    renderPopup({}, PAGE, areas);
    await screen.findByRole("heading", { name: "Queue for the minutes (0)" });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  // Issue 11 item 2, issue 10 "no lost work": before, the popup removed the clip from storage as it showed it.
  it("offers a rescued clip again after the popup was closed without acting on it", async () => {
    const areas = storageWithRescued();
    renderPopup({}, PAGE, areas);
    const card = await rescuedCard();
    expect([...card.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "Socialnämnden, sammanträde 2024-02-20",
      "3 punkter · Socialnämnden februari · klippt 1970-01-01",
      "Webbläsarens lagring för webbläsartillägget är full. Lämna över klippen i kön till Word, eller ta bort klipp ur kön, och försök sedan igen. Det du klippt finns kvar.",
    ]);
    cleanup();

    renderPopup({}, PAGE, areas);
    const again = await rescuedCard();
    expect(within(again).getByText("Socialnämnden, sammanträde 2024-02-20")).toBeTruthy();
    expect(areas.local.data.has(PROBLEM_KEY)).toBe(true);
  });

  it("queues the rescued clip on request, and only then lets it go", async () => {
    const areas = storageWithRescued("session");
    const { deps, user } = renderPopup({}, PAGE, areas);
    await user.click(within(await rescuedCard()).getByRole("button", { name: "Lägg i kön" }));
    await screen.findByText("3 punkter lades i kön.");
    expect((await deps.queue.pending()).map((clip) => clip.id)).toEqual(["rescued-1"]);
    await waitFor(() => expect(screen.queryByRole("region", { name: /Klipp som inte kom in/ })).toBeNull());
    expect(areas.session.data.has(PROBLEM_KEY)).toBe(false);
    await screen.findByRole("heading", { name: "Kö till protokollet (1)" });
  });

  it("keeps offering the rescued clip when queueing it fails again, with the reason in Swedish", async () => {
    const areas = storageWithRescued();
    const { user, storage } = renderPopup({}, PAGE, areas);
    const card = await rescuedCard();
    storage.refuse = (items) => ("queue" in items ? quotaError() : null);
    await user.click(within(card).getByRole("button", { name: "Lägg i kön" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Webbläsarens lagring för webbläsartillägget är full. Lämna över klippen i kön till Word, eller ta bort klipp ur kön, och försök sedan igen. Det du klippt finns kvar.",
    );
    expect(screen.getByRole("region", { name: "Klipp som inte kom in i kön (1)" })).toBeTruthy();
    expect(areas.local.data.has(PROBLEM_KEY)).toBe(true);
  });

  it("saves the rescued clip as a file without the extension's storage, and then lets it go", async () => {
    const areas = storageWithRescued();
    const { deps, user } = renderPopup({}, PAGE, areas);
    await user.click(within(await rescuedCard()).getByRole("button", { name: "Spara som fil" }));
    const [name, json] = vi.mocked(deps.saveFile).mock.calls[0]!;
    expect(name).toBe("socialnamnden-2024-02-20-rescued-.json");
    expect(parseEnvelopeJson(json)).toEqual({ ok: true, envelope: rescuedClip(), notices: [] });
    expect(screen.getByRole("status").textContent).toBe(
      `Klippet sparades som ”${name}” bland webbläsarens hämtade filer. Öppna filen i Word-tillägget under fliken Föredragningslista.`,
    );
    await waitFor(() => expect(areas.local.data.has(PROBLEM_KEY)).toBe(false));
    expect(await deps.queue.count()).toBe(0);
  });

  it("throws the rescued clip away only on an explicit Kasta", async () => {
    const areas = storageWithRescued();
    const { deps, user } = renderPopup({}, PAGE, areas);
    const card = await rescuedCard();
    await user.click(
      within(card).getByRole("button", { name: "Kasta klippet Socialnämnden, sammanträde 2024-02-20" }),
    );
    await screen.findByText("Klippet kastades.");
    expect(screen.queryByRole("region", { name: /Klipp som inte kom in/ })).toBeNull();
    expect(areas.local.data.has(PROBLEM_KEY)).toBe(false);
    expect(await deps.queue.count()).toBe(0);
  });
});
