import { readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extractAgendaFromDocument, extractAgendaFromText } from "../agenda";
import { agendaFromPortalJson } from "../agenda/adapters/json";
import { decodeHtml, decodeText, looksBinary } from "../agenda/charset";
import { AgendaReadError } from "../agenda/errors";
import { htmlDocument } from "../agenda/node-html";
import { noticeText } from "../agenda/notice-text";
import { t } from "../i18n/i18n";
import type { Agenda, AgendaItem } from "../model/meeting";
import { type Command, UsageError } from "./command";

/** Larger files are refused before reading: a real agenda is a few hundred kilobytes. */
const MAX_AGENDA_FILE_BYTES = 50 * 1024 * 1024;

type Kind = "html" | "pdf" | "docx" | "text" | "json";
const KINDS: Record<string, Kind> = {
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
  ".docx": "docx",
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".markdown": "text",
  ".json": "json",
};

/** The usage line: every format the command reads. */
const AGENDA_USAGE = "agenda <fil.html|.htm|.pdf|.docx|.txt|.md|.json> [--json] [--url <adress>]";

interface Options {
  file: string;
  json: boolean;
  url: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const args = [...argv];
  let url: string | null = null;
  const at = args.indexOf("--url");
  if (at !== -1) {
    url = args[at + 1] ?? "";
    if (!/^https?:\/\/\S+$/i.test(url) || !URL.canParse(url)) throw new UsageError(t("agenda.cli.badUrl"));
    args.splice(at, 2);
  }
  const json = args.includes("--json");
  const rest = args.filter((arg) => arg !== "--json");
  const unknownOption = rest.find((arg) => arg.startsWith("--"));
  if (unknownOption) throw new UsageError(t("core.cli.unknownOption", { option: unknownOption }));
  const [file, extra] = rest;
  if (file === undefined) throw new UsageError(t("agenda.cli.missingFile"));
  if (extra !== undefined) throw new UsageError(t("core.cli.unexpectedArgument", { arg: extra }));
  return { file, json, url };
}

async function readAgendaFile(file: string): Promise<Buffer> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new UsageError(t("agenda.cli.notFound", { file }));
  if (!info.isFile()) throw new UsageError(t("agenda.cli.notAFile", { file }));
  if (info.size > MAX_AGENDA_FILE_BYTES) {
    const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
    throw new UsageError(
      t("agenda.cli.tooLarge", { file, size: mb(info.size), max: mb(MAX_AGENDA_FILE_BYTES) }),
    );
  }
  try {
    return await readFile(file);
  } catch {
    throw new UsageError(t("agenda.cli.unreadable", { file }));
  }
}

/** Text of an HTML or text file; refused when the bytes are no text (a renamed image, random data). */
function textOf(bytes: Buffer, file: string, decode: (bytes: Uint8Array) => string): string {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (!bom && looksBinary(bytes)) throw new UsageError(t("agenda.cli.notText", { file }));
  return decode(bytes);
}

function agendaOfJson(text: string, file: string, pageUrl: string | null): Agenda {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(t("agenda.cli.notJson", { file }));
  }
  const agenda = agendaFromPortalJson(value, pageUrl);
  if (!agenda) throw new UsageError(t("agenda.cli.unknownJson", { file }));
  return agenda;
}

async function agendaOf(
  kind: Kind,
  bytes: Buffer,
  file: string,
  pageUrl: string,
  given: string | null,
): Promise<Agenda> {
  switch (kind) {
    case "html":
      return extractAgendaFromDocument(htmlDocument(textOf(bytes, file, decodeHtml)), pageUrl);
    case "text":
      return extractAgendaFromText(textOf(bytes, file, decodeText));
    case "json":
      return agendaOfJson(textOf(bytes, file, decodeText), file, given);
    case "pdf": {
      const { agendaFromPdf } = await import("../agenda/pdf");
      return agendaFromPdf(bytes).catch((error: unknown) => {
        // A scanned PDF is readable but has no text: say so, not "damaged".
        if (error instanceof AgendaReadError && error.key !== "agenda.error.notPdf")
          throw new UsageError(t("agenda.cli.pdfRefused", { file, reason: error.message }));
        throw new UsageError(t("agenda.cli.unreadablePdf", { file }));
      });
    }
    case "docx": {
      const { agendaFromDocx } = await import("../agenda/docx");
      return agendaFromDocx(bytes, { parseHtml: htmlDocument }).catch((error: unknown) => {
        if (error instanceof AgendaReadError && error.key !== "agenda.error.notDocx")
          throw new UsageError(t("agenda.cli.docxRefused", { file, reason: error.message }));
        throw new UsageError(t("agenda.cli.unreadableDocx", { file }));
      });
    }
  }
}

/** The JSON the issue specifies: exactly these keys, in this order, null where unknown. */
function agendaJson(agenda: Agenda): string {
  const item = ({ number, title, dnr, mbl, procedural, links }: AgendaItem) => ({
    number,
    title,
    dnr,
    mbl,
    procedural,
    links: links.map(({ text, href }) => ({ text, href })),
  });
  return JSON.stringify(
    {
      items: agenda.items.map(item),
      committee: agenda.committee,
      meetingDate: agenda.meetingDate,
      ...(agenda.notices?.length ? { notices: agenda.notices } : {}),
    },
    null,
    2,
  );
}

function agendaText(agenda: Agenda): string {
  const unknown = t("agenda.cli.unknown");
  const lines = [
    t("agenda.cli.committee", { committee: agenda.committee ?? unknown }),
    t("agenda.cli.meetingDate", { date: agenda.meetingDate ?? unknown }),
    t("agenda.cli.count", { count: agenda.items.length }),
    ...(agenda.notices ?? []).map((notice) => noticeText(notice)),
    "",
  ];
  if (agenda.items.length === 0 && !agenda.notices?.length) lines.push(t("agenda.noItems"));
  for (const item of agenda.items) {
    const extras = [
      item.dnr.length > 0 ? t("agenda.cli.dnr", { dnr: item.dnr.join(", ") }) : null,
      item.mbl ? t(`agenda.mbl.${item.mbl}`) : null,
    ].filter(Boolean);
    lines.push(`${item.number ?? "–"}\t${item.title}${extras.length ? ` (${extras.join(", ")})` : ""}`);
    for (const link of item.links) lines.push(`\t  ${link.text} <${link.href}>`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The agenda of a file as the `agenda` command reads it (by its extension); refusals are `UsageError`s
 * with a Swedish line. `pageUrl` is the address the file was saved from, for relative links.
 */
export async function agendaFromFile(file: string, pageUrl: string | null): Promise<Agenda> {
  const ext = extname(file).toLowerCase();
  const kind = KINDS[ext];
  if (!kind) throw new UsageError(t("agenda.cli.unsupported", { ext: ext || file }));
  const bytes = await readAgendaFile(file);
  // Relative links resolve against the page; without it they point into the file system and are dropped.
  return agendaOf(kind, bytes, file, pageUrl ?? pathToFileURL(resolve(file)).href, pageUrl);
}

/** `agenda <file> [--json] [--url <page>]`: the agenda items of a file. */
export const agendaCommand: Command = {
  summary: t("agenda.cli.summary"),
  usage: AGENDA_USAGE,
  async run(argv, io) {
    const { file, json, url } = parseArgs(argv);
    const agenda = await agendaFromFile(file, url);
    io.out(json ? `${agendaJson(agenda)}\n` : agendaText(agenda));
    return 0;
  },
};
