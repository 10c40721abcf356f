import type { Agenda } from "../../shared/model/meeting";
import { type AgendaKey, dnrForm, numberForm, titleForm } from "./agenda-scoring";

/**
 * The misses of one document, in the scorer's matching: key items not found, found items no key item has, and
 * per matched item the dnr missed or extra and a wrong class or procedural flag.
 */
export function agendaMisses(agenda: Agenda, key: AgendaKey): string[] {
  const lines: string[] = [];
  const used = new Set<number>();
  let from = 0;
  for (const expected of key.items) {
    const index = agenda.items.findIndex(
      (item, i) =>
        i >= from &&
        !used.has(i) &&
        titleForm(item.title) === titleForm(expected.title) &&
        (expected.number === null || numberForm(item.number) === numberForm(expected.number)),
    );
    if (index < 0) {
      lines.push(`  missed  ${expected.number ?? "-"} | ${expected.title} | ${expected.dnr.join("; ")}`);
      continue;
    }
    used.add(index);
    from = index + 1;
    const found = agenda.items[index]!;
    const foundDnr = new Set(found.dnr.map(dnrForm));
    const keyDnr = new Set(expected.dnr.map(dnrForm));
    const missed = expected.dnr.filter((dnr) => !foundDnr.has(dnrForm(dnr)));
    const extra = found.dnr.filter((dnr) => !keyDnr.has(dnrForm(dnr)));
    if (missed.length || extra.length)
      lines.push(
        `  dnr     ${expected.number ?? "-"} | missed [${missed.join("; ")}] extra [${extra.join("; ")}]`,
      );
    if ((found.mbl ?? null) !== expected.class)
      lines.push(`  class   ${expected.number ?? "-"} | key ${expected.class} found ${found.mbl ?? null}`);
    if (found.procedural !== expected.procedural)
      lines.push(`  proc    ${expected.number ?? "-"} | key ${expected.procedural} | ${expected.title}`);
  }
  agenda.items.forEach((item, i) => {
    if (!used.has(i)) lines.push(`  extra   ${item.number ?? "-"} | ${item.title} | ${item.dnr.join("; ")}`);
  });
  return lines;
}
