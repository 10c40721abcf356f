import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";

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
 * is in the tab order. Hidden panels stay mounted so half-typed input in another tab survives.
 */
export function Tabs({ label, tabs, selected, onSelect }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);

  function move(event: KeyboardEvent) {
    const count = tabs.length;
    const index = tabs.findIndex((tab) => tab.id === selected);
    const step = KEY_STEPS[event.key];
    const next = step ? step(index, count) : null;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  }

  return (
    <div class="tabs">
      <div class="tablist" role="tablist" aria-label={label} ref={list} onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
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
