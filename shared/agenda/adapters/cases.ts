import { readFileSync } from "node:fs";
import type { Agenda } from "../../model/meeting";
import { htmlDocument } from "../node-html";

/** The recorded test cases beside the adapters (written from each platform's documented structure). */
const read = (name: string): string => readFileSync(new URL(`./cases/${name}`, import.meta.url), "utf8");

export const casePage = (name: string): Document => htmlDocument(read(name));
export const caseJson = (name: string): unknown => JSON.parse(read(name));

/** Number, title and dnr of each item, for comparing with the case's expected list. */
export const itemRows = (agenda: Agenda) => agenda.items.map((item) => [item.number, item.title, item.dnr]);
