import { cleanup, render, screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Tabs, tabsInStrip } from "./Tabs";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("tabsInStrip", () => {
  const widths = [60, 120, 60, 80, 140, 80, 60];

  it("shows every tab when they all fit", () => {
    expect(tabsInStrip({ widths, room: 600, more: 40 }, 0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("shows only whole tabs beside the more button, in order, the first that does not fit and all after it in the menu", () => {
    // 300 px: 40 for the button, 60 + 120 + 60 fit, the 80 px tab would be cut.
    expect(tabsInStrip({ widths, room: 300, more: 40 }, 0)).toEqual([0, 1, 2]);
  });

  it("always shows the selected tab, making room for it first", () => {
    expect(tabsInStrip({ widths, room: 300, more: 40 }, 5)).toEqual([0, 1, 5]);
    expect(tabsInStrip({ widths, room: 100, more: 40 }, 4)).toEqual([4]);
  });
});

const labels = ["Möte", "Mallar/Punkter", "Inspel", "Oenighet", "Föredragningslista", "Justering"];

function Harness() {
  const [selected, setSelected] = useState("t0");
  return (
    <Tabs
      label="Protokollet"
      moreLabel="Fler flikar"
      selected={selected}
      onSelect={setSelected}
      tabs={labels.map((label, i) => ({ id: `t${i}`, label, panel: <p>{`Panel ${label}`}</p> }))}
    />
  );
}

/** A 240 px bar of 80 px tabs and a 40 px more button: two whole tabs fit, as in a narrow task pane. */
function narrowStrip() {
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("tabbar") ? 240 : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(function (this: HTMLElement) {
    if (this.getAttribute("role") === "tab") return 80;
    return this.classList.contains("overflow") ? 40 : 0;
  });
}

describe("Tabs in a narrow pane", () => {
  it("lists the tabs out of view in a menu; one chosen there is selected and focused", async () => {
    narrowStrip();
    const user = userEvent.setup();
    render(<Harness />);
    // The strip shows whole tabs only; the menu lists the others.
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Möte", "Mallar/Punkter"]);
    const more = await screen.findByRole("button", { name: "Fler flikar" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    await user.click(more);
    expect(screen.getAllByRole("menuitem").map((item) => item.textContent)).toEqual([
      "Inspel",
      "Oenighet",
      "Föredragningslista",
      "Justering",
    ]);
    expect(document.activeElement).toBe(screen.getByRole("menuitem", { name: "Inspel" }));
    await user.keyboard("{End}{Enter}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Justering" }));
    expect(screen.getByRole("tab", { name: "Justering" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel Justering");
    expect(screen.queryByRole("menu")).toBeNull();
    // The selected tab took the place of the last whole one; the menu now offers that.
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(["Möte", "Justering"]);
  });

  it("moves through the tabs in the menu with the arrow keys, each shown and focused once selected", async () => {
    narrowStrip();
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole("tab", { name: "Möte" }).focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    const inspel = screen.getByRole("tab", { name: "Inspel" });
    expect(inspel.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(inspel);
  });

  it("closes the menu with Escape and gives focus back to its button", async () => {
    narrowStrip();
    const user = userEvent.setup();
    render(<Harness />);
    const more = await screen.findByRole("button", { name: "Fler flikar" });
    more.focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menu")).toBeTruthy();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(more);
  });

  it("shows no menu when every tab is in view", async () => {
    render(<Harness />);
    expect(screen.queryByRole("button", { name: "Fler flikar" })).toBeNull();
  });
});
