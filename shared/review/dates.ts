import type { DateMention } from "../analysis/types";
import { dayOfWeek } from "../dates/calendar";
import { formatSwedishDate, weekdayName } from "../dates/format";
import { t } from "../i18n/i18n";
import type { IsoDate } from "../model/meeting";
import type { DocumentModel } from "./document-model";
import type { Finding } from "./types";

const show = (date: IsoDate) => formatSwedishDate(date);

/**
 * Dates that disagree: the meeting date in the heading against "Tidpunkt"/"Datum", a page-header date
 * before the meeting, weekdays that do not match their date, a justering or a deadline before the meeting,
 * and a justering before the last day for comments.
 */
export function reviewDates(model: DocumentModel): Finding[] {
  const { analysis } = model;
  const where = (mention: DateMention): Pick<Finding, "section" | "paragraph" | "target"> => {
    const item = model.itemAt(mention.paragraph);
    return {
      ...(item ? { section: item.title } : {}),
      paragraph: mention.paragraph,
      ...(item?.markId ? { target: item.markId } : {}),
    };
  };
  const findings: Finding[] = [];
  const title = analysis.dates.find((d) => d.role === "title");
  const meeting = analysis.dates.find((d) => d.role === "meeting");
  if (title && meeting && title.date !== meeting.date) {
    findings.push({
      kind: "date-mismatch",
      message: t("analysis.finding.dateMismatch", {
        first: t("analysis.place.title"),
        firstDate: show(title.date),
        second: t("analysis.place.meeting"),
        secondDate: show(meeting.date),
      }),
      hint: t("analysis.hint.dateMismatch"),
      paragraph: meeting.paragraph,
    });
  }
  const reference = (title ?? meeting)?.date ?? null;
  for (const mention of analysis.dates) {
    for (const finding of mentionFindings(mention, reference))
      findings.push({ ...finding, ...where(mention) });
  }
  const justering = analysis.dates.find((d) => d.role === "justering");
  const deadline = analysis.dates.find((d) => d.role === "deadline");
  if (justering && deadline && justering.date < deadline.date) {
    findings.push({
      kind: "justering-before-deadline",
      message: t("analysis.finding.justeringBeforeDeadline", {
        justering: show(justering.date),
        deadline: show(deadline.date),
      }),
      hint: t("analysis.hint.justeringBeforeDeadline"),
      ...where(justering),
    });
  }
  return findings;
}

/** What is wrong with one date: a weekday that does not fit it, or a date that should not come before the meeting. */
function mentionFindings(mention: DateMention, reference: IsoDate | null): Omit<Finding, "section">[] {
  const findings: Omit<Finding, "section">[] = [];
  if (mention.weekday !== null && mention.weekday !== dayOfWeek(mention.date)) {
    findings.push({
      kind: "weekday-mismatch",
      message: t("analysis.finding.weekdayMismatch", {
        text: mention.text,
        date: show(mention.date),
        weekday: weekdayName(mention.date),
      }),
      hint: t("analysis.hint.weekdayMismatch"),
    });
  }
  if (!reference || mention.date >= reference) return findings;
  if (mention.role === "document") {
    findings.push({
      kind: "document-date-before-meeting",
      message: t("analysis.finding.documentDateBeforeMeeting", {
        date: show(mention.date),
        meeting: show(reference),
      }),
      hint: t("analysis.hint.documentDateBeforeMeeting"),
    });
  }
  if (mention.role === "deadline" || mention.role === "justering") {
    findings.push({
      kind: "deadline-before-meeting",
      message: t("analysis.finding.deadlineBeforeMeeting", {
        text: mention.text,
        date: show(mention.date),
        meeting: show(reference),
      }),
      hint: t("analysis.hint.deadlineBeforeMeeting"),
    });
  }
  return findings;
}
