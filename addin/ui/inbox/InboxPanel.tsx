import { useState } from "preact/hooks";
import { checkEnvelopeJson, type EnvelopeCheck, LIMITS } from "../../../shared/clip/envelope";
import { t, tCount } from "../../../shared/i18n/i18n";
import { textOf, type UserMessage, userMessage } from "../../../shared/i18n/message";
import { displayText } from "../../../shared/templates/placeholders";
import type { TemplateSection } from "../../../shared/templates/types";
import { SelectField } from "../components/fields";
import { JsonFileButton } from "../components/JsonFileButton";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import type { PaneState } from "../pane-state";
import { agendaSections } from "../templates";
import { ClipView } from "./ClipView";
import { clipFromClipboard } from "./payload";
import { BY_CLASS, routeItems, splitsByClass } from "./routing";
import type { ClipVia, ReceivedClip } from "./store";
import { useBridge } from "./useBridge";
import { useInbox } from "./useInbox";

/** The chosen target while the template still has it; else by class where the template splits, else its first. */
function validTarget(target: string, sections: readonly TemplateSection[]): string {
  if (target === BY_CLASS ? splitsByClass(sections) : sections.some((section) => section.id === target)) {
    return target;
  }
  return splitsByClass(sections) ? BY_CLASS : (sections[0]?.id ?? BY_CLASS);
}

/** "2 punkter infogade. 1 punkt var redan infogad och har uppdaterats." */
function insertedMessage(inserted: number, updated: number): string {
  const parts = [
    ...(inserted > 0 || updated === 0 ? [tCount("pane.inbox.inserted", inserted)] : []),
    ...(updated > 0 ? [tCount("pane.inbox.updated", updated)] : []),
  ];
  return parts.join(" ");
}

/** The Föredragningslista tab: clips arriving by bridge, paste or file, and inserting their items. */
export function InboxPanel({ meeting, template, index, refreshIndex }: PaneState) {
  const pane = usePane();
  const { busy, run } = useOperation();
  const inbox = useInbox();
  const sections = agendaSections(template);
  const [target, setTarget] = useState(BY_CLASS);
  const effectiveTarget = validTarget(target, sections);
  const inDocument = new Set(index?.agendaItemKeys ?? []);
  const routing = routeItems(inbox.selected, sections, effectiveTarget);
  const placed = routing.groups.reduce((sum, group) => sum + group.items.length, 0);

  function keep(received: ReceivedClip[], via: ClipVia): string[] {
    const result = inbox.receive(received, via);
    if (!result.ok) {
      pane.alert(t("pane.storage.full"));
      return [];
    }
    const parts = [
      ...(result.added > 0 || result.updated === 0 ? [tCount("pane.inbox.received", result.added)] : []),
      ...(result.updated > 0 ? [tCount("pane.inbox.receivedAgain", result.updated)] : []),
    ];
    // A clip that lost something on the way arrived, but not as a plain success: the warning is beside it.
    if (result.noticed > 0) pane.note([...parts, tCount("pane.inbox.seeNotices", result.noticed)].join(" "));
    else pane.announce(parts.join(" "));
    return result.kept;
  }

  function refuse(problems: UserMessage[]) {
    pane.alert(
      tCount("pane.inbox.refused", problems.length, {
        errors: problems.map((problem) => textOf(problem)).join(" — "),
      }),
    );
  }

  const bridge = useBridge({
    receive: (clips) => keep(clips, "bridge"),
    refuse,
    noAnswer: () => pane.note(t("pane.inbox.bridge.noAnswer")),
  });

  function accept(result: EnvelopeCheck | null, via: ClipVia) {
    if (!result) pane.alert(t("pane.inbox.noClipInPaste"));
    else if (result.ok) keep([{ envelope: result.envelope, notices: result.notices }], via);
    else refuse([result.problem]);
  }

  function onPaste(event: ClipboardEvent) {
    event.preventDefault();
    if (!event.clipboardData) return;
    accept(clipFromClipboard(event.clipboardData), "paste");
  }

  function openFile(text: string | null) {
    accept(
      text === null
        ? {
            ok: false,
            problem: userMessage("core.envelope.tooLarge", { max: String(LIMITS.envelopeBytes / 1024) }),
          }
        : checkEnvelopeJson(text),
      "file",
    );
  }

  function storageChecked(done: boolean) {
    if (!done) pane.alert(t("pane.storage.full"));
  }

  async function insert() {
    const done = await run(
      async (ops) => {
        let inserted = 0;
        let updated = 0;
        for (const group of routing.groups) {
          const result = await ops.insertAgendaItems(group.items, { sectionId: group.sectionId });
          inserted += result.inserted;
          updated += result.updated;
        }
        return { inserted, updated };
      },
      (result) => insertedMessage(result.inserted, result.updated),
    );
    if (done.ok) await refreshIndex();
  }

  return (
    <section class="stack" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t("pane.inbox.heading")}</h2>
      <p class="hint" data-bridge={bridge.state}>
        {t(`pane.inbox.bridge.${bridge.state}`)}
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={bridge.pull}>
          {t("pane.inbox.pull")}
        </button>
        <JsonFileButton
          label={t("pane.inbox.openFile")}
          maxBytes={LIMITS.envelopeBytes}
          onRead={openFile}
          onError={pane.alert}
        />
      </div>
      <div class="field">
        <label for="paste-target">{t("pane.inbox.pasteLabel")}</label>
        <textarea
          id="paste-target"
          class="paste-target"
          rows={2}
          placeholder={t("pane.inbox.pastePlaceholder")}
          onPaste={onPaste}
          // Only pasted clips are read; typed text has nowhere to go, so it is not kept.
          onInput={(event) => {
            event.currentTarget.value = "";
          }}
        />
      </div>

      {inbox.clips.length === 0 ? (
        <p class="hint">{t("pane.inbox.empty")}</p>
      ) : (
        inbox.clips.map((clip) => (
          <ClipView
            key={clip.envelope.id}
            clip={clip}
            chosen={inbox.chosen}
            inDocument={inDocument}
            askClass={effectiveTarget === BY_CLASS && splitsByClass(sections)}
            onToggle={inbox.toggle}
            onClassify={(i, mbl) => storageChecked(inbox.classify(clip.envelope.id, i, mbl))}
            onRemove={() => storageChecked(inbox.remove(clip.envelope.id))}
          />
        ))
      )}

      {inbox.clips.length > 0 &&
        (sections.length === 0 ? (
          <p class="hint">{t("pane.inbox.noAgendaSection", { name: template.name })}</p>
        ) : (
          <>
            <SelectField
              label={t("pane.inbox.target")}
              value={effectiveTarget}
              onValue={setTarget}
              options={[
                ...(splitsByClass(sections) ? [{ value: BY_CLASS, label: t("pane.inbox.byClass") }] : []),
                ...sections.map((section) => ({
                  value: section.id,
                  label: displayText(section.title, meeting),
                })),
              ]}
            />
            {routing.unplaced.length > 0 && (
              <p class="warning">{tCount("pane.inbox.unclassified", routing.unplaced.length)}</p>
            )}
            <div class="actions">
              <button type="button" class="primary" disabled={busy || placed === 0} onClick={insert}>
                {t("pane.inbox.insert", { count: placed })}
              </button>
            </div>
          </>
        ))}
    </section>
  );
}
