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
const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: forward,
  ArrowDown: forward,
  ArrowLeft: backward,
  ArrowUp: backward,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** A tab's place in the strip, and the part of the strip in view (all in the strip's own pixels). */
export interface StripGeometry {
  tabs: { left: number; width: number }[];
  scrollLeft: number;
  clientWidth: number;
}

/** Indexes of the tabs not wholly in view: those the "more tabs" menu lists. */
export function tabsOutOfView({ tabs, scrollLeft, clientWidth }: StripGeometry): number[] {
  const tolerance = 1;
  return tabs.flatMap((tab, index) =>
    tab.left < scrollLeft - tolerance || tab.left + tab.width > scrollLeft + clientWidth + tolerance
      ? [index]
      : [],
  );
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
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move and select; only the selected tab
 * is in the tab order. In a narrow pane (Word's default is 320 px) the tabs stay on one row: the strip
 * scrolls, and a "more tabs" menu lists the tabs out of view (Fluent's overflowing TabList). Hidden panels
 * stay mounted so half-typed input in another tab survives.
 */
export function Tabs({ label, moreLabel, tabs, selected, onSelect }: TabsProps) {
  const strip = useRef<HTMLDivElement>(null);
  const [outOfView, setOutOfView] = useState<number[]>([]);
  const selectedIndex = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  function measure() {
    const list = strip.current;
    if (!list) return;
    const buttons = [...list.querySelectorAll<HTMLElement>("[role=tab]")];
    const next = tabsOutOfView({
      // The strip is the tabs' offset parent (position: relative), so offsetLeft is within it.
      tabs: buttons.map((button) => ({ left: button.offsetLeft, width: button.offsetWidth })),
      scrollLeft: list.scrollLeft,
      clientWidth: list.clientWidth,
    });
    setOutOfView((current) => (current.join() === next.join() ? current : next));
  }

  useLayoutEffect(measure);

  useLayoutEffect(() => {
    if (typeof ResizeObserver === "undefined" || !strip.current) return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(strip.current);
    return () => observer.disconnect();
  }, []);

  function tabElement(id: string) {
    return strip.current?.querySelector<HTMLElement>(`#tab-${id}`) ?? null;
  }

  // The selected tab is always wholly in view in the strip, however it was chosen.
  useLayoutEffect(() => {
    tabElement(selected)?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected]);

  /** Selects a tab and gives it focus (keyboard and menu). */
  function choose(id: string) {
    onSelect(id);
    tabElement(id)?.focus();
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
      <div class="tabbar">
        <div
          class="tablist"
          role="tablist"
          aria-label={label}
          ref={strip}
          onKeyDown={move}
          onScroll={measure}
        >
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
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
        {outOfView.length > 0 && (
          <OverflowMenu
            label={moreLabel}
            trigger={<Icon name="more" />}
            items={outOfView.flatMap((index) => {
              const tab = tabs[index];
              return tab ? [{ id: tab.id, label: tab.label }] : [];
            })}
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
