// The agenda extractors that run in a page (content script) or in Node. PDF and DOCX live in `./pdf`
// and `./docx` so their libraries stay out of the content script.
export { extractAgendaFromDocument, extractAgendaFromSelection, extractAgendaFromText } from "./extract";
