import { t } from "../../../shared/i18n/i18n";
import { EMPLOYER, type Meeting, type OrgId, type Person } from "../../../shared/model/meeting";
import { orgOptions, SelectField, TextField } from "../components/fields";
import { RowList } from "../components/RowList";
import type { PaneState } from "../pane-state";

/** One union representative per row. */
interface UnionRow {
  org: OrgId;
  person: Person;
}

function unionRows(meeting: Meeting): UnionRow[] {
  return meeting.roster.unions.flatMap((d) => d.people.map((person) => ({ org: d.org, person })));
}

/**
 * While the user edits, each row is a delegation of its own, so a row never moves when another is added or
 * its organisation changes; saving (`normaliseMeeting`) and the minutes merge them per union.
 */
const delegationsOf = (rows: readonly UnionRow[]) =>
  rows.map((row) => ({ org: row.org, people: [row.person] }));

const FIRST_UNION = orgOptions("unions")[0]?.value ?? "kommunal";

/** A row's number, read with each of its fields' labels by assistive technology only: ", rad 2". */
const rowLabel = (index: number) => t("pane.roster.row", { number: index + 1 });

type RosterFieldsProps = Pick<PaneState, "meeting" | "setMeeting">;

interface OrgAndNameProps {
  orgLabel: string;
  org: string;
  name: string | undefined;
  options: ReturnType<typeof orgOptions>;
  index: number;
  onOrg(org: string): void;
  onName(name: string): void;
}

/** A row of an organisation and a person: a union's representative, an apology, a justerare. */
function OrgAndName({ orgLabel, org, name, options, index, onOrg, onName }: OrgAndNameProps) {
  return (
    <>
      <SelectField
        label={orgLabel}
        hiddenLabel={rowLabel(index)}
        value={org}
        onValue={onOrg}
        options={options}
      />
      <TextField label={t("pane.roster.name")} hiddenLabel={rowLabel(index)} value={name} onValue={onName} />
    </>
  );
}

/** Who was there for each side, who sent apologies, and who approves the minutes. */
export function RosterFields({ meeting, setMeeting }: RosterFieldsProps) {
  const setRoster = (patch: Partial<Meeting["roster"]>) =>
    setMeeting((current) => ({ ...current, roster: { ...current.roster, ...patch } }));
  const unionOrgs = orgOptions("unions");
  const allOrgs = orgOptions("all");

  return (
    <>
      <RowList<Person>
        legend={t("pane.roster.employer")}
        rows={meeting.roster.employer}
        onChange={(employer) => setRoster({ employer })}
        blank={() => ({ name: "", title: "" })}
        addLabel={t("pane.roster.addEmployer")}
        render={(row, update, i) => (
          <>
            <TextField
              label={t("pane.roster.name")}
              hiddenLabel={rowLabel(i)}
              value={row.name}
              onValue={(name) => update({ ...row, name })}
            />
            <TextField
              label={t("pane.roster.title")}
              hiddenLabel={rowLabel(i)}
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
        blank={() => ({ org: FIRST_UNION, person: { name: "" } })}
        addLabel={t("pane.roster.addUnion")}
        render={(row, update, i) => (
          <OrgAndName
            orgLabel={t("pane.roster.org")}
            org={row.org}
            name={row.person.name}
            options={unionOrgs}
            index={i}
            onOrg={(org) => update({ ...row, org })}
            onName={(name) => update({ ...row, person: { ...row.person, name } })}
          />
        )}
      />
      <RowList<Meeting["roster"]["absent"][number]>
        legend={t("pane.roster.absent")}
        rows={meeting.roster.absent}
        onChange={(absent) => setRoster({ absent })}
        blank={() => ({ org: "", name: "" })}
        addLabel={t("pane.roster.addAbsent")}
        render={(row, update, i) => (
          <OrgAndName
            orgLabel={t("pane.roster.org")}
            org={row.org ?? ""}
            name={row.name}
            options={[{ value: "", label: t("pane.roster.noOrg") }, ...allOrgs]}
            index={i}
            onOrg={(org) => update({ ...row, org })}
            onName={(name) => update({ ...row, name })}
          />
        )}
      />
      <RowList<Meeting["justerare"][number]>
        legend={t("pane.roster.justerare")}
        rows={meeting.justerare}
        onChange={(justerare) => setMeeting((current) => ({ ...current, justerare }))}
        blank={() => ({ org: EMPLOYER, name: "" })}
        addLabel={t("pane.roster.addJusterare")}
        render={(row, update, i) => (
          <OrgAndName
            orgLabel={t("pane.roster.party")}
            org={row.org}
            name={row.name}
            options={allOrgs}
            index={i}
            onOrg={(org) => update({ ...row, org })}
            onName={(name) => update({ ...row, name })}
          />
        )}
      />
    </>
  );
}
