import { cleanup, render, screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Tabs, tabsOutOfView } from "./Tabs";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("tabsOutOfView", () => {
  const tabs = [0, 80, 160, 240].map((left) => ({ left, width: 80 }));

  it("lists none when the strip shows them all", () => {
    expect(tabsOutOfView({ tabs, scrollLeft: 0, clientWidth: 320 })).toEqual([]);
  });

  it("lists the tabs cut off at either end of the strip", () => {
    expect(tabsOutOfView({ tabs, scrollLeft: 0, clientWidth: 200 })).toEqual([2, 3]);
    expect(tabsOutOfView({ tabs, scrollLeft: 100, clientWidth: 200 })).toEqual([0, 1, 3]);
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

/** A 200 px strip of 80 px tabs at 0, 80, 160, …: two in view, as in a narrow task pane. */
function narrowStrip() {
  const tabIndex = (element: HTMLElement) => labels.indexOf(element.textContent ?? "");
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.getAttribute("role") === "tablist" ? 200 : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.getAttribute("role") === "tab" ? 80 : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetLeft", "get").mockImplementation(function (this: HTMLElement) {
    return this.getAttribute("role") === "tab" ? tabIndex(this) * 80 : 0;
  });
}

describe("Tabs in a narrow pane", () => {
  it("lists the tabs out of view in a menu; one chosen there is selected and focused", async () => {
    narrowStrip();
    const user = userEvent.setup();
    render(<Harness />);
    // Every tab stays in the strip (it scrolls); the menu names those out of view.
    expect(screen.getAllByRole("tab")).toHaveLength(6);
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
