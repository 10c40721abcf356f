import type { Meeting, Person } from "../../../shared/model/meeting";
import { mergedDelegations } from "../../../shared/model/roster";

const clean = (text: string | undefined) => text?.trim() || undefined;

function person(p: Person): Person {
  const title = clean(p.title);
  return title ? { name: p.name.trim(), title } : { name: p.name.trim() };
}

/**
 * The meeting as it is saved: names trimmed, empty rows (added but never filled in) dropped, so the
 * document never gets a blank roster line or a justerare without a name; each union's rows as one delegation.
 */
export function normaliseMeeting(meeting: Meeting): Meeting {
  const named = (p: Person) => p.name.trim() !== "";
  return {
    ...meeting,
    chair: meeting.chair && named(meeting.chair) ? person(meeting.chair) : undefined,
    secretary: meeting.secretary && named(meeting.secretary) ? person(meeting.secretary) : undefined,
    roster: {
      employer: meeting.roster.employer.filter(named).map(person),
      unions: mergedDelegations(meeting.roster.unions)
        .map((delegation) => ({ org: delegation.org, people: delegation.people.filter(named).map(person) }))
        .filter((delegation) => delegation.people.length > 0),
      absent: meeting.roster.absent
        .map((entry) => ({ org: entry.org || undefined, name: clean(entry.name) }))
        .filter((entry) => entry.org || entry.name),
    },
    justerare: meeting.justerare
      .filter((entry) => entry.name.trim() !== "")
      .map((entry) => ({ ...entry, name: entry.name.trim() })),
  };
}
