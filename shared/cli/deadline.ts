import { DEFAULT_CENTRAL_NEGOTIATION_RULE, lastDayAfter } from "../dates/deadline";
import { formatSwedishDate, weekdayName } from "../dates/format";
import { holidayName } from "../dates/holidays";
import { parseSwedishDate } from "../dates/parse";
import { t } from "../i18n/i18n";
import { type Command, UsageError } from "./command";

const MAX_DAYS = 365;

function parseDays(args: string[]): number {
  const at = args.indexOf("--days");
  if (at === -1) return DEFAULT_CENTRAL_NEGOTIATION_RULE.days;
  const written = args[at + 1] ?? "";
  const days = Number(written);
  if (!/^\d+$/.test(written) || days < 1 || days > MAX_DAYS) {
    throw new UsageError(t("core.cli.deadline.badDays", { value: written, max: MAX_DAYS }));
  }
  args.splice(at, 2);
  return days;
}

/** `deadline <datum> [--days N]`: the last day to request central negotiation after oenighet (MBL § 14). */
export const deadlineCommand: Command = {
  summary: t("core.cli.deadline.summary"),
  usage: "deadline <datum> [--days N]",
  run(argv, io) {
    const args = [...argv];
    const days = parseDays(args);
    const unknownOption = args.find((arg) => arg.startsWith("--"));
    if (unknownOption) throw new UsageError(t("core.cli.unknownOption", { option: unknownOption }));
    if (args.length === 0) throw new UsageError(t("core.cli.deadline.missingDate"));
    const written = args.join(" ");
    const endedOn = parseSwedishDate(written, { referenceYear: new Date().getFullYear() });
    if (!endedOn) throw new UsageError(t("core.cli.deadline.badDate", { value: written }));

    const { lastDay, movedFrom } = lastDayAfter(endedOn, days);
    const long = (iso: string) => formatSwedishDate(iso, { weekday: true });
    io.out(`${t("core.cli.deadline.lastDay", { date: long(lastDay) })}\n`);
    io.out(`${t("core.cli.deadline.counted", { days, from: formatSwedishDate(endedOn) })}\n`);
    if (movedFrom) {
      const why = holidayName(movedFrom) ?? weekdayName(movedFrom);
      io.out(`${t("core.cli.deadline.moved", { date: long(movedFrom), why })}\n`);
    }
    return 0;
  },
};
