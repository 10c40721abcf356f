import { useId, useRef, useState } from "preact/hooks";
import { t } from "../../shared/i18n/i18n";
import { asUserMessage, textOf } from "../../shared/i18n/message";
import type { MblClass } from "../../shared/model/meeting";
import { DateInput } from "../../shared/ui/ParsedInput";
import {
  classifySelected,
  type Draft,
  PAGE_SIZE,
  pageCount,
  selectAll,
  selectedCount,
  updateItem,
} from "./draft";
import { ItemRow, MblSelect } from "./ItemRow";

interface Props {
  draft: Draft;
  onChange(draft: Draft): void;
  onEnqueue(): void;
}

/** What the reader of the page or document says it left out, in the current language. */
function Notices({ draft }: { draft: Draft }) {
  const shown = draft.notices.flatMap((notice) => {
    const message = asUserMessage(notice);
    return message ? [textOf(message)] : [];
  });
  if (shown.length === 0) return null;
  return (
    <ul class="notices">
      {shown.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

/** "Markera alla / inga" and "Sätt typ för markerade", for the whole list, not only the page shown. */
function Toolbar({ draft, onChange }: Omit<Props, "onEnqueue">) {
  const [mbl, setMbl] = useState<MblClass>("mbl11");
  return (
    <div class="toolbar">
      <p class="hint">
        {t("ext.popup.selectedCount", { selected: selectedCount(draft), count: draft.items.length })}
      </p>
      <div class="actions">
        <button type="button" onClick={() => onChange(selectAll(draft, true))}>
          {t("ext.popup.selectAll")}
        </button>
        <button type="button" onClick={() => onChange(selectAll(draft, false))}>
          {t("ext.popup.selectNone")}
        </button>
      </div>
      <div class="actions">
        <MblSelect id="bulk-mbl" label={t("ext.popup.bulkClass")} value={mbl} onChange={setMbl} />
        <button type="button" onClick={() => onChange(classifySelected(draft, mbl))}>
          {t("ext.popup.setClass")}
        </button>
      </div>
    </div>
  );
}

function Pager({
  page,
  pages,
  count,
  onPage,
}: {
  page: number;
  pages: number;
  count: number;
  onPage(page: number): void;
}) {
  const from = page * PAGE_SIZE + 1;
  const to = Math.min(count, (page + 1) * PAGE_SIZE);
  return (
    <nav class="pager" aria-label={t("ext.popup.pages")}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t("ext.popup.previousPage")}
      </button>
      <span>{t("ext.popup.pageRange", { from, to, count })}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t("ext.popup.nextPage")}
      </button>
    </nav>
  );
}

/**
 * The items found, with the meeting facts above them: each a compact row that can be chosen, classified
 * and opened for editing. A long list is shown a page at a time, so the popup never renders more than
 * PAGE_SIZE rows whatever the page held.
 */
export function ItemsEditor({ draft, onChange, onEnqueue }: Props) {
  const [page, setPage] = useState(0);
  const pages = pageCount(draft.items.length);
  const current = Math.min(page, pages - 1);
  const start = current * PAGE_SIZE;
  const dateId = useId();
  const card = useRef<HTMLElement>(null);
  /** A field that cannot be read (the meeting date) is said at the field, and nothing is queued. */
  function enqueueIfReadable() {
    const inputs = [...(card.current?.querySelectorAll("input") ?? [])];
    const unreadable = inputs.find((input) => !input.validity.valid);
    if (!unreadable) return onEnqueue();
    unreadable.reportValidity();
    unreadable.focus();
  }
  return (
    <section aria-labelledby="items-heading" class="card" ref={card}>
      <h2 id="items-heading">{t("ext.popup.itemsHeading", { count: draft.items.length })}</h2>
      <p class="hint">{t("ext.popup.itemsFrom", { source: draft.source.title || draft.source.url || "" })}</p>
      <Notices draft={draft} />
      <div class="meta">
        <label>
          {t("ext.popup.committee")}
          <input
            value={draft.committee ?? ""}
            onInput={(event) => onChange({ ...draft, committee: event.currentTarget.value })}
          />
        </label>
        {/* Not wrapped in its label: the field's message under it would join the label's name. */}
        <div class="field">
          <label for={dateId}>{t("ext.popup.meetingDate")}</label>
          <DateInput
            id={dateId}
            value={draft.meetingDate}
            onValue={(meetingDate) => onChange({ ...draft, meetingDate })}
          />
        </div>
      </div>
      <Toolbar draft={draft} onChange={onChange} />
      {pages > 1 && <p class="notice">{t("ext.popup.pagedNotice", { size: PAGE_SIZE })}</p>}
      <ol class="items">
        {draft.items.slice(start, start + PAGE_SIZE).map((item, i) => (
          <ItemRow
            key={item.key}
            item={item}
            n={start + i + 1}
            onChange={(change) => onChange(updateItem(draft, item.key, change))}
          />
        ))}
      </ol>
      {pages > 1 && <Pager page={current} pages={pages} count={draft.items.length} onPage={setPage} />}
      <div class="enqueue-bar">
        <button type="button" class="primary" onClick={enqueueIfReadable}>
          {t("ext.popup.enqueue")}
        </button>
      </div>
    </section>
  );
}
