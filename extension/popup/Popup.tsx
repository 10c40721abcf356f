import { useEffect, useState } from "preact/hooks";
import { clipFileName, clipToHtml, clipToPlainText } from "../../shared/clip/clipboard";
import type { ClipEnvelope } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import type { Agenda } from "../../shared/model/meeting";
import type { ClipMode } from "../clip/contract";
import { envelopeFromAgenda } from "../queue/build-envelope";
import type { PopupDeps, TargetTab } from "./deps";
import { documentKind } from "./documents";
import { chosenAgenda, type Draft, draftFrom } from "./draft";
import { ItemsEditor } from "./ItemsEditor";
import { QueueView } from "./QueueView";

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const isHttp = (url: string | null): url is string => Boolean(url && /^https?:\/\//i.test(url));

export function Popup({ deps }: { deps: PopupDeps }) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [clips, setClips] = useState<ClipEnvelope[]>([]);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  const refreshQueue = () => {
    deps.queue.pending().then(setClips, (e) => setError(t("ext.popup.error", { reason: reasonOf(e) })));
  };

  useEffect(() => {
    deps.targetTab().then(setTab, () => setTab(null));
    deps.takeProblem().then((problem) => problem && setError(problem));
    refreshQueue();
    return deps.watchQueue(refreshQueue);
  }, [deps]);

  /** Runs one reading step with a busy state and a Swedish message for every failure. */
  async function work(task: () => Promise<void>) {
    setBusy(true);
    setError("");
    setStatus(t("ext.popup.working"));
    try {
      await task();
    } catch (e) {
      setStatus("");
      setError(t("ext.popup.error", { reason: reasonOf(e) }));
    } finally {
      setBusy(false);
    }
  }

  function show(agenda: Agenda, source: Draft["source"]) {
    if (agenda.items.length === 0) {
      setDraft(null);
      setStatus("");
      setError(t("ext.clip.noItems"));
      return;
    }
    setDraft(draftFrom(agenda, source));
    setStatus(t("ext.popup.itemsHeading", { count: agenda.items.length }));
  }

  const clip = (mode: ClipMode) =>
    work(async () => {
      if (!tab) throw new Error(t("ext.clip.cannotRun"));
      const result = await deps.clipTab(tab.id, mode);
      if (!result.ok) {
        setStatus("");
        setError(result.error);
        return;
      }
      show(result.agenda, result.source);
    });

  // A document opened from disk has no address; the tab it was opened beside is unrelated to it.
  const openFile = (file: File) =>
    work(async () => {
      show(await deps.readFile(file), { url: null, title: file.name });
    });

  const readTabDocument = () => {
    if (!tab?.url) return;
    const url = tab.url;
    // Called straight from the click so the permission prompt keeps the user's gesture.
    const reading = deps.readUrl(url);
    work(async () => show(await reading, { url, title: tab.title || url }));
  };

  const enqueue = () =>
    work(async () => {
      if (!draft) return;
      const agenda = chosenAgenda(draft);
      if (agenda.items.length === 0) {
        setStatus("");
        setError(t("ext.popup.nothingSelected"));
        return;
      }
      const result = await deps.queue.enqueue(envelopeFromAgenda(agenda, draft.source));
      if (!result.ok) {
        setStatus("");
        setError(result.error);
        return;
      }
      setDraft(null);
      setStatus(t("ext.clip.queued", { count: agenda.items.length }));
      refreshQueue();
    });

  const copy = (clip: ClipEnvelope) =>
    work(async () => {
      try {
        await deps.writeClipboard(clipToHtml(clip), clipToPlainText(clip));
      } catch (e) {
        throw new Error(t("ext.popup.copyFailed", { reason: reasonOf(e) }));
      }
      setStatus(t("ext.popup.copied"));
    });

  const save = (clip: ClipEnvelope) => {
    deps.saveFile(clipFileName(clip), `${JSON.stringify(clip, null, 2)}\n`);
  };

  const remove = (clip: ClipEnvelope) =>
    work(async () => {
      await deps.queue.acknowledge([clip.id]);
      setStatus("");
      refreshQueue();
    });

  const tabHasDocument = isHttp(tab?.url ?? null) && documentKind(tab!.url!) !== null;

  return (
    <main aria-busy={busy}>
      <h1>{t("ext.popup.title")}</h1>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => clip("page")}>
          {t("ext.popup.fromPage")}
        </button>
        <button type="button" disabled={busy} onClick={() => clip("selection")}>
          {t("ext.popup.clipSelection")}
        </button>
        <label class="button file-button">
          {t("ext.popup.openFile")}
          <input
            type="file"
            class="visually-hidden"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = "";
              if (file) openFile(file);
            }}
          />
        </label>
        {tab && !deps.inOwnTab && (
          <button type="button" class="link" disabled={busy} onClick={() => deps.popOut(tab.id)}>
            {t("ext.popup.popOut")}
          </button>
        )}
        {tabHasDocument && (
          <button type="button" disabled={busy} onClick={readTabDocument}>
            {t("ext.popup.openTabDocument")}
          </button>
        )}
      </div>
      <p role="status" class="status">
        {status}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {draft && <ItemsEditor draft={draft} onChange={setDraft} onEnqueue={enqueue} />}
      <QueueView clips={clips} onCopy={copy} onSave={save} onRemove={remove} />
      <p>
        <button type="button" class="link" onClick={() => deps.openOptions()}>
          {t("ext.popup.options")}
        </button>
      </p>
    </main>
  );
}
