import type { ComponentChildren } from "preact";

interface ActionButtonProps {
  /** The button's look (controls.css); none for a plain button. */
  tone?: "primary" | "secondary" | "link";
  /**
   * The action cannot run now (it is running, or nothing is chosen yet). Said with `aria-disabled`, never
   * `disabled`: a button that disables itself while Word works drops the focus to the page, and a keyboard
   * user starts again from the top of the pane; an aria-disabled one keeps it and stays in the Tab order.
   */
  disabled?: boolean;
  type?: "button" | "submit";
  onClick?(): void;
  children: ComponentChildren;
}

/**
 * A button that starts something slow (a Word operation in the pane, reading the page in the popup): it keeps
 * the focus while that runs.
 */
export function ActionButton({
  tone,
  disabled = false,
  type = "button",
  onClick,
  children,
}: ActionButtonProps) {
  return (
    <button
      type={type}
      class={tone}
      aria-disabled={disabled ? "true" : undefined}
      onClick={(event) => {
        // A click (or Enter in the form, for a submit button) while unavailable does nothing.
        if (disabled) event.preventDefault();
        else onClick?.();
      }}
    >
      {children}
    </button>
  );
}
