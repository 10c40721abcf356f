import { t } from "../../../shared/i18n/i18n";
import { TextField } from "../components/fields";
import type { PaneState } from "../pane-state";

type JusteringFieldsProps = Pick<PaneState, "meeting" | "setMeeting">;

/** When the justering happens and until when comments on the draft are taken ("Justering sker …"). */
export function JusteringFields({ meeting, setMeeting }: JusteringFieldsProps) {
  const set = (patch: Partial<typeof meeting>) => setMeeting((current) => ({ ...current, ...patch }));
  return (
    <fieldset class="stack">
      <legend>{t("pane.meeting.justering")}</legend>
      <TextField
        type="date"
        label={t("pane.meeting.justeringDate")}
        value={meeting.justeringDate}
        onValue={(justeringDate) => set({ justeringDate })}
      />
      <div class="pair">
        <TextField
          type="date"
          label={t("pane.meeting.commentsDueDate")}
          value={meeting.commentsDueDate}
          onValue={(commentsDueDate) => set({ commentsDueDate })}
        />
        <TextField
          type="time"
          label={t("pane.meeting.commentsDueTime")}
          value={meeting.commentsDueTime}
          onValue={(commentsDueTime) => set({ commentsDueTime })}
        />
      </div>
    </fieldset>
  );
}
