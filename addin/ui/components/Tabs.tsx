import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { Icon } from "./IconButton";
import { OverflowMenu } from "./OverflowMenu";

export interface TabDef {
  id: string;
  label: string;
  panel: ComponentChildren;
}

const forward = (index: number, count: number) => (index + 1) % count;
const backward = (index: number, count: number) => (index - 1 + count) % count;
/** Room kept for the "more tabs" button before it is first measured: its 32 px and the gap beside it. */
const MORE_BUTTON_WIDTH = 40;

const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: forward,
  ArrowDown: forward,
  ArrowLeft: backward,
  ArrowUp: backward,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** What the strip has room for: each tab's width, the room in the bar, and the "more tabs" button's width. */
export interface StripGeometry {
  widths: readonly number[];
  room: number;
  more: number;
}

/**
 * Which tabs the strip shows, as indexes in order: all when they fit, else the selected one and as many whole
 * tabs before the first that does not fit as the room beside the "more tabs" button holds. A tab is whole or
 * in the menu, never cut (Fluent's overflowing TabList).
 */
export function tabsInStrip({ widths, room, more }: StripGeometry, selected: number): number[] {
  const all = widths.map((_, index) => index);
  if (widths.reduce((sum, width) => sum + width, 0) <= room) return all;
  let left = room - more - (widths[selected] ?? 0);
  const shown = new Set([selected]);
  for (const index of all) {
    if (index === selected) continue;
    const width = widths[index] ?? 0;
    if (width > left) break;
    shown.add(index);
    left -= width;
  }
  return all.filter((index) => shown.has(index));
}

interface TabsProps {
  label: string;
  /** Accessible name of the button that lists the tabs out of view. */
  moreLabel: string;
  tabs: TabDef[];
  selected: string;
  onSelect(id: string): void;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move and select (through the tabs in the
 * menu too); only the selected tab is in the tab order. In a narrow pane (Word's default is 320 px) the tabs
 * stay on one row: the strip shows the whole tabs it has room for, the selected one always, and a "more
 * tabs" menu lists the others (Fluent's overflowing TabList). Hidden panels stay mounted so half-typed input
 * in another tab survives.
 */
export function Tabs({ label, moreLabel, tabs, selected, onSelect }: TabsProps) {
  const bar = useRef<HTMLDivElement>(null);
  const strip = useRef<HTMLDivElement>(null);
  // Tab widths are measured while a tab is shown and remembered while it is in the menu.
  const [geometry, setGeometry] = useState<StripGeometry>({
    widths: [],
    room: Number.POSITIVE_INFINITY,
    more: 0,
  });
  const focusWanted = useRef<string | null>(null);
  const selectedIndex = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );
  const shown = new Set(
    tabsInStrip({ ...geometry, widths: tabs.map((_, i) => geometry.widths[i] ?? 0) }, selectedIndex),
  );
  const inMenu = tabs.filter((_, index) => !shown.has(index));

  function measure() {
    const box = bar.current;
    const list = strip.current;
    if (!box || !list) return;
    const buttons = [...list.querySelectorAll<HTMLElement>("[role=tab]")];
    const widths = tabs.map((_, index) => {
      const button = buttons[index];
      return button && !button.hidden ? button.offsetWidth : (geometry.widths[index] ?? 0);
    });
    const style = getComputedStyle(box);
    const room =
      box.clientWidth -
      Number.parseFloat(style.paddingLeft || "0") -
      Number.parseFloat(style.paddingRight || "0");
    const moreButton = box.querySelector<HTMLElement>(".overflow");
    const more = moreButton?.offsetWidth || geometry.more || MORE_BUTTON_WIDTH;
    const next = { widths, room, more };
    const same =
      next.room === geometry.room &&
      next.more === geometry.more &&
      next.widths.join() === geometry.widths.join();
    if (!same) setGeometry(next);
  }

  useLayoutEffect(measure);

  useLayoutEffect(() => {
    if (typeof ResizeObserver === "undefined" || !bar.current) return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(bar.current);
    return () => observer.disconnect();
  }, [geometry]);

  function tabElement(id: string) {
    return strip.current?.querySelector<HTMLElement>(`#tab-${id}`) ?? null;
  }

  // A tab chosen from the menu or by the arrow keys is in the strip once selected: focus it then.
  useLayoutEffect(() => {
    if (focusWanted.current !== selected) return;
    focusWanted.current = null;
    tabElement(selected)?.focus();
  }, [selected]);

  /** Selects a tab and gives it focus (keyboard and menu). */
  function choose(id: string) {
    if (id === selected) {
      tabElement(id)?.focus();
      return;
    }
    focusWanted.current = id;
    onSelect(id);
  }

  function move(event: KeyboardEvent) {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const tab = tabs[step(selectedIndex, tabs.length)];
    if (tab) choose(tab.id);
  }

  return (
    <div class="tabs">
      <div class="tabbar" ref={bar}>
        <div class="tablist" role="tablist" aria-label={label} ref={strip} onKeyDown={move}>
          {tabs.map((tab, index) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              hidden={!shown.has(index)}
              aria-selected={tab.id === selected}
              aria-controls={`panel-${tab.id}`}
              tabIndex={tab.id === selected ? 0 : -1}
              data-label={tab.label}
              onClick={() => choose(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
        {inMenu.length > 0 && (
          <OverflowMenu
            label={moreLabel}
            trigger={<Icon name="more" />}
            items={inMenu.map((tab) => ({ id: tab.id, label: tab.label }))}
            onChoose={choose}
          />
        )}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          class="panel"
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
