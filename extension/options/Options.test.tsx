import { cleanup, render, screen, within } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLanguage } from "../../shared/i18n/i18n";
import { DEFAULT_SETTINGS, type ExtensionSettings } from "../settings/settings";
import { quotaError } from "../testing/fakes";
import type { OptionsDeps } from "./deps";
import { Options } from "./Options";

function setup(grant = true, overrides: Partial<OptionsDeps> = {}) {
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
    readManagedAddinUrls: async () => [],
    refreshManagedAddinUrls: async () => undefined,
    ...overrides,
  };
  render(<Options deps={deps} browserLanguage="sv" />);
  return { deps, user: userEvent.setup(), settings: () => settings };
}

async function addAddress(user: ReturnType<typeof userEvent.setup>, text: string) {
  const input = await screen.findByLabelText("Ny adress");
  await user.clear(input);
  await user.type(input, text);
  await user.click(screen.getByRole("button", { name: "Lägg till" }));
}

afterEach(() => {
  cleanup();
  setLanguage("sv");
});

describe("options page", () => {
  it("lists the dev server's add-in without permission and offers to grant it", async () => {
    const { deps, user } = setup();
    const row = (await screen.findByText("https://localhost:3000/")).closest("li")!;
    expect(row.textContent).toContain("saknar behörighet");
    await user.click(within(row).getByRole("button", { name: "Ge behörighet" }));
    expect(deps.requestPermission).toHaveBeenCalledWith("https://localhost/*");
    await within(row).findByText("behörighet given");
  });

  it("adds an add-in base URL (origin and path) only after its host permission is granted", async () => {
    const { deps, user, settings } = setup();
    await addAddress(user, "https://tillagg.kommun.se");
    await screen.findByText("https://tillagg.kommun.se/");
    expect(deps.requestPermission).toHaveBeenCalledWith("https://tillagg.kommun.se/*");
    await addAddress(user, "https://www.kommun.se/samverkan/addin/ui/taskpane.html");
    await screen.findByText("https://www.kommun.se/samverkan/addin/ui/");
    expect(settings().addinUrls).toEqual([
      "https://localhost:3000/",
      "https://tillagg.kommun.se/",
      "https://www.kommun.se/samverkan/addin/ui/",
    ]);
    await screen.findByText("Sparat.");
  });

  // Issue 11 item 1: the page says the add-in should have its own origin, and flags a shared host.
  it("advises an address of the add-in's own in plain Swedish and flags an address on a shared host", async () => {
    const { user } = setup();
    expect((await screen.findByText(/Lägg helst upp Word-tillägget/)).textContent).toBe(
      "Lägg helst upp Word-tillägget på en egen webbadress med eget värdnamn, till exempel https://samverkan.kommun.se/. Ligger det under samma värdnamn som andra webbsidor kan de sidorna komma åt det som visas i Word-tillägget.",
    );
    // An IT administrator reads the page: no build variables, no "origin".
    const page = document.body.textContent ?? "";
    expect(page).not.toMatch(/ADDIN_BASE_URL|origin/);
    await addAddress(user, "https://www.kommun.se/samverkan/");
    const shared = (await screen.findByText("https://www.kommun.se/samverkan/")).closest("li")!;
    expect(shared.textContent).toContain("delar värdnamn med andra sidor");
    const own = screen.getByText("https://localhost:3000/").closest("li")!;
    expect(own.textContent).not.toContain("delar värdnamn");
  });

  it("does not save an address whose permission is denied", async () => {
    const { deps, user } = setup(false);
    await addAddress(user, "https://tillagg.kommun.se");
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Behörighet för https://tillagg.kommun.se/ nekades. Adressen sparades inte.",
    );
    expect(deps.writeSettings).not.toHaveBeenCalled();
  });

  it("refuses plain http off localhost, queries and wildcards, without asking for permission", async () => {
    const { deps, user } = setup();
    for (const text of [
      "http://a.kommun.se",
      "https://a.kommun.se/?x=1",
      "https://*.kommun.se",
      "https://%2A",
    ]) {
      await addAddress(user, text);
      expect((await screen.findByRole("alert")).textContent).toBe(
        "Ange en adress som börjar med https:// (http:// bara för localhost), utan ”?”, ”#” och ”*”.",
      );
    }
    expect(deps.requestPermission).not.toHaveBeenCalled();
  });

  it("removes an add-in address", async () => {
    const { user, settings } = setup();
    await user.click(await screen.findByRole("button", { name: "Ta bort https://localhost:3000/" }));
    await screen.findByText("Sparat.");
    expect(settings().addinUrls).toEqual([]);
  });

  // Issue 11 item 15: a storage failure is said in Swedish, not as the browser's English.
  it("says in Swedish when the settings cannot be saved", async () => {
    const { user } = setup(true, {
      writeSettings: async () => {
        throw quotaError();
      },
    });
    await addAddress(user, "https://tillagg.kommun.se");
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Webbläsarens lagring för webbläsartillägget är full. Lämna över klippen i kön till Word, eller ta bort klipp ur kön, och försök sedan igen. Det du klippt finns kvar.",
    );
  });

  it("lists, adds and removes intranet sites as host permissions (plain http allowed)", async () => {
    const { deps, user } = setup();
    await screen.findByText("https://intranat.kommun.se");
    // The popup's messages name this button: "skriv webbplatsens adress … och välj ”Ge behörighet”".
    const sites = within(screen.getByRole("region", { name: "Intranät och mötesportaler" }));
    await user.type(sites.getByLabelText("Webbplats"), "http://portal.kommun.se");
    await user.click(sites.getByRole("button", { name: "Ge behörighet" }));
    await screen.findByText("http://portal.kommun.se");
    expect(deps.requestPermission).toHaveBeenCalledWith("http://portal.kommun.se/*");
    await user.click(
      screen.getByRole("button", { name: "Ta bort behörighet för https://intranat.kommun.se" }),
    );
    expect(deps.removePermission).toHaveBeenCalledWith("https://intranat.kommun.se/*");
    await screen.findByText("http://portal.kommun.se");
    expect(screen.queryByText("https://intranat.kommun.se")).toBeNull();
    await user.type(sites.getByLabelText("Webbplats"), "https://portal.kommun.se/moten");
    await user.click(sites.getByRole("button", { name: "Ge behörighet" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Ange en adress som börjar med https:// eller http://, utan sökväg och utan ”*”.",
    );
  });

  it("switches the language, saves the choice, and shows the waiting message in it", async () => {
    const { user, settings } = setup(false);
    await addAddress(user, "https://tillagg.kommun.se");
    await screen.findByRole("alert");
    await user.selectOptions(screen.getByRole("combobox", { name: "Språk" }), "en");
    await screen.findByRole("heading", { name: "Settings – Cooperation minutes" });
    expect(settings().language).toBe("en");
    expect(screen.getByRole("alert").textContent).toBe(
      "Permission for https://tillagg.kommun.se/ was denied. The address was not saved.",
    );
  });

  it("lists the organisation's add-in addresses as set by it, offers their permission, and no removal", async () => {
    // The worker's copy of the policy is empty until the page has it copied afresh.
    let copy: string[] = [];
    const { deps, user, settings } = setup(true, {
      readManagedAddinUrls: async () => copy,
      refreshManagedAddinUrls: async () => {
        copy = ["https://samverkan.kommun.se/"];
      },
    });
    const row = (await screen.findByText("https://samverkan.kommun.se/")).closest("li")!;
    expect(row.querySelector(".hint")?.textContent).toBe(
      "satt av din organisation · saknar behörighet – klicka ”Ge behörighet”",
    );
    expect(
      screen.getByText(
        "Adresser som din organisation har satt kan inte tas bort här. Webbläsaren kräver ändå att du ger behörighet för var och en en gång.",
      ),
    ).toBeTruthy();
    expect(within(row).queryByRole("button", { name: /Ta bort/ })).toBeNull();
    // The user's own address beside it stays removable.
    const own = screen.getByText("https://localhost:3000/").closest("li")!;
    expect(within(own).getByRole("button", { name: "Ta bort https://localhost:3000/" })).toBeTruthy();

    await user.click(within(row).getByRole("button", { name: "Ge behörighet" }));
    expect(deps.requestPermission).toHaveBeenCalledWith("https://samverkan.kommun.se/*");
    await within(row).findByText("satt av din organisation · behörighet given");
    // Typing the organisation's address again saves nothing: it is already there.
    await addAddress(user, "https://samverkan.kommun.se/");
    expect(deps.writeSettings).not.toHaveBeenCalled();
    expect(settings().addinUrls).toEqual(["https://localhost:3000/"]);
    const addinSection = screen.getByRole("region", { name: "Word-tilläggets adress" });
    expect([...addinSection.querySelectorAll(".origin")].map((el) => el.textContent)).toEqual([
      "https://samverkan.kommun.se/",
      "https://localhost:3000/",
    ]);
    // A granted organisation address is the add-in's, not an intranet site.
    const sites = screen.getByRole("region", { name: "Intranät och mötesportaler" });
    expect([...sites.querySelectorAll(".origin")].map((el) => el.textContent)).toEqual([
      "https://intranat.kommun.se",
    ]);
  });
});
