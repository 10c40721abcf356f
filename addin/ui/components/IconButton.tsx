/** 20 px outline icons drawn in the style of Fluent's "Regular" set; `currentColor`, so they follow the theme. */
const ICONS = {
  delete:
    "M8 3h4a1 1 0 0 1 1 1v1h3.5a.5.5 0 0 1 0 1h-.6l-.8 9.6a1.5 1.5 0 0 1-1.5 1.4H6.4a1.5 1.5 0 0 1-1.5-1.4L4.1 6h-.6a.5.5 0 0 1 0-1H7V4a1 1 0 0 1 1-1Zm0 2h4V4H8v1ZM5.1 6l.8 9.5c0 .3.2.5.5.5h7.2c.3 0 .5-.2.5-.5l.8-9.5H5.1Z",
  dismiss:
    "M4.1 4.1a.5.5 0 0 1 .7 0L10 9.3l5.2-5.2a.5.5 0 0 1 .7.7L10.7 10l5.2 5.2a.5.5 0 0 1-.7.7L10 10.7l-5.2 5.2a.5.5 0 0 1-.7-.7L9.3 10 4.1 4.8a.5.5 0 0 1 0-.7Z",
  more: "M5 10a1.25 1.25 0 1 1-2.5 0A1.25 1.25 0 0 1 5 10Zm6.25 0a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0Zm5 1.25a1.25 1.25 0 1 0 0-2.5 1.25 1.25 0 0 0 0 2.5Z",
} as const;

export type IconName = keyof typeof ICONS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="currentColor" />
    </svg>
  );
}

interface IconButtonProps {
  icon: IconName;
  /** The accessible name, also shown as the tooltip: an icon alone says nothing to a screen reader. */
  label: string;
  onClick(): void;
  disabled?: boolean;
}

/** A compact button showing only an icon, as Fluent's subtle icon buttons in narrow task panes. */
export function IconButton({ icon, label, onClick, disabled }: IconButtonProps) {
  return (
    <button
      type="button"
      class="subtle icon-button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
