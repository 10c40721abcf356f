import { useState } from "preact/hooks";
import { centralNegotiationDeadline } from "../../../shared/dates/deadline";
import { formatSwedishDate } from "../../../shared/dates/format";
import { t } from "../../../shared/i18n/i18n";
import type { Meeting, NegotiationOutcome, OrgId } from "../../../shared/model/meeting";
import { orgDisplayName } from "../../../shared/unions/resolve";
import { rememberDisagreementOrgs } from "../../commands/last-choice";
import { OrgCheckboxes, SelectField, TextField } from "../components/fields";
import { useOperation } from "../components/useOperation";
import type { PaneState } from "../pane-state";
import { MarkList } from "./MarkList";

export function DisagreementsPanel({ meeting, setMeeting, index, refreshIndex }: PaneState) {
  const { busy, run } = useOperation();
  const [orgs, setOrgs] = useState<OrgId[]>([]);

  async function mark() {
    const names = orgs.map(orgDisplayName).join(", ");
    const done = await run(
      (ops) => ops.markDisagreement(orgs),
      (result) =>
        t(result.sectionTitle ? "pane.disagreements.markedUnder" : "pane.disagreements.marked", {
          orgs: names,
          section: result.sectionTitle ?? "",
        }),
    );
    if (!done.ok) return;
    // The ribbon's "Markera oenighet" has no UI to ask: it reuses this choice.
    rememberDisagreementOrgs(orgs);
    await refreshIndex();
  }

  return (
    <section class="stack" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">{t("pane.disagreements.heading")}</h2>
      <p class="hint">{t("pane.disagreements.help")}</p>
      <OrgCheckboxes
        legend={t("pane.disagreements.orgs")}
        scope="unions"
        selected={orgs}
        onChange={setOrgs}
        preferred={meeting.roster.unions.map((delegation) => delegation.org)}
      />
      <div class="actions">
        <button type="button" class="primary" disabled={busy || orgs.length === 0} onClick={mark}>
          {t("pane.disagreements.mark")}
        </button>
      </div>
      {meeting.type === "mbl-forhandling" && (
        <NegotiationDeadline meeting={meeting} setMeeting={setMeeting} />
      )}
      <MarkList
        heading={t("pane.disagreements.list")}
        empty={t("pane.disagreements.empty")}
        entries={index?.disagreements ?? []}
        onChanged={refreshIndex}
      />
    </section>
  );
}

interface NegotiationProps {
  meeting: Meeting;
  setMeeting: PaneState["setMeeting"];
}

/** MBL § 14: the last day a union may ask for central negotiation, recomputed as the dates are typed. */
function NegotiationDeadline({ meeting, setMeeting }: NegotiationProps) {
  const outcome: NegotiationOutcome = meeting.negotiation ?? { endedOn: "", result: "oenighet" };
  const set = (patch: Partial<NegotiationOutcome>) =>
    setMeeting((current) => ({ ...current, negotiation: { ...outcome, ...patch } }));
  const deadline = centralNegotiationDeadline({ ...meeting, negotiation: outcome });
  const date = (iso: string) => formatSwedishDate(iso, { weekday: true });
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
      <p class="hint">{t("pane.negotiation.saveHint")}</p>
    </fieldset>
  );
}
