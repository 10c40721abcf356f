import { useState } from "preact/hooks";
import { type MessageKey, t } from "../../../shared/i18n/i18n";
import { MEETING_TYPES, type Meeting, type MeetingType } from "../../../shared/model/meeting";
import { placeholdersOf } from "../../../shared/templates/placeholders";
import { ActionButton } from "../../../shared/ui/ActionButton";
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

/** A field of the form, asked when the template writes its placeholder. */
interface AskedField {
  placeholder: string;
  label: MessageKey;
  value(meeting: Meeting): string | undefined;
  patch(meeting: Meeting, value: string): Partial<Meeting>;
  type?: "time";
  autoComplete?: string;
}

const textField = (placeholder: string, label: MessageKey, key: keyof Meeting & string): AskedField => ({
  placeholder,
  label,
  value: (meeting) => meeting[key] as string | undefined,
  patch: (_meeting, value) => ({ [key]: value }),
});

const personField = (placeholder: string, label: MessageKey, key: "chair" | "secretary"): AskedField => ({
  placeholder,
  label,
  value: (meeting) => meeting[key]?.name,
  patch: (meeting, name) => ({ [key]: { ...meeting[key], name } }),
  autoComplete: "name",
});

// In the form's order: who meets, when, where, and who leads and writes.
const HEADER_FIELDS = [
  textField("grupp", "pane.meeting.groupName", "groupName"),
  textField("förvaltning", "pane.meeting.forvaltning", "forvaltning"),
  textField("nämnd", "pane.meeting.committee", "committee"),
];
const TIME_FIELD = [{ ...textField("tid", "pane.meeting.time", "time"), type: "time" as const }];
const PLACE_FIELDS = [
  textField("plats", "pane.meeting.place", "place"),
  textField("nr", "pane.meeting.protocolNumber", "protocolNumber"),
];
const PEOPLE_FIELDS = [
  personField("ordförande", "pane.meeting.chair", "chair"),
  personField("sekreterare", "pane.meeting.secretary", "secretary"),
];

export function MeetingPanel({ meeting, setMeeting, template, draft, onSaved }: MeetingPanelProps) {
  const pane = usePane();
  const { busy, run } = useOperation();
  const [rosterKept, setRosterKept] = useState(false);
  const last = loadLastMeeting(meeting);
  const set = (patch: Partial<Meeting>) => setMeeting((current) => ({ ...current, ...patch }));
  // A field is asked only when the template writes it somewhere: nothing typed here goes unused.
  const writes = placeholdersOf(template);
  const asks = (...names: string[]) => names.some((name) => writes.has(name));
  // The negotiation's outcome fills {utfall} and {avslutad}: asked for wherever the template uses them.
  const negotiation = meeting.type === "mbl-forhandling" || asks("utfall", "avslutad");
  const typeName = (type: MeetingType) => t(`pane.meetingType.${type}`);
  const fieldsAsked = (fields: readonly AskedField[]) =>
    fields
      .filter((field) => asks(field.placeholder))
      .map((field) => (
        <TextField
          key={field.placeholder}
          type={field.type}
          label={t(field.label)}
          value={field.value(meeting)}
          onValue={(value) => set(field.patch(meeting, value))}
          autoComplete={field.autoComplete}
        />
      ));

  async function save(event: Event) {
    event.preventDefault();
    const clean = normaliseMeeting(meeting);
    const done = await run((ops) => ops.saveMeeting(clean));
    if (!done.ok) return;
    // Närvarande or justerare the secretary edited in the document are kept: she is told (and offered to
    // replace Närvarande, whose list is long; the justerare she corrects in the document by hand).
    const { rosterKept, rosterByHand, justerareKept } = done.result;
    const roster =
      rosterKept > 0
        ? t("pane.meeting.savedRosterKept")
        : rosterByHand > 0
          ? t("pane.meeting.savedRosterByHand")
          : "";
    if (roster) pane.note(justerareKept > 0 ? `${roster} ${t("pane.meeting.justerareKeptToo")}` : roster);
    else if (justerareKept > 0) pane.note(t("pane.meeting.savedJusterareKept"));
    else pane.announce(t("pane.meeting.saved"));
    setRosterKept(rosterKept > 0);
    saveLastMeeting(clean);
    onSaved();
  }

  async function replaceRoster() {
    const clean = normaliseMeeting(meeting);
    const done = await run(
      (ops) => ops.saveMeeting(clean, { replaceRoster: true }),
      () => t("pane.meeting.rosterReplaced"),
    );
    if (!done.ok) return;
    setRosterKept(false);
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
      {fieldsAsked(HEADER_FIELDS)}
      <div class="pair">
        <TextField
          type="date"
          required
          label={t("pane.meeting.date")}
          value={meeting.date}
          onValue={(date) => set({ date })}
        />
        {fieldsAsked(TIME_FIELD)}
      </div>
      {fieldsAsked(PLACE_FIELDS)}
      {fieldsAsked(PEOPLE_FIELDS)}

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

      {rosterKept && (
        <div class="stack">
          <p class="hint">{t("pane.meeting.replaceRosterHint")}</p>
          <div class="actions">
            <ActionButton tone="secondary" disabled={busy} onClick={replaceRoster}>
              {t("pane.meeting.replaceRoster")}
            </ActionButton>
          </div>
        </div>
      )}
      <div class="savebar">
        <p class={draft === "failed" ? "warning" : "hint"}>{t(`pane.meeting.draft.${draft}`)}</p>
        <div class="actions">
          <ActionButton tone="primary" type="submit" disabled={busy}>
            {t("pane.meeting.save")}
          </ActionButton>
        </div>
      </div>
    </form>
  );
}
