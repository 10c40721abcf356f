import { screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { fakeOps } from "../testing/fake-ops";
import { renderPane } from "../testing/render";

describe("Hjälp for the secretary", () => {
  it("says what each tab is for, how agenda items get in, where marks go and the keyboard shortcuts", async () => {
    const { user } = await renderPane(fakeOps(), "Hjälp");
    const help = await screen.findByRole("region", { name: "Så använder du Samverkansprotokoll" });
    const topics = [...help.querySelectorAll("summary")].map((summary) => summary.textContent);
    expect(topics).toEqual([
      "Vad flikarna är till för",
      "Få in nämndens punkter",
      "Inspel och oenighet",
      "Kortkommandon",
    ]);

    await user.click(within(help).getByText("Vad flikarna är till för"));
    const tabs = within(help).getByRole("list", { name: "Flikarna" });
    expect(
      within(tabs)
        .getAllByRole("listitem")
        .map((item) => item.querySelector("strong")?.textContent),
    ).toEqual(["Möte", "Mallar/Punkter", "Inspel", "Oenighet", "Föredragningslista", "Justering", "Hjälp"]);

    await user.click(within(help).getByText("Få in nämndens punkter"));
    expect(help.textContent).toContain(
      "Öppna nämndens föredragningslista i webbläsaren, klicka på Samverkansprotokoll bland webbläsartilläggen och välj Hämta punkter från sidan.",
    );
    await user.click(within(help).getByText("Kortkommandon"));
    expect(help.textContent).toContain("Alt+Shift+K klipper det som är markerat på sidan.");

    // The Självtest stays in the tab, for IT.
    expect(screen.getByRole("button", { name: "Kör självtest" })).toBeTruthy();
  });
});
