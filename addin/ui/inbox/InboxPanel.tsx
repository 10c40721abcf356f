import { useEffect, useRef, useState } from "preact/hooks";
import {
  type ClipEnvelope,
  type EnvelopeResult,
  LIMITS,
  parseEnvelopeJson,
} from "../../../shared/clip/envelope";
import { agendaItemKey } from "../../../shared/document/tags";
import { t } from "../../../shared/i18n/i18n";
import type { TemplateSection } from "../../../shared/templates/types";
import { SelectField } from "../components/fields";
import { JsonFileButton } from "../components/JsonFileButton";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import type { PaneState } from "../pane-state";
import { agendaSections } from "../templates";
import { type BridgeClient, connectBridge } from "./bridge";
import { clipFromClipboard } from "./payload";
import { BY_CLASS, routeItems, splitsByClass } from "./routing";
import { addToInbox, type ClipVia, type InboxClip, loadInbox, removeFromInbox, sortedInbox } from "./store";

/** How long the pane waits for the extension's bridge before saying it is not there. */
const BRIDGE_WAIT_MS = 3000;

type BridgeState = "waiting" | "connected" | "absent";

/** The chosen target while the template still has it; else by class where the template splits, else its first. */
function validTarget(target: string, sections: readonly TemplateSection[]): string {
  if (target === BY_CLASS ? splitsByClass(sections) : sections.some((section) => section.id === target)) {
    return target;
  }
  return splitsByClass(sections) ? BY_CLASS : (sections[0]?.id ?? BY_CLASS);
}

const itemKey = (clipId: string, index: number) => `${clipId}#${index}`;
const itemKeysOf = (envelope: ClipEnvelope) => envelope.agenda.items.map((_, i) => itemKey(envelope.id, i));

export function InboxPanel({ template, index, refreshIndex }: PaneState) {
  const pane = usePane();
  const { busy, run } = useOperation();
  const [inbox, setInbox] = useState<InboxClip[]>(loadInbox);
  // Items of a clip are chosen when it arrives: the user already picked them when clipping.
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(loadInbox().flatMap((clip) => itemKeysOf(clip.envelope))),
  );
  const [bridgeState, setBridgeState] = useState<BridgeState>("waiting");
  const bridge = useRef<BridgeClient | null>(null);
  const sections = agendaSections(template);
  const [target, setTarget] = useState(BY_CLASS);
  const effectiveTarget = validTarget(target, sections);
  const inDocument = new Set(index?.agendaItemKeys ?? []);

  function keep(envelopes: ClipEnvelope[], via: ClipVia): string[] {
    const known = new Set(loadInbox().map((clip) => clip.envelope.id));
    const result = addToInbox(envelopes, via);
    if (!result) {
      pane.alert(t("pane.storage.full"));
      return [];
    }
    const fresh = envelopes.filter((envelope) => !known.has(envelope.id));
    setInbox(result.inbox);
    setChosen((current) => {
      const next = new Set(current);
      for (const key of fresh.flatMap(itemKeysOf)) next.add(key);
      return next;
    });
    const items = envelopes.reduce((sum, envelope) => sum + envelope.agenda.items.length, 0);
    pane.announce(t("pane.inbox.received", { clips: envelopes.length, items }));
    return result.kept;
  }

  function refuse(errors: string[][]) {
    pane.alert(
      t("pane.inbox.refused", {
        count: errors.length,
        errors: errors.map((list) => list.join(" ")).join(" — "),
      }),
    );
  }

  function accept(result: EnvelopeResult | null, via: ClipVia) {
    if (!result) pane.alert(t("pane.inbox.noClipInPaste"));
    else if (result.ok) keep([result.envelope], via);
    else refuse([result.errors]);
  }

  const waitTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Says "looking for the extension" until it answers, and that it is not there when it does not. */
  function awaitBridge() {
    clearTimeout(waitTimer.current);
    setBridgeState((state) => (state === "connected" ? state : "waiting"));
    waitTimer.current = setTimeout(
      () => setBridgeState((state) => (state === "waiting" ? "absent" : state)),
      BRIDGE_WAIT_MS,
    );
  }

  function pull() {
    awaitBridge();
    bridge.current?.pull();
  }

  useEffect(() => {
    const client = connectBridge(window, {
      onReady: () => setBridgeState("connected"),
      receive: (clips) => {
        setBridgeState("connected");
        return keep(clips, "bridge");
      },
      refuse,
    });
    bridge.current = client;
    awaitBridge();
    // Clips made while the pane was in the background arrive when it is looked at again.
    const onVisible = () => document.visibilityState === "visible" && client.pull();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(waitTimer.current);
      document.removeEventListener("visibilitychange", onVisible);
      client.close();
    };
  }, []);

  function onPaste(event: ClipboardEvent) {
    event.preventDefault();
    if (!event.clipboardData) return;
    accept(clipFromClipboard(event.clipboardData), "paste");
  }

  function openFile(text: string | null) {
    accept(
      text === null
        ? { ok: false, errors: [t("core.envelope.tooLarge", { max: String(LIMITS.envelopeBytes / 1024) })] }
        : parseEnvelopeJson(text),
      "file",
    );
  }

  function toggle(key: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  function remove(id: string) {
    const next = removeFromInbox(id);
    if (next) setInbox(next);
    else pane.alert(t("pane.storage.full"));
  }

  const selectedItems = sortedInbox(inbox).flatMap((clip) =>
    clip.envelope.agenda.items.filter((_, i) => chosen.has(itemKey(clip.envelope.id, i))),
  );

  async function insert() {
    const groups = routeItems(selectedItems, sections, effectiveTarget);
    const done = await run(
      async (ops) => {
        let inserted = 0;
        let updated = 0;
        for (const group of groups) {
          const result = await ops.insertAgendaItems(group.items, { sectionId: group.sectionId });
          inserted += result.inserted;
          updated += result.updated;
        }
        return { inserted, updated };
      },
      (result) => t("pane.inbox.inserted", result),
    );
    if (done.ok) await refreshIndex();
  }

  return (
    <section class="stack" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t("pane.inbox.heading")}</h2>
      <p class="hint" data-bridge={bridgeState}>
        {t(`pane.inbox.bridge.${bridgeState}`)}
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={pull}>
          {t("pane.inbox.pull")}
        </button>
        <JsonFileButton label={t("pane.inbox.openFile")} maxBytes={LIMITS.envelopeBytes} onRead={openFile} />
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

      {inbox.length === 0 ? (
        <p class="hint">{t("pane.inbox.empty")}</p>
      ) : (
        sortedInbox(inbox).map((clip) => (
          <ClipView
            key={clip.envelope.id}
            clip={clip}
            chosen={chosen}
            inDocument={inDocument}
            onToggle={toggle}
            onRemove={() => remove(clip.envelope.id)}
          />
        ))
      )}

      {inbox.length > 0 &&
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
                ...sections.map((section) => ({ value: section.id, label: section.title })),
              ]}
            />
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={busy || selectedItems.length === 0}
                onClick={insert}
              >
                {t("pane.inbox.insert", { count: selectedItems.length })}
              </button>
            </div>
          </>
        ))}
    </section>
  );
}

interface ClipViewProps {
  clip: InboxClip;
  chosen: Set<string>;
  inDocument: Set<string>;
  onToggle(key: string, on: boolean): void;
  onRemove(): void;
}

/** One clip: where it came from, and its items as checkboxes. All text is rendered as text, never as markup. */
function ClipView({ clip, chosen, inDocument, onToggle, onRemove }: ClipViewProps) {
  const { envelope } = clip;
  const { committee, meetingDate } = envelope.agenda;
  const heading = [committee, meetingDate].filter(Boolean).join(" ") || envelope.source.title;
  return (
    <fieldset class="clip">
      <legend>{heading}</legend>
      <p class="hint">
        {t(`pane.inbox.via.${clip.via}`, { source: envelope.source.title || envelope.source.url || "" })}
      </p>
      <ul class="items">
        {envelope.agenda.items.map((item, i) => {
          const key = itemKey(envelope.id, i);
          return (
            <li key={key}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={chosen.has(key)}
                  onChange={(event) => onToggle(key, event.currentTarget.checked)}
                />
                <span>
                  {item.number && <span class="number">{item.number} </span>}
                  {item.title}
                  {item.dnr.length > 0 && <span class="dnr"> ({item.dnr.join(", ")})</span>}
                  {item.mbl && <span class="badge"> {t(`pane.inbox.mbl.${item.mbl}`)}</span>}
                  {item.links.length > 0 && (
                    <span class="hint"> {t("pane.inbox.links", { count: item.links.length })}</span>
                  )}
                  {inDocument.has(agendaItemKey(item)) && (
                    <span class="badge"> {t("pane.inbox.inDocument")}</span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="subtle"
        onClick={onRemove}
        aria-label={t("pane.inbox.remove", { name: heading })}
      >
        {t("pane.inbox.removeShort")}
      </button>
    </fieldset>
  );
}
