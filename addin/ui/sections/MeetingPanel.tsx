import { t } from "../../../shared/i18n/i18n";
import { MEETING_TYPES, type Meeting, type MeetingType } from "../../../shared/model/meeting";
import { placeholdersOf } from "../../../shared/templates/placeholders";
import { SelectField, TextField } from "../components/fields";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import { type DraftState, loadLastMeeting, reuseFromLast, saveLastMeeting } from "../meeting/draft";
import { JusteringFields } from "../meeting/JusteringFields";
import { NegotiationFields } from "../meeting/Negotiation";
import { normaliseMeeting } from "../meeting/normalise";
import { RosterFields } from "../meeting/RosterFields";
import type { PaneState } from "../pane-state";

interface MeetingPanelProps extends PaneState {
  draft: DraftState;
  onSaved(): void;
}

export function MeetingPanel({ meeting, setMeeting, template, draft, onSaved }: MeetingPanelProps) {
  const pane = usePane();
  const { busy, run } = useOperation();
  const last = loadLastMeeting(meeting);
  const set = (patch: Partial<Meeting>) => setMeeting((current) => ({ ...current, ...patch }));
  // A field is asked only when the template writes it somewhere: nothing typed here goes unused.
  const writes = placeholdersOf(template);
  const asks = (...names: string[]) => names.some((name) => writes.has(name));
  // The negotiation's outcome fills {utfall} and {avslutad}: asked for wherever the template uses them.
  const negotiation = meeting.type === "mbl-forhandling" || asks("utfall", "avslutad");
  const typeName = (type: MeetingType) => t(`pane.meetingType.${type}`);

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
        options={MEETING_TYPES.map((type) => ({ value: type, label: typeName(type) }))}
      />
      <p class="hint">
        {template.meetingType === meeting.type
          ? t("pane.meeting.template", { name: template.name })
          : t("pane.meeting.noTemplateForType", { type: typeName(meeting.type), name: template.name })}
      </p>
      {asks("grupp") && (
        <TextField
          label={t("pane.meeting.groupName")}
          value={meeting.groupName}
          onValue={(groupName) => set({ groupName })}
        />
      )}
      {asks("förvaltning") && (
        <TextField
          label={t("pane.meeting.forvaltning")}
          value={meeting.forvaltning}
          onValue={(forvaltning) => set({ forvaltning })}
        />
      )}
      {asks("nämnd") && (
        <TextField
          label={t("pane.meeting.committee")}
          value={meeting.committee}
          onValue={(committee) => set({ committee })}
        />
      )}
      <div class="pair">
        <TextField
          type="date"
          required
          label={t("pane.meeting.date")}
          value={meeting.date}
          onValue={(date) => set({ date })}
        />
        {asks("tid") && (
          <TextField
            type="time"
            label={t("pane.meeting.time")}
            value={meeting.time}
            onValue={(time) => set({ time })}
          />
        )}
      </div>
      {asks("plats") && (
        <TextField
          label={t("pane.meeting.place")}
          value={meeting.place}
          onValue={(place) => set({ place })}
        />
      )}
      {asks("nr") && (
        <TextField
          label={t("pane.meeting.protocolNumber")}
          value={meeting.protocolNumber}
          onValue={(protocolNumber) => set({ protocolNumber })}
        />
      )}
      {asks("ordförande") && (
        <TextField
          label={t("pane.meeting.chair")}
          value={meeting.chair?.name}
          onValue={(name) => set({ chair: { ...meeting.chair, name } })}
          autoComplete="name"
        />
      )}
      {asks("sekreterare") && (
        <TextField
          label={t("pane.meeting.secretary")}
          value={meeting.secretary?.name}
          onValue={(name) => set({ secretary: { ...meeting.secretary, name } })}
          autoComplete="name"
        />
      )}

      <div class="actions">
        <button type="button" class="secondary" disabled={!last} onClick={reuse}>
          {t("pane.meeting.reuse")}
        </button>
      </div>

      <RosterFields meeting={meeting} setMeeting={setMeeting} />
      {asks("justeringsdag", "synpunkter_senast") && (
        <JusteringFields meeting={meeting} setMeeting={setMeeting} />
      )}
      {negotiation && <NegotiationFields meeting={meeting} setMeeting={setMeeting} />}

      <p class={draft === "failed" ? "warning" : "hint"}>{t(`pane.meeting.draft.${draft}`)}</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t("pane.meeting.save")}
        </button>
      </div>
    </form>
  );
}
