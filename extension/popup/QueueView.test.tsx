import { cleanup, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnvelopeJson } from "../../shared/clip/envelope";
import { setLanguage } from "../../shared/i18n/i18n";
import { pageAgenda, queued, renderPopup as setup } from "../testing/popup";

afterEach(() => {
  cleanup();
  setLanguage("sv");
});

describe("popup queue", () => {
  // Issue 10 item 12: the secretary knows a clip by its committee and meeting, not the page title.
  it("names each clip by committee and meeting date, with its items, source and clip date below", async () => {
    const { deps, notifyQueueChanged } = setup();
    await queued(deps);
    await queued(deps, { ...pageAgenda, committee: null, meetingDate: null, items: [pageAgenda.items[1]!] });
    notifyQueueChanged();
    const entries = await screen.findAllByRole("listitem");
    const today = new Date().toISOString().slice(0, 10);
    expect(entries.map((li) => [...li.querySelectorAll("p")].map((p) => p.textContent))).toEqual([
      ["Socialnämnden, sammanträde 2024-02-20", `3 punkter · Februari · klippt ${today}`],
      ["Februari", `1 punkt · Februari · klippt ${today}`],
    ]);
  });

  // A queued clip is not in Word yet: the popup says, beside the queue, where it goes next.
  it("says where the queued clips go next, beside the queue", async () => {
    const { deps, notifyQueueChanged } = setup();
    await queued(deps);
    notifyQueueChanged();
    const queue = await screen.findByRole("region", { name: "Kö till protokollet (1)" });
    await within(queue).findByRole("listitem");
    expect(within(queue).getByText(/^Öppna protokollet/).textContent).toBe(
      "Öppna protokollet i Word och fliken Föredragningslista i Word-tillägget, så hämtas klippen. I Word för skrivbordet: välj Kopiera till Word och klistra in i fliken.",
    );
  });

  it("after a clip is removed, focus goes to the next clip, else the previous one, else the queue's heading", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    for (const committee of ["Socialnämnden", "Kulturnämnden", "Byggnadsnämnden"]) {
      await queued(deps, { ...pageAgenda, committee });
    }
    notifyQueueChanged();
    const remove = async (committee: string, left: number) => {
      await user.click(
        await screen.findByRole("button", { name: `Ta bort klippet ${committee}, sammanträde 2024-02-20` }),
      );
      await screen.findByRole("heading", { name: `Kö till protokollet (${left})` });
    };
    const focusedClip = () => document.activeElement?.closest("li")?.querySelector("p")?.textContent;
    await remove("Kulturnämnden", 2);
    await waitFor(() => expect(focusedClip()).toBe("Byggnadsnämnden, sammanträde 2024-02-20"));
    expect(document.activeElement?.textContent).toBe("Kopiera till Word");
    await remove("Byggnadsnämnden", 1);
    await waitFor(() => expect(focusedClip()).toBe("Socialnämnden, sammanträde 2024-02-20"));
    await remove("Socialnämnden", 0);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Kö till protokollet (0)"));
  });

  // Issue 10 item 5: before, nothing was said and the clip stayed queued for the bridge to deliver again.
  it("confirms a saved file and lets the user take the clip out of the queue", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    const clip = await queued(deps);
    notifyQueueChanged();
    await user.click(await screen.findByRole("button", { name: "Spara som fil" }));
    const [name, json] = vi.mocked(deps.saveFile).mock.calls[0]!;
    expect(name).toMatch(/^socialnamnden-2024-02-20-[0-9a-f]{8}\.json$/);
    expect(parseEnvelopeJson(json)).toEqual({ ok: true, envelope: clip, notices: [] });
    expect(screen.getByRole("status").textContent).toBe(
      `Klippet sparades som ”${name}” bland webbläsarens hämtade filer. Öppna filen i Word-tillägget under fliken Föredragningslista.`,
    );
    const question = screen.getByRole("group", {
      name: "Ta bort klippet ur kön nu? Annars kan det lämnas över till Word en gång till.",
    });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Ta bort ur kön"));
    await user.click(within(question).getByRole("button", { name: "Ta bort ur kön" }));
    await screen.findByRole("heading", { name: "Kö till protokollet (0)" });
    expect(screen.getByRole("status").textContent).toBe(
      "Klippet togs bort ur kön. Under ”Nyligen lämnade kön” kan det läggas tillbaka.",
    );
    expect((await deps.queue.recent()).map((entry) => [entry.clip.id, entry.reason])).toEqual([
      [clip.id, "saved"],
    ]);
  });

  it("keeps the saved clip queued when the user says so", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    await queued(deps);
    notifyQueueChanged();
    await user.click(await screen.findByRole("button", { name: "Spara som fil" }));
    await user.click(screen.getByRole("button", { name: "Behåll i kön" }));
    expect(screen.getByRole("status").textContent).toBe("Klippet ligger kvar i kön.");
    expect(screen.queryByRole("group")).toBeNull();
    expect(await deps.queue.count()).toBe(1);
  });

  it("removes a clip on request and follows queue changes made elsewhere (the bridge)", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    const first = await queued(deps);
    await queued(deps, { ...pageAgenda, committee: "Kommunstyrelsen" });
    notifyQueueChanged();
    await screen.findByRole("heading", { name: "Kö till protokollet (2)" });
    await user.click(
      screen.getByRole("button", { name: "Ta bort klippet Kommunstyrelsen, sammanträde 2024-02-20" }),
    );
    await screen.findByRole("heading", { name: "Kö till protokollet (1)" });
    await deps.queue.acknowledge([first.id]);
    notifyQueueChanged();
    await screen.findByRole("heading", { name: "Kö till protokollet (0)" });
    expect(screen.getByText(/Kön är tom/)).toBeTruthy();
  });

  // Issue 11 item 1: a clip taken by the wrong page comes back with one click.
  it("lists the clips that left the queue and puts one back", async () => {
    const { deps, user, notifyQueueChanged } = setup();
    const clip = await queued(deps);
    await deps.queue.acknowledge([clip.id], "delivered");
    notifyQueueChanged();
    await user.click(await screen.findByText("Nyligen lämnade kön (1)"));
    const today = new Date().toISOString().slice(0, 10);
    expect(screen.getByText(`Lämnat till Word ${today}`)).toBeTruthy();
    await user.click(
      screen.getByRole("button", { name: "Lägg tillbaka Socialnämnden, sammanträde 2024-02-20 i kön" }),
    );
    await screen.findByRole("heading", { name: "Kö till protokollet (1)" });
    expect(screen.getByRole("status").textContent).toBe("Klippet ligger i kön igen.");
    expect(screen.queryByText(/Nyligen lämnade kön/)).toBeNull();
  });
});
