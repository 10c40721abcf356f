import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { analyseMinutes } from "../analysis/analyse";
import type { Analysis } from "../analysis/types";
import { t } from "../i18n/i18n";
import { type Finding, reviewMinutes } from "../review/review";
import { type Command, UsageError } from "./command";

/** Minutes are a few hundred kilobytes; anything past this is not minutes and is refused before reading. */
const MAX_MINUTES_FILE_BYTES = 50 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".text"]);

function parseArgs(argv: readonly string[]): { file: string; json: boolean } {
  const json = argv.includes("--json");
  const rest = argv.filter((arg) => arg !== "--json");
  const unknownOption = rest.find((arg) => arg.startsWith("--"));
  if (unknownOption) throw new UsageError(t("analysis.cli.unknownOption", { option: unknownOption }));
  const [file, extra] = rest;
  if (file === undefined) throw new UsageError(t("analysis.cli.missingFile"));
  if (extra !== undefined) throw new UsageError(t("core.cli.unexpectedArgument", { arg: extra }));
  return { file, json };
}

function unreadable(file: string, reason: string): UsageError {
  return new UsageError(t("analysis.cli.unreadable", { file, reason }));
}

/** The minutes text of a .txt/.md (UTF-8) or .docx file; every failure is one Swedish line (exit 2). */
async function readMinutesText(file: string): Promise<string> {
  const extension = extname(file).toLowerCase();
  if (!TEXT_EXTENSIONS.has(extension) && extension !== ".docx") {
    throw unreadable(file, t("analysis.cli.unsupported"));
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw unreadable(file, t("analysis.cli.notFound"));
  if (info.size > MAX_MINUTES_FILE_BYTES) {
    throw unreadable(file, t("analysis.cli.tooLarge", { max: MAX_MINUTES_FILE_BYTES / (1024 * 1024) }));
  }
  const bytes = await readFile(file).catch(() => {
    throw unreadable(file, t("analysis.cli.notFound"));
  });
  if (extension === ".docx") {
    const { docxToText } = await import("../analysis/docx");
    return docxToText(bytes).catch(() => {
      throw unreadable(file, t("analysis.cli.notDocx"));
    });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw unreadable(file, t("analysis.cli.notText"));
  }
}

/** The JSON the issue specifies: exactly these keys, canonical organisation ids, null where unknown. */
function analysisJson(analysis: Analysis, findings: readonly Finding[]): string {
  return JSON.stringify(
    {
      sections: analysis.sections.map((s) => ({ title: s.title, group: s.group ?? null })),
      statements: analysis.statements.map((s) => ({
        org: s.org,
        section: s.sectionTitle ?? null,
        text: s.text,
      })),
      disagreements: analysis.disagreements.map((d) => ({
        orgs: d.orgs,
        section: d.sectionTitle ?? null,
        text: d.text,
      })),
      justering: analysis.justering.map((j) => ({ name: j.name, org: j.org, note: j.note })),
      findings: findings.map((f) => ({ kind: f.kind, message: f.message, section: f.section ?? null })),
    },
    null,
    2,
  );
}

function analysisText(analysis: Analysis, findings: readonly Finding[]): string {
  const lines = [
    t("analysis.cli.sections", { count: analysis.sections.length }),
    t("analysis.cli.statements", { count: analysis.statements.length }),
    t("analysis.cli.disagreements", { count: analysis.disagreements.length }),
    t("analysis.cli.justering", { count: analysis.justering.length }),
    "",
    findings.length === 0
      ? t("analysis.cli.noFindings")
      : t("analysis.cli.findings", { count: findings.length }),
    ...findings.map((f) => `- ${f.message} ${f.hint}`),
  ];
  return `${lines.join("\n")}\n`;
}

export const analyseCommand: Command = {
  summary: t("analysis.cli.summary"),
  usage: t("analysis.cli.usage"),
  async run(args, io) {
    const { file, json } = parseArgs(args);
    const analysis = analyseMinutes(await readMinutesText(file));
    const findings = reviewMinutes(analysis);
    io.out(json ? `${analysisJson(analysis, findings)}\n` : analysisText(analysis, findings));
    return 0;
  },
};
