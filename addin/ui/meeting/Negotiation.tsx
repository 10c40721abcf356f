import { centralNegotiationDeadline } from "../../../shared/dates/deadline";
import { formatSwedishDate } from "../../../shared/dates/format";
import { t } from "../../../shared/i18n/i18n";
import type { Meeting, NegotiationOutcome } from "../../../shared/model/meeting";
import { SelectField, TextField } from "../components/fields";
import type { PaneState } from "../pane-state";

const NO_OUTCOME: NegotiationOutcome = { endedOn: "", result: "oenighet" };

/** MBL § 14: the last day a union may ask for central negotiation, recomputed as the dates are typed. */
export function NegotiationDeadline({ meeting }: { meeting: Meeting }) {
  const deadline = centralNegotiationDeadline({ ...meeting, negotiation: meeting.negotiation ?? NO_OUTCOME });
  const date = (iso: string) => formatSwedishDate(iso, { weekday: true });
  return (
    <p class="deadline" aria-live="polite">
      {deadline.ok
        ? deadline.movedFrom
          ? t("pane.negotiation.deadlineMoved", {
              date: date(deadline.lastDay),
              nominal: date(deadline.movedFrom),
            })
          : t("pane.negotiation.deadline", { date: date(deadline.lastDay) })
        : t(`pane.negotiation.${deadline.reason === "enighet" ? "enighetResult" : deadline.reason}`)}
    </p>
  );
}

type NegotiationFieldsProps = Pick<PaneState, "meeting" | "setMeeting">;

/** How and when an MBL negotiation ended ({utfall}, {avslutad}), with the deadline it starts. */
export function NegotiationFields({ meeting, setMeeting }: NegotiationFieldsProps) {
  const outcome = meeting.negotiation ?? NO_OUTCOME;
  const set = (patch: Partial<NegotiationOutcome>) =>
    setMeeting((current) => ({ ...current, negotiation: { ...outcome, ...patch } }));
  return (
    <fieldset class="stack">
      <legend>{t("pane.negotiation.heading")}</legend>
      <TextField
        type="date"
        label={t("pane.negotiation.endedOn")}
        value={outcome.endedOn}
        onValue={(endedOn) => set({ endedOn })}
      />
      <SelectField
        label={t("pane.negotiation.result")}
        value={outcome.result}
        onValue={(result) => set({ result: result as NegotiationOutcome["result"] })}
        options={[
          { value: "oenighet", label: t("pane.negotiation.oenighet") },
          { value: "enighet", label: t("pane.negotiation.enighet") },
        ]}
      />
      <NegotiationDeadline meeting={meeting} />
    </fieldset>
  );
}
