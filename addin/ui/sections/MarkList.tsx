import { capitalised } from "../../../shared/i18n/capitalised";
import { t } from "../../../shared/i18n/i18n";
import { joinSwedish } from "../../../shared/justering/build";
import type { OrgId } from "../../../shared/model/meeting";
import { useFocusAfterRemoval } from "../../../shared/ui/useFocusAfterRemoval";
import { orgDisplayName } from "../../../shared/unions/resolve";
import { IconButton } from "../components/IconButton";
import { useOperation } from "../components/useOperation";

export interface MarkEntry {
  id: string;
  orgs: OrgId[];
  sectionTitle?: string;
  text: string;
}

interface MarkListProps {
  heading: string;
  empty: string;
  entries: readonly MarkEntry[];
  /** Called after a mark was removed, to refresh the index. */
  onChanged(): Promise<void>;
}

const EXCERPT = 90;

/** Marks grouped by the item they belong to, in document order; each can be shown in or unmarked from Word. */
export function MarkList({ heading, empty, entries, onChanged }: MarkListProps) {
  const { busy, run } = useOperation();
  const groups = new Map<string, MarkEntry[]>();
  for (const entry of entries) {
    const key = entry.sectionTitle ?? t("pane.marks.noSection");
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // In the order shown: the next mark is the one under the removed one.
  const focus = useFocusAfterRemoval<HTMLElement>([...groups.values()].flat().map((entry) => entry.id));

  async function remove(entry: MarkEntry) {
    const done = await run(
      (ops) => ops.removeMark(entry.id),
      () => t("pane.marks.removed"),
    );
    if (!done.ok) return;
    focus.removing(entry.id);
    await onChanged();
  }

  return (
    <section class="marks" aria-label={heading} ref={focus.root}>
      <h3 tabIndex={-1}>{heading}</h3>
      {entries.length === 0 && <p class="hint">{empty}</p>}
      {[...groups].map(([section, list]) => (
        <div key={section} class="mark-group">
          <h4>{section}</h4>
          <ul>
            {list.map((entry) => {
              const orgs = joinSwedish(entry.orgs.map(orgDisplayName));
              const excerpt = entry.text.length > EXCERPT ? `${entry.text.slice(0, EXCERPT)}…` : entry.text;
              return (
                <li key={entry.id} class="mark">
                  <button
                    type="button"
                    class="link"
                    data-focus-id={entry.id}
                    onClick={() => run((ops) => ops.selectMark(entry.id))}
                    aria-label={t("pane.marks.show", { orgs, text: excerpt })}
                  >
                    <strong>{capitalised(orgs)}</strong> {excerpt}
                  </button>
                  <IconButton
                    icon="delete"
                    label={t("pane.marks.remove", { orgs, text: excerpt })}
                    disabled={busy}
                    onClick={() => remove(entry)}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
