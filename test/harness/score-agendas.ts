// Prints item, dnr, class and meta scores of the agenda extractor on the keyed sets:
//   npx tsx test/harness/score-agendas.ts [fixtures|blind|holdout ...] [--per-class] [--per-format] [--per-document] [--misses]
// --misses lists, per document, the key items not found, the found items no key has, and dnr/class/procedural misses.
// The held-out set is scored only when asked for by name.
import { join, resolve } from "node:path";
import { agendaFromFile } from "../../shared/cli/agenda";
import { agendaMisses } from "./agenda-misses";
import { AGENDA_SETS, perClass, perFormat, row, scoreFolders, totals } from "./agenda-sets";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/agenda");

const args = process.argv.slice(2);
const names = args.filter((arg) => !arg.startsWith("--")) as (keyof typeof AGENDA_SETS)[];
const sets = names.length > 0 ? names : (["fixtures", "blind"] as const);

for (const name of sets) {
  const folders = AGENDA_SETS[name];
  if (!folders) throw new Error(`Unknown set ${name}: one of ${Object.keys(AGENDA_SETS).join(", ")}`);
  const documents = await scoreFolders(folders);
  console.log(`\n${name} (${folders.join(", ")})`);
  console.table({ all: row(totals(documents)) });
  if (args.includes("--per-class")) {
    console.table(Object.fromEntries(Object.entries(perClass(documents)).map(([key, t]) => [key, row(t)])));
  }
  if (args.includes("--per-format")) {
    console.table(Object.fromEntries(Object.entries(perFormat(documents)).map(([key, t]) => [key, row(t)])));
  }
  if (args.includes("--per-document")) {
    console.table(
      Object.fromEntries(documents.map((doc) => [`${doc.folder}/${doc.key.source}`, row(totals([doc]))])),
    );
    for (const doc of documents.filter((d) => d.refused))
      console.log(`refused ${doc.key.source}: ${doc.refused}`);
  }
  if (args.includes("--misses")) {
    for (const doc of documents) {
      if (doc.refused) {
        console.log(`${doc.folder}/${doc.key.source} refused: ${doc.refused}`);
        continue;
      }
      const agenda = await agendaFromFile(join(FIXTURES, doc.folder, doc.key.source), doc.key.url);
      const lines = agendaMisses(agenda, doc.key);
      if (lines.length > 0) console.log(`${doc.folder}/${doc.key.source}`);
      for (const line of lines) console.log(line);
    }
  }
}
