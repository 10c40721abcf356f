import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { t } from "../../shared/i18n/i18n";
import type { Meeting } from "../../shared/model/meeting";
import { userMessageFor } from "../word/errors";
import type { DocumentIdentity, DocumentIndex, WordOps } from "../word/ops";
import { IconButton } from "./components/IconButton";
import { Tabs } from "./components/Tabs";
import { PaneContext, type PaneServices } from "./context";
import { HelpPanel } from "./help/HelpPanel";
import { LazyHelp } from "./help/LazyHelp";
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

/** A failure as the alert shows it: one sentence, and details folded away. */
interface Problem {
  message: string;
  details: readonly string[];
}

export interface AppProps {
  ops: WordOps;
}

export function App({ ops }: AppProps) {
  const [imported, setImported] = useState(loadImportedTemplates);
  const [chosenId, setChosenId] = useState(loadChosenTemplateId);
  // A new meeting is of the kind of the template chosen last, so that choice holds for the next minutes.
  const [meeting, setMeetingState] = useState<Meeting>(() =>
    emptyMeeting(
      localToday(),
      availableTemplates(imported).find((each) => each.id === chosenId)?.meetingType,
    ),
  );
  const [draft, setDraft] = useState<DraftState>("none");
  // Only the user's own edits make a draft; loading the meeting from the document does not.
  const edited = useRef(false);
  // The document the pane is in: drafts are kept per document, so none is offered in another one.
  const [openDocument, setOpenDocument] = useState<DocumentIdentity | null>(null);
  const [index, setIndex] = useState<DocumentIndex | null>(null);
  const [status, setStatus] = useState("");
  const [statusTone, setStatusTone] = useState<"done" | "note">("done");
  // Each tab's failure stays with that tab: it would read as news about the tab turned to.
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [tab, setTab] = useState("mote");
  const tabNow = useRef(tab);
  tabNow.current = tab;

  /** The announcement channels of one tab: its alert is shown while it is the tab in view. */
  const servicesFor = useMemo(() => {
    const made = new Map<string, PaneServices>();
    const setProblem = (tabId: string, problem: Problem | null) =>
      setProblems((current) => {
        const { [tabId]: _gone, ...rest } = current;
        return problem ? { ...rest, [tabId]: problem } : rest;
      });
    return (tabId: string): PaneServices => {
      const known = made.get(tabId);
      if (known) return known;
      const services: PaneServices = {
        ops,
        announce(message) {
          setProblem(tabId, null);
          setStatusTone("done");
          setStatus(message);
        },
        note(message) {
          setProblem(tabId, null);
          setStatusTone("note");
          setStatus(message);
        },
        // A failure replaces the status line: never a success beside a failure of the same action.
        fail(error) {
          setStatus("");
          setProblem(tabId, { message: userMessageFor(error), details: [] });
        },
        alert(message, details = []) {
          setStatus("");
          setProblem(tabId, { message, details });
        },
      };
      made.set(tabId, services);
      return services;
    };
  }, [ops]);
  // The shell's own work (start-up, rereading the index) reports to the tab in view.
  const services = servicesFor(tabNow.current);

  const templates = availableTemplates(imported);
  const template = chooseTemplate(templates, chosenId, meeting.type);

  function setMeeting(update: (meeting: Meeting) => Meeting) {
    edited.current = true;
    setMeetingState(update);
  }

  // Every keystroke is kept until the meeting is saved to the document (from when the document is known).
  useEffect(() => {
    if (edited.current && openDocument) setDraft(saveDraft(openDocument, meeting) ? "kept" : "failed");
  }, [meeting, openDocument]);

  function onSaved() {
    if (openDocument) clearDraft(openDocument);
    edited.current = false;
    setDraft("none");
  }

  async function refreshIndex() {
    try {
      setIndex(await ops.readIndex());
    } catch (error) {
      servicesFor(tabNow.current).fail(error);
    }
  }

  /** This document's unsaved draft, if the pane has one and the user has not started typing meanwhile. */
  async function restoreDraft(): Promise<boolean> {
    try {
      const identity = await ops.documentIdentity();
      setOpenDocument(identity);
      const restored = edited.current ? null : loadDraft(identity);
      if (!restored) return false;
      edited.current = true;
      setMeetingState(restored);
      return true;
    } catch (error) {
      services.fail(error);
      return false;
    }
  }

  // The document is the truth: an unsaved draft of this document wins over it only because it holds newer
  // typing. A document without a draft starts from its own meeting data, or empty.
  useEffect(() => {
    (async () => {
      const notice = storageNoticeOnce(ops);
      if (await restoreDraft()) {
        services.announce([t("pane.meeting.draftRestored"), notice].filter(Boolean).join(" "));
      } else {
        try {
          const saved = await ops.readMeeting();
          if (saved && !edited.current) setMeetingState(saved);
        } catch (error) {
          services.fail(error);
        }
        if (notice) services.announce(notice);
      }
      await refreshIndex();
    })();
  }, []);

  const problem = problems[tab];

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
            {
              id: "hjalp",
              label: t("word.help.tab"),
              panel: (
                <div class="stack">
                  <LazyHelp shown={tab === "hjalp"} />
                  <HelpPanel />
                </div>
              ),
            },
          ].map((each) => ({
            ...each,
            panel: <PaneContext.Provider value={servicesFor(each.id)}>{each.panel}</PaneContext.Provider>,
          }))}
        />
        <p class={statusTone === "note" ? "status note" : "status"} role="status" aria-live="polite">
          {status}
        </p>
        <div class="alert" role="alert">
          {problem && (
            <>
              <div class="alert-body">
                <p class="alert-message">{problem.message}</p>
                {problem.details.length > 0 && (
                  <details class="alert-details">
                    <summary>{t("pane.alert.details")}</summary>
                    <ul>
                      {problem.details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </div>
              <IconButton
                icon="dismiss"
                label={t("pane.alert.dismiss")}
                onClick={() => setProblems(({ [tab]: _gone, ...rest }) => rest)}
              />
            </>
          )}
        </div>
      </main>
    </PaneContext.Provider>
  );
}
