import { beforeEach, describe, expect, it, vi } from "vitest";
import { textOf } from "../../shared/i18n/message";
import { injectFile } from "../platform/scripting";
import { tabById } from "../platform/tabs";
import { clipTab } from "./clip-tab";

vi.mock("../platform/scripting", () => ({ injectFile: vi.fn(), runInTab: vi.fn() }));
vi.mock("../platform/tabs", () => ({ tabById: vi.fn() }));

/** What the user is told when the browser refuses to run the clip script in a tab showing `url`. */
async function refusedOn(url: string | null, browserError: string): Promise<string> {
  vi.mocked(tabById).mockResolvedValue({ id: 3, url, title: "" });
  vi.mocked(injectFile).mockRejectedValue(new Error(browserError));
  const clip = await clipTab(3, "page");
  return clip.ok ? "clipped" : textOf(clip.error);
}

const CHROME_DENIED =
  'Cannot access contents of url "https://intranat.kommun.example/kallelse". Extension manifest must request permission to access this host.';

describe("clipTab when the browser refuses to run in the tab", () => {
  beforeEach(() => vi.resetAllMocks());

  it("says how to grant the permission for a web page", async () => {
    expect(await refusedOn("https://intranat.kommun.example/kallelse", CHROME_DENIED)).toContain(
      "Öppna Inställningar, skriv webbplatsens adress under ”Intranät och mötesportaler” och välj ”Ge behörighet”.",
    );
  });

  it("says the browser's own pages cannot be read, where no permission would help", async () => {
    expect(
      await refusedOn(
        "chrome://newtab/",
        'Cannot access contents of url "chrome://newtab/". Extension manifest must request permission to access this host.',
      ),
    ).toBe(
      "Sidan kan inte läsas av webbläsartillägget (till exempel webbläsarens egna sidor eller tilläggsbutiken).",
    );
  });
});
