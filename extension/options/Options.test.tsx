import { cleanup, render, screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLanguage } from "../../shared/i18n/i18n";
import { DEFAULT_SETTINGS, type ExtensionSettings } from "../settings/settings";
import type { OptionsDeps } from "./deps";
import { Options } from "./Options";

function setup(grant = true) {
  let settings: ExtensionSettings = { ...DEFAULT_SETTINGS };
  const granted = new Set<string>(["https://intranat.kommun.se/*"]);
  const deps: OptionsDeps = {
    readSettings: async () => settings,
    writeSettings: vi.fn(async (next: ExtensionSettings) => {
      settings = next;
    }),
    hasPermission: async (pattern) => granted.has(pattern),
    requestPermission: vi.fn(async (pattern: string) => {
      if (grant) granted.add(pattern);
      return grant;
    }),
    removePermission: vi.fn(async (pattern: string) => {
      granted.delete(pattern);
    }),
    grantedPatterns: async () => [...granted],
  };
  render(<Options deps={deps} browserLanguage="sv" />);
  return { deps, user: userEvent.setup(), settings: () => settings };
}

afterEach(() => {
  cleanup();
  setLanguage("sv");
});

describe("options page", () => {
  it("lists the dev origin without permission and offers to grant it", async () => {
    const { deps, user } = setup();
    const row = (await screen.findByText("https://localhost:3000")).closest("li")!;
    expect(row.textContent).toContain("saknar behörighet");
    await user.click(within(row).getByRole("button", { name: "Ge behörighet" }));
    expect(deps.requestPermission).toHaveBeenCalledWith("https://localhost/*");
    await within(row).findByText("behörighet given");
  });

  it("adds an add-in origin only after its permission is granted", async () => {
    const { deps, user, settings } = setup();
    await user.type(await screen.findByLabelText("Ny adress"), "https://tillagg.kommun.se/");
    await user.click(screen.getByRole("button", { name: "Lägg till" }));
    await screen.findByText("https://tillagg.kommun.se");
    expect(deps.requestPermission).toHaveBeenCalledWith("https://tillagg.kommun.se/*");
    expect(settings().bridgeOrigins).toEqual(["https://localhost:3000", "https://tillagg.kommun.se"]);
    await screen.findByText("Sparat.");
  });

  it("does not save an origin whose permission is denied", async () => {
    const { deps, user } = setup(false);
    await user.type(await screen.findByLabelText("Ny adress"), "https://tillagg.kommun.se");
    await user.click(screen.getByRole("button", { name: "Lägg till" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Behörighet för https://tillagg.kommun.se nekades. Adressen sparades inte.",
    );
    expect(deps.writeSettings).not.toHaveBeenCalled();
  });

  it("refuses an address with a path or plain http off localhost, without asking for permission", async () => {
    const { deps, user } = setup();
    for (const text of ["https://a.kommun.se/tillagg", "http://a.kommun.se"]) {
      const input = await screen.findByLabelText("Ny adress");
      await user.clear(input);
      await user.type(input, text);
      await user.click(screen.getByRole("button", { name: "Lägg till" }));
      expect((await screen.findByRole("alert")).textContent).toContain(
        "Ange en adress som börjar med https://",
      );
    }
    expect(deps.requestPermission).not.toHaveBeenCalled();
  });

  it("removes an add-in origin", async () => {
    const { user, settings } = setup();
    await user.click(await screen.findByRole("button", { name: "Ta bort https://localhost:3000" }));
    await screen.findByText("Sparat.");
    expect(settings().bridgeOrigins).toEqual([]);
  });

  it("lists, adds and removes intranet sites as host permissions (plain http allowed)", async () => {
    const { deps, user } = setup();
    await screen.findByText("https://intranat.kommun.se");
    await user.type(screen.getByLabelText("Webbplats"), "http://portal.kommun.se");
    await user.click(screen.getByRole("button", { name: "Tillåt" }));
    await screen.findByText("http://portal.kommun.se");
    expect(deps.requestPermission).toHaveBeenCalledWith("http://portal.kommun.se/*");
    await user.click(
      screen.getByRole("button", { name: "Ta bort behörighet för https://intranat.kommun.se" }),
    );
    expect(deps.removePermission).toHaveBeenCalledWith("https://intranat.kommun.se/*");
    await screen.findByText("http://portal.kommun.se");
    expect(screen.queryByText("https://intranat.kommun.se")).toBeNull();
  });

  it("switches the language and saves the choice", async () => {
    const { user, settings } = setup();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Språk" }), "en");
    await screen.findByRole("heading", { name: "Settings – Cooperation minutes" });
    expect(settings().language).toBe("en");
  });
});
