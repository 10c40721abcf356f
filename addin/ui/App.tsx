import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { t } from "../../shared/i18n/i18n";
import type { Meeting } from "../../shared/model/meeting";
import { userMessageFor } from "../word/errors";
import type { DocumentIndex, WordOps } from "../word/ops";
import { Tabs } from "./components/Tabs";
import { PaneContext, type PaneServices } from "./context";
import { HelpPanel } from "./help/HelpPanel";
import { storageNoticeOnce } from "./help/storage-notice";
import { InboxPanel } from "./inbox/InboxPanel";
import { clearDraft, type DraftState, emptyMeeting, loadDraft, localToday, saveDraft } from "./meeting/draft";
import type { PaneState } from "./pane-state";
import { DisagreementsPanel } from "./sections/DisagreementsPanel";
import { JusteringPanel } from "./sections/JusteringPanel";
import { MeetingPanel } from "./sections/MeetingPanel";
import { StatementsPanel } from "./sections/StatementsPanel";
import { TemplatesPanel } from "./sections/TemplatesPanel";
import {
  availableTemplates,
  chooseTemplate,
  loadChosenTemplateId,
  loadImportedTemplates,
  saveChosenTemplateId,
} from "./templates";

export interface AppProps {
  ops: WordOps;
}

export function App({ ops }: AppProps) {
  const [restored] = useState(loadDraft);
  const [meeting, setMeetingState] = useState<Meeting>(() => restored ?? emptyMeeting(localToday()));
  const [draft, setDraft] = useState<DraftState>(restored ? "kept" : "none");
  // Only the user's own edits make a draft; loading the meeting from the document does not.
  const edited = useRef(restored !== null);
  const [imported, setImported] = useState(loadImportedTemplates);
  const [chosenId, setChosenId] = useState(loadChosenTemplateId);
  const [index, setIndex] = useState<DocumentIndex | null>(null);
  const [status, setStatus] = useState("");
  const [statusTone, setStatusTone] = useState<"done" | "note">("done");
  const [problem, setProblem] = useState("");
  const [tab, setTab] = useState("mote");

  const services = useMemo<PaneServices>(
    () => ({
      ops,
      announce(message) {
        setProblem("");
        setStatusTone("done");
        setStatus(message);
      },
      note(message) {
        setProblem("");
        setStatusTone("note");
        setStatus(message);
      },
      // A failure replaces the status line: never a success beside a failure of the same action.
      fail(error) {
        setStatus("");
        setProblem(userMessageFor(error));
      },
      alert(message) {
        setStatus("");
        setProblem(message);
      },
    }),
    [ops],
  );

  const templates = availableTemplates(imported);
  const template = chooseTemplate(templates, chosenId, meeting.type);

  function setMeeting(update: (meeting: Meeting) => Meeting) {
    edited.current = true;
    setMeetingState(update);
  }

  // Every keystroke is kept until the meeting is saved to the document.
  useEffect(() => {
    if (edited.current) setDraft(saveDraft(meeting) ? "kept" : "failed");
  }, [meeting]);

  function onSaved() {
    clearDraft();
    edited.current = false;
    setDraft("none");
  }

  async function refreshIndex() {
    try {
      setIndex(await ops.readIndex());
    } catch (error) {
      services.fail(error);
    }
  }

  // The document is the truth: an unsaved draft wins over it only because it holds newer typing.
  useEffect(() => {
    (async () => {
      const notice = storageNoticeOnce(ops);
      if (restored) services.announce([t("pane.meeting.draftRestored"), notice].filter(Boolean).join(" "));
      else {
        try {
          const saved = await ops.readMeeting();
          if (saved) setMeetingState(saved);
        } catch (error) {
          services.fail(error);
        }
        if (notice) services.announce(notice);
      }
      await refreshIndex();
    })();
  }, []);

  // The user may have edited or deleted marks in Word meanwhile: each section shows the document as it is now.
  function selectTab(id: string) {
    // A status is about what was just done here; it would read as news about the tab turned to.
    if (id !== tab) setStatus("");
    setTab(id);
    void refreshIndex();
  }

  const state: PaneState = { meeting, setMeeting, template, index, refreshIndex };
  // One meeting, one template: choosing a template makes the meeting its kind (and the Möte form asks for
  // what that template writes); choosing a meeting type picks its template (`chooseTemplate`).
  const chooseTemplateId = (id: string) => {
    setChosenId(id);
    saveChosenTemplateId(id);
    const chosen = templates.find((each) => each.id === id);
    if (chosen && chosen.meetingType !== meeting.type) {
      setMeeting((current) => ({ ...current, type: chosen.meetingType }));
    }
  };

  return (
    <PaneContext.Provider value={services}>
      <main class="pane">
        <Tabs
          label={t("pane.tabs.label")}
          moreLabel={t("pane.tabs.more")}
          selected={tab}
          onSelect={selectTab}
          tabs={[
            {
              id: "mote",
              label: t("pane.tabs.meeting"),
              panel: <MeetingPanel {...state} draft={draft} onSaved={onSaved} />,
            },
            {
              id: "mallar",
              label: t("pane.tabs.templates"),
              panel: (
                <TemplatesPanel
                  {...state}
                  templates={templates}
                  onChoose={chooseTemplateId}
                  onImported={setImported}
                  imported={imported}
                />
              ),
            },
            { id: "inspel", label: t("pane.tabs.statements"), panel: <StatementsPanel {...state} /> },
            { id: "oenighet", label: t("pane.tabs.disagreements"), panel: <DisagreementsPanel {...state} /> },
            { id: "inkorg", label: t("pane.tabs.inbox"), panel: <InboxPanel {...state} /> },
            { id: "justering", label: t("pane.tabs.justering"), panel: <JusteringPanel {...state} /> },
            { id: "hjalp", label: t("word.help.tab"), panel: <HelpPanel /> },
          ]}
        />
        <p class={statusTone === "note" ? "status note" : "status"} role="status" aria-live="polite">
          {status}
        </p>
        <div class="alert" role="alert">
          {problem && (
            <>
              <span class="alert-message">{problem}</span>
              <button type="button" class="subtle" onClick={() => setProblem("")}>
                {t("pane.alert.dismiss")}
              </button>
            </>
          )}
        </div>
      </main>
    </PaneContext.Provider>
  );
}
