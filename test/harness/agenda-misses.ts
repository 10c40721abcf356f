import type { Agenda } from "../../shared/model/meeting";
import { type AgendaKey, dnrForm, matchItems } from "./agenda-scoring";

/**
 * The misses of one document, in the scorer's matching: key items not found, found items no key item has, and
 * per matched item the dnr missed or extra and a wrong class or procedural flag.
 */
export function agendaMisses(agenda: Agenda, key: AgendaKey): string[] {
  const lines: string[] = [];
  const matched = matchItems(agenda, key);
  key.items.forEach((expected, k) => {
    const index = matched[k]!;
    if (index < 0) {
      lines.push(`  missed  ${expected.number ?? "-"} | ${expected.title} | ${expected.dnr.join("; ")}`);
      return;
    }
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
  });
  const used = new Set(matched);
  agenda.items.forEach((item, i) => {
    if (!used.has(i)) lines.push(`  extra   ${item.number ?? "-"} | ${item.title} | ${item.dnr.join("; ")}`);
  });
  return lines;
}
