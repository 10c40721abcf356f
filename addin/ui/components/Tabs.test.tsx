import { cleanup, render, screen } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Tabs } from "./Tabs";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const labels = ["Möte", "Mallar/Punkter", "Inspel", "Oenighet", "Föredragningslista", "Justering"];

function Harness() {
  const [selected, setSelected] = useState("t0");
  return (
    <Tabs
      label="Protokollet"
      selected={selected}
      onSelect={setSelected}
      tabs={labels.map((label, i) => ({ id: `t${i}`, label, panel: <p>{`Panel ${label}`}</p> }))}
    />
  );
}

/** A 240 px bar of 80 px tabs: three fit on a row, as in Word's 320 px task pane. */
function narrowStrip() {
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("tabbar") ? 240 : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.getAttribute("role") === "tab" ? 80 : 0;
  });
}

describe("Tabs in a narrow pane", () => {
  it("shows every tab's name, none hidden in a menu (a new user did not find the tabs behind one)", () => {
    narrowStrip();
    render(<Harness />);
    expect(screen.getAllByRole("tab").map((tab) => tab.textContent)).toEqual(labels);
    expect(screen.queryByRole("button", { name: "Fler flikar" })).toBeNull();
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("moves through every tab with the arrow keys, Home and End, each selected and focused (WAI-ARIA tabs)", async () => {
    narrowStrip();
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole("tab", { name: "Möte" }).focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    const inspel = screen.getByRole("tab", { name: "Inspel" });
    expect(inspel.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(inspel);
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel Inspel");
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Justering" }));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Möte" }));
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Justering" }));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Möte" }));
    // Only the selected tab is in the tab order.
    expect(screen.getAllByRole("tab").map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
  });
});
