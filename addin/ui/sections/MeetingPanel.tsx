import { t } from "../../../shared/i18n/i18n";
import {
  EMPLOYER,
  MEETING_TYPES,
  type Meeting,
  type MeetingType,
  type OrgId,
  type Person,
} from "../../../shared/model/meeting";
import { orgOptions, SelectField, TextField } from "../components/fields";
import { RowList } from "../components/RowList";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import { type DraftState, loadLastMeeting, reuseFromLast, saveLastMeeting } from "../meeting/draft";
import { normaliseMeeting } from "../meeting/normalise";
import type { PaneState } from "../pane-state";

interface MeetingPanelProps extends PaneState {
  draft: DraftState;
  onSaved(): void;
}

/** One union representative per row; rows of the same union are grouped into its delegation when kept. */
interface UnionRow {
  org: OrgId;
  name: string;
}

function unionRows(meeting: Meeting): UnionRow[] {
  return meeting.roster.unions.flatMap((d) => d.people.map((p) => ({ org: d.org, name: p.name })));
}

function delegationsOf(rows: UnionRow[]): Meeting["roster"]["unions"] {
  const byOrg = new Map<OrgId, Person[]>();
  for (const row of rows) byOrg.set(row.org, [...(byOrg.get(row.org) ?? []), { name: row.name }]);
  return [...byOrg].map(([org, people]) => ({ org, people }));
}

const FIRST_UNION = orgOptions("unions")[0]?.value ?? "kommunal";

export function MeetingPanel({ meeting, setMeeting, draft, onSaved }: MeetingPanelProps) {
  const pane = usePane();
  const { busy, run } = useOperation();
  const last = loadLastMeeting(meeting);
  const set = (patch: Partial<Meeting>) => setMeeting((current) => ({ ...current, ...patch }));
  const setRoster = (patch: Partial<Meeting["roster"]>) =>
    setMeeting((current) => ({ ...current, roster: { ...current.roster, ...patch } }));
  const unionOrgs = orgOptions("unions");
  const allOrgs = orgOptions("all");

  async function save(event: Event) {
    event.preventDefault();
    const clean = normaliseMeeting(meeting);
    const done = await run(
      (ops) => ops.saveMeeting(clean),
      () => t("pane.meeting.saved"),
    );
    if (!done.ok) return;
    saveLastMeeting(clean);
    onSaved();
  }

  function reuse() {
    if (!last) return;
    setMeeting((current) => reuseFromLast(current, last));
    pane.announce(t("pane.meeting.reused", { date: last.date }));
  }

  return (
    <form class="stack" onSubmit={save} aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">{t("pane.meeting.heading")}</h2>
      <SelectField
        label={t("pane.meeting.type")}
        value={meeting.type}
        onValue={(type) => set({ type: type as MeetingType })}
        options={MEETING_TYPES.map((type) => ({ value: type, label: t(`pane.meetingType.${type}`) }))}
      />
      <TextField
        label={t("pane.meeting.groupName")}
        value={meeting.groupName}
        onValue={(groupName) => set({ groupName })}
      />
      <TextField
        label={t("pane.meeting.forvaltning")}
        value={meeting.forvaltning}
        onValue={(forvaltning) => set({ forvaltning })}
      />
      <TextField
        label={t("pane.meeting.committee")}
        value={meeting.committee}
        onValue={(committee) => set({ committee })}
      />
      <div class="pair">
        <TextField
          type="date"
          required
          label={t("pane.meeting.date")}
          value={meeting.date}
          onValue={(date) => set({ date })}
        />
        <TextField
          type="time"
          label={t("pane.meeting.time")}
          value={meeting.time}
          onValue={(time) => set({ time })}
        />
      </div>
      <TextField label={t("pane.meeting.place")} value={meeting.place} onValue={(place) => set({ place })} />
      <TextField
        label={t("pane.meeting.protocolNumber")}
        value={meeting.protocolNumber}
        onValue={(protocolNumber) => set({ protocolNumber })}
      />
      <TextField
        label={t("pane.meeting.chair")}
        value={meeting.chair?.name}
        onValue={(name) => set({ chair: { ...meeting.chair, name } })}
        autoComplete="name"
      />
      <TextField
        label={t("pane.meeting.secretary")}
        value={meeting.secretary?.name}
        onValue={(name) => set({ secretary: { ...meeting.secretary, name } })}
        autoComplete="name"
      />

      <div class="actions">
        <button type="button" class="secondary" disabled={!last} onClick={reuse}>
          {t("pane.meeting.reuse")}
        </button>
      </div>

      <RowList<Person>
        legend={t("pane.roster.employer")}
        rows={meeting.roster.employer}
        onChange={(employer) => setRoster({ employer })}
        blank={() => ({ name: "", title: "" })}
        addLabel={t("pane.roster.addEmployer")}
        render={(row, update, i) => (
          <>
            <TextField
              label={t("pane.roster.name", { number: i + 1 })}
              value={row.name}
              onValue={(name) => update({ ...row, name })}
            />
            <TextField
              label={t("pane.roster.title", { number: i + 1 })}
              value={row.title}
              onValue={(title) => update({ ...row, title })}
            />
          </>
        )}
      />
      <RowList<UnionRow>
        legend={t("pane.roster.unions")}
        rows={unionRows(meeting)}
        onChange={(rows) => setRoster({ unions: delegationsOf(rows) })}
        blank={() => ({ org: FIRST_UNION, name: "" })}
        addLabel={t("pane.roster.addUnion")}
        render={(row, update, i) => (
          <>
            <SelectField
              label={t("pane.roster.org", { number: i + 1 })}
              value={row.org}
              onValue={(org) => update({ ...row, org })}
              options={unionOrgs}
            />
            <TextField
              label={t("pane.roster.name", { number: i + 1 })}
              value={row.name}
              onValue={(name) => update({ ...row, name })}
            />
          </>
        )}
      />
      <RowList<Meeting["roster"]["absent"][number]>
        legend={t("pane.roster.absent")}
        rows={meeting.roster.absent}
        onChange={(absent) => setRoster({ absent })}
        blank={() => ({ org: "", name: "" })}
        addLabel={t("pane.roster.addAbsent")}
        render={(row, update, i) => (
          <>
            <SelectField
              label={t("pane.roster.org", { number: i + 1 })}
              value={row.org ?? ""}
              onValue={(org) => update({ ...row, org })}
              options={[{ value: "", label: t("pane.roster.noOrg") }, ...allOrgs]}
            />
            <TextField
              label={t("pane.roster.name", { number: i + 1 })}
              value={row.name}
              onValue={(name) => update({ ...row, name })}
            />
          </>
        )}
      />
      <RowList<Meeting["justerare"][number]>
        legend={t("pane.roster.justerare")}
        rows={meeting.justerare}
        onChange={(justerare) => set({ justerare })}
        blank={() => ({ org: EMPLOYER, name: "" })}
        addLabel={t("pane.roster.addJusterare")}
        render={(row, update, i) => (
          <>
            <SelectField
              label={t("pane.roster.party", { number: i + 1 })}
              value={row.org}
              onValue={(org) => update({ ...row, org })}
              options={allOrgs}
            />
            <TextField
              label={t("pane.roster.name", { number: i + 1 })}
              value={row.name}
              onValue={(name) => update({ ...row, name })}
            />
          </>
        )}
      />

      <p class={draft === "failed" ? "warning" : "hint"}>{t(`pane.meeting.draft.${draft}`)}</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t("pane.meeting.save")}
        </button>
      </div>
    </form>
  );
}
