import { useState } from "preact/hooks";
import { checkEnvelopeJson, type EnvelopeCheck, LIMITS } from "../../../shared/clip/envelope";
import { t, tCount } from "../../../shared/i18n/i18n";
import { textOf, type UserMessage, userMessage } from "../../../shared/i18n/message";
import { displayText } from "../../../shared/templates/placeholders";
import type { TemplateSection } from "../../../shared/templates/types";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { SelectField } from "../components/fields";
import { JsonFileButton } from "../components/JsonFileButton";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import type { PaneState } from "../pane-state";
import { agendaSections, generalAgendaPlace } from "../templates";
import { ClipView } from "./ClipView";
import { clipFromClipboard } from "./payload";
import { BY_CLASS, routeItems, splitsByClass } from "./routing";
import type { ClipVia, ReceivedClip } from "./store";
import { useBridge } from "./useBridge";
import { useInbox } from "./useInbox";

/** The chosen target while the template still has it; else by class where the template splits, else its first. */
function validTarget(target: string, targets: readonly TemplateSection[], byClass: boolean): string {
  if (target === BY_CLASS ? byClass : targets.some((section) => section.id === target)) return target;
  return byClass ? BY_CLASS : (targets[0]?.id ?? BY_CLASS);
}

interface Inserted {
  /** Where the items went, as the section reads in the pane. */
  section: string;
  inserted: number;
  updated: number;
}

/**
 * "2 punkter infogade under ”Beslut”, 1 under ”Föredragningslistan Socialnämnden”. 1 punkt var redan
 * infogad och har uppdaterats." Says where each went, so nobody has to look for them in the document.
 */
function insertedMessage(results: readonly Inserted[]): string {
  const placed = results.filter((result) => result.inserted > 0);
  const updated = results.reduce((sum, result) => sum + result.updated, 0);
  const where = placed.map((result, at) =>
    tCount(at === 0 ? "pane.inbox.insertedUnder" : "pane.inbox.alsoUnder", result.inserted, {
      section: result.section,
    }),
  );
  return [
    ...(where.length > 0
      ? [`${where.join(", ")}.`]
      : updated === 0
        ? [tCount("pane.inbox.inserted", 0)]
        : []),
    ...(updated > 0 ? [tCount("pane.inbox.updated", updated)] : []),
  ].join(" ");
}

/** The Föredragningslista tab: clips arriving by bridge, paste or file, and inserting their items. */
export function InboxPanel({ meeting, template, index, refreshIndex }: PaneState) {
  const pane = usePane();
  const { busy, run } = useOperation();
  const inbox = useInbox();
  const sections = agendaSections(template);
  // The neutral place of an item without class, offered first when it is not an agenda section itself.
  const general = generalAgendaPlace(template);
  const targets = general && !sections.includes(general) ? [general, ...sections] : sections;
  const [target, setTarget] = useState(BY_CLASS);
  const byClass = splitsByClass(sections);
  const effectiveTarget = validTarget(target, targets, byClass);
  const inDocument = new Set(index?.agendaItemKeys ?? []);
  const routing = routeItems(inbox.selected, targets, general, effectiveTarget);
  const placed = routing.groups.reduce((sum, group) => sum + group.items.length, 0);
  const unclassified =
    effectiveTarget === BY_CLASS && byClass && general
      ? inbox.selected.filter((item) => item.mbl === null).length
      : 0;
  const sectionName = (section: TemplateSection) => displayText(section.title, meeting);

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
    const done = await run(async (ops) => {
      const results: Inserted[] = [];
      for (const group of routing.groups) {
        const result = await ops.insertAgendaItems(group.items, { sectionId: group.section.id });
        results.push({ section: sectionName(group.section), ...result });
      }
      return results;
    }, insertedMessage);
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
            askClass={effectiveTarget === BY_CLASS && byClass}
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
                ...(byClass ? [{ value: BY_CLASS, label: t("pane.inbox.byClass") }] : []),
                ...targets.map((section) => ({ value: section.id, label: sectionName(section) })),
              ]}
            />
            {routing.unplaced.length > 0 && (
              <p class="warning">{tCount("pane.inbox.unclassified", routing.unplaced.length)}</p>
            )}
            {unclassified > 0 && general && (
              <p class="warning">
                {tCount("pane.inbox.unclassifiedGoes", unclassified, { section: sectionName(general) })}
              </p>
            )}
            <div class="actions">
              <ActionButton tone="primary" disabled={busy || placed === 0} onClick={insert}>
                {t("pane.inbox.insert", { count: placed })}
              </ActionButton>
            </div>
          </>
        ))}
    </section>
  );
}
