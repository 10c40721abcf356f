import { useEffect, useRef, useState } from "preact/hooks";
import { clipFileName, clipToHtml, clipToPlainText } from "../../shared/clip/clipboard";
import { type ClipEnvelope, LIMITS } from "../../shared/clip/envelope";
import { t } from "../../shared/i18n/i18n";
import { counted, UserError, type UserMessage, userMessage } from "../../shared/i18n/message";
import type { Agenda } from "../../shared/model/meeting";
import { ActionButton } from "../../shared/ui/ActionButton";
import type { ClipMode } from "../clip/contract";
import { clipboardMessageForError, userMessageForError } from "../platform/errors";
import { type ClipSource, envelopeFromAgenda } from "../queue/build-envelope";
import type { Problem } from "../queue/problem";
import type { RecentClip } from "../queue/queue";
import { StatusLines } from "../ui/StatusLines";
import type { PopupDeps, TargetTab } from "./deps";
import { documentKind } from "./documents";
import { chosenAgenda, type Draft, draftFrom } from "./draft";
import { ItemsEditor } from "./ItemsEditor";
import { QueueView } from "./QueueView";
import { RecentView } from "./RecentView";
import { RescuedView } from "./RescuedView";

const isHttp = (url: string | null): url is string => Boolean(url && /^https?:\/\//i.test(url));

export function Popup({ deps }: { deps: PopupDeps }) {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // A new number for each list read, so the editor starts on its first page.
  const [draftNo, setDraftNo] = useState(0);
  const [clips, setClips] = useState<ClipEnvelope[]>([]);
  const [recent, setRecent] = useState<RecentClip[]>([]);
  const [rescued, setRescued] = useState<Problem[]>([]);
  const [savedId, setSavedId] = useState<string | null>(null);
  // The reading step in progress, which "Avbryt" abandons (and aborts where the step can stop).
  const [reading, setReading] = useState<AbortController | null>(null);
  const [status, setStatus] = useState<UserMessage | null>(null);
  const [error, setError] = useState<UserMessage | null>(null);
  const current = useRef<AbortController | null>(null);

  const say = (message: UserMessage | null) => {
    setError(null);
    setStatus(message);
  };
  const fail = (message: UserMessage) => {
    setStatus(null);
    setError(message);
  };

  const refreshQueue = () => {
    Promise.all([deps.queue.pending(), deps.queue.recent()]).then(
      ([pending, left]) => {
        setClips(pending);
        setRecent(left);
      },
      (e) => fail(userMessageForError(e)),
    );
  };

  /**
   * Shows what waits from clips made without the popup: a notice once (then it goes from storage), the
   * rescued clips for as long as they are stored.
   */
  const refreshProblems = () => {
    deps.problems.waiting().then(
      (problems) => {
        setRescued(problems.filter((problem) => problem.rescued));
        const notice = problems.find((problem) => !problem.rescued);
        if (!notice) return;
        fail(notice.message);
        deps.problems.clearNotices().catch(() => undefined);
      },
      (e) => fail(userMessageForError(e)),
    );
  };

  const refreshStored = () => {
    refreshQueue();
    refreshProblems();
  };

  function showDraft(next: Draft) {
    setDraft(next);
    setDraftNo((n) => n + 1);
  }

  useEffect(() => {
    deps.targetTab().then(setTab, () => setTab(null));
    refreshStored();
    return deps.watchQueue(refreshStored);
  }, [deps]);

  /**
   * Runs one reading step with progress and "Avbryt"; a cancelled step's result is never shown. The task
   * starts synchronously, inside the user's click, so a permission prompt it opens keeps the gesture.
   */
  async function read(task: (signal: AbortSignal) => Promise<{ agenda: Agenda; source: ClipSource }>) {
    current.current?.abort();
    const step = new AbortController();
    current.current = step;
    setReading(step);
    say(userMessage("ext.popup.working"));
    try {
      const { agenda, source } = await task(step.signal);
      if (current.current !== step) return;
      if (agenda.items.length === 0) {
        setDraft(null);
        fail(userMessage("ext.clip.noItems"));
        return;
      }
      showDraft(draftFrom(agenda, source));
      // The list's heading says "Hittade punkter (n)"; the status says what to do next, not the same again.
      say(counted(agenda.items.length, "ext.popup.foundOne", "ext.popup.found"));
    } catch (e) {
      if (current.current === step) fail(userMessageForError(e));
    } finally {
      if (current.current === step) {
        current.current = null;
        setReading(null);
      }
    }
  }

  function cancel() {
    current.current?.abort();
    current.current = null;
    setReading(null);
    say(userMessage("ext.popup.cancelled"));
  }

  /** A quick step on the queue or the clipboard: its failure becomes the user's message, never a raw error. */
  async function act(task: () => Promise<void>, failure = userMessageForError) {
    try {
      await task();
    } catch (e) {
      fail(failure(e));
    }
  }

  const clip = (mode: ClipMode) =>
    read(async () => {
      if (!tab) throw new UserError(userMessage("ext.clip.cannotRun"));
      const result = await deps.clipTab(tab.id, mode);
      if (!result.ok) throw new UserError(result.error);
      return { agenda: result.agenda, source: result.source };
    });

  // A document opened from disk has no address; the tab it was opened beside is unrelated to it.
  const openFile = (file: File) =>
    read(async (signal) => ({
      agenda: await deps.readFile(file, signal),
      source: { url: null, title: file.name },
    }));

  const readTabDocument = (url: string, title: string) =>
    read(async (signal) => ({
      agenda: await deps.readUrl(url, signal),
      source: { url, title: title || url },
    }));

  const enqueue = () =>
    act(async () => {
      if (!draft) return;
      const agenda = chosenAgenda(draft);
      if (agenda.items.length === 0) return fail(userMessage("ext.popup.nothingSelected"));
      if (agenda.items.length > LIMITS.items) {
        return fail(
          userMessage("ext.popup.tooManyChosen", { max: LIMITS.items, count: agenda.items.length }),
        );
      }
      const result = await deps.queue.enqueue(envelopeFromAgenda(agenda, draft.source));
      // The draft stays on a failure, so nothing is lost while the user makes room.
      if (!result.ok) return fail(result.error);
      setDraft(null);
      say(counted(agenda.items.length, "ext.clip.queuedOne", "ext.clip.queued"));
      refreshQueue();
    });

  const copy = (clip: ClipEnvelope) =>
    act(async () => {
      await deps.writeClipboard(clipToHtml(clip), clipToPlainText(clip));
      say(userMessage("ext.popup.copied"));
    }, clipboardMessageForError);

  /** Hands the clip to the browser's downloads and says under which name. */
  function saveToFile(clip: ClipEnvelope) {
    const name = clipFileName(clip);
    deps.saveFile(name, `${JSON.stringify(clip, null, 2)}\n`);
    say(userMessage("ext.popup.savedAs", { name }));
  }

  const save = (clip: ClipEnvelope) =>
    act(async () => {
      saveToFile(clip);
      setSavedId(clip.id);
    });

  // A rescued clip leaves storage only once the user has acted on it; failing, it stays offered.
  const queueRescued = (clip: ClipEnvelope) =>
    act(async () => {
      const result = await deps.queue.enqueue(clip);
      if (!result.ok) return fail(result.error);
      await deps.problems.resolve(clip.id);
      say(counted(clip.agenda.items.length, "ext.clip.queuedOne", "ext.clip.queued"));
      refreshStored();
    });

  const saveRescued = (clip: ClipEnvelope) =>
    act(async () => {
      saveToFile(clip);
      await deps.problems.resolve(clip.id);
      refreshProblems();
    });

  const discardRescued = (clip: ClipEnvelope) =>
    act(async () => {
      await deps.problems.resolve(clip.id);
      say(userMessage("ext.popup.discarded"));
      refreshProblems();
    });

  const remove = (clip: ClipEnvelope, reason: "saved" | "removed") =>
    act(async () => {
      await deps.queue.acknowledge([clip.id], reason);
      setSavedId(null);
      say(userMessage(reason === "saved" ? "ext.popup.removedAfterSave" : "ext.popup.removed"));
      refreshQueue();
    });

  const keep = () => {
    setSavedId(null);
    say(userMessage("ext.popup.keptAfterSave"));
  };

  const restore = (entry: RecentClip) =>
    act(async () => {
      const result = await deps.queue.restore(entry.clip.id);
      if (!result) return fail(userMessage("ext.popup.restoreGone"));
      if (!result.ok) return fail(result.error);
      say(userMessage("ext.popup.restored"));
      refreshQueue();
    });

  const busy = reading !== null;
  const tabHasDocument = isHttp(tab?.url ?? null) && documentKind(tab!.url!) !== null;

  return (
    <main aria-busy={busy}>
      <h1>{t("ext.popup.title")}</h1>
      <div class="actions">
        <ActionButton tone="primary" disabled={busy} onClick={() => clip("page")}>
          {t("ext.popup.fromPage")}
        </ActionButton>
        <ActionButton disabled={busy} onClick={() => clip("selection")}>
          {t("ext.popup.clipSelection")}
        </ActionButton>
        <label class="button file">
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
        {tabHasDocument && (
          <ActionButton disabled={busy} onClick={() => readTabDocument(tab!.url!, tab!.title)}>
            {t("ext.popup.openTabDocument")}
          </ActionButton>
        )}
        {tab && !deps.inOwnTab && (
          <ActionButton tone="link" disabled={busy} onClick={() => deps.popOut(tab.id)}>
            {t("ext.popup.popOut")}
          </ActionButton>
        )}
      </div>
      {busy && (
        <div class="progress">
          <progress aria-label={t("ext.popup.working")} />
          <button type="button" onClick={cancel}>
            {t("ext.popup.cancel")}
          </button>
        </div>
      )}
      <StatusLines status={status} error={error} />
      <RescuedView rescued={rescued} onQueue={queueRescued} onSave={saveRescued} onDiscard={discardRescued} />
      {draft && <ItemsEditor key={draftNo} draft={draft} onChange={setDraft} onEnqueue={enqueue} />}
      <QueueView
        clips={clips}
        savedId={savedId}
        onCopy={copy}
        onSave={save}
        onRemove={remove}
        onKeep={keep}
      />
      <RecentView recent={recent} onRestore={restore} />
      <footer class="footer">
        <button type="button" class="link" onClick={() => deps.openOptions()}>
          {t("ext.popup.options")}
        </button>
      </footer>
    </main>
  );
}
