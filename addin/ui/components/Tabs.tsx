import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

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

interface TabsProps {
  label: string;
  tabs: TabDef[];
  selected: string;
  onSelect(id: string): void;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move and select; only the selected tab
 * is in the tab order. Every tab's name is always in view: in a narrow pane (Word's default is 320 px) the
 * strip wraps onto a second row rather than hiding tabs in a menu, which a new user did not find. Hidden
 * panels stay mounted so half-typed input in another tab survives.
 */
export function Tabs({ label, tabs, selected, onSelect }: TabsProps) {
  const strip = useRef<HTMLDivElement>(null);
  const focusWanted = useRef<string | null>(null);
  const selectedIndex = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  // A tab chosen by the arrow keys gets focus once it is selected.
  useLayoutEffect(() => {
    if (focusWanted.current !== selected) return;
    focusWanted.current = null;
    strip.current?.querySelector<HTMLElement>(`#tab-${selected}`)?.focus();
  }, [selected]);

  function move(event: KeyboardEvent) {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const tab = tabs[step(selectedIndex, tabs.length)];
    if (!tab) return;
    focusWanted.current = tab.id;
    onSelect(tab.id);
  }

  return (
    <div class="tabs">
      <div class="tabbar">
        <div class="tablist" role="tablist" aria-label={label} ref={strip} onKeyDown={move}>
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
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
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
