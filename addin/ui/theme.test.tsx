import { afterEach, describe, expect, it, vi } from "vitest";
import { applyTheme } from "./theme";

afterEach(() => vi.unstubAllGlobals());

function stubSystemDark(dark: boolean) {
  const query = { matches: dark, addEventListener: vi.fn() };
  vi.stubGlobal(
    "matchMedia",
    vi.fn(() => query),
  );
  return query;
}

describe("applyTheme", () => {
  it("follows Word's own theme when Office gives one, whatever the system prefers", () => {
    stubSystemDark(false);
    const root = document.createElement("html");
    applyTheme(root, { bodyBackgroundColor: "#262626" });
    expect(root.dataset.theme).toBe("dark");
    applyTheme(root, { bodyBackgroundColor: "#FFFFFF" });
    expect(root.dataset.theme).toBe("light");
  });

  it("follows the system preference outside Office, and its changes", () => {
    const query = stubSystemDark(true);
    const root = document.createElement("html");
    applyTheme(root, null);
    expect(root.dataset.theme).toBe("dark");
    query.matches = false;
    const onChange = query.addEventListener.mock.calls[0]?.[1] as () => void;
    onChange();
    expect(root.dataset.theme).toBe("light");
  });
});
