import type { Agenda } from "../../model/meeting";
import { extractAgendaFromDocument, extractAgendaFromText } from "../extract";
import { htmlDocument } from "../node-html";

/** What the agenda tests read a page or a text with, and compare: each item's number, title and dnr. */
export const page = (body: string): Agenda =>
  extractAgendaFromDocument(
    htmlDocument(`<html><head><title></title></head><body>${body}</body></html>`),
    "https://www.kommun.example/",
  );

const rowsOf = (agenda: Agenda) => agenda.items.map((item) => [item.number, item.title, item.dnr]);

export const pageRows = (body: string) => rowsOf(page(body));
export const textRows = (text: string) => rowsOf(extractAgendaFromText(text));
