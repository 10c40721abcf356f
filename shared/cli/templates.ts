import { t } from "../i18n/i18n";
import { exportTemplate } from "../templates/io";
import { builtinTemplates, flattenSections, templateById } from "../templates/registry";
import type { TemplateSection } from "../templates/types";
import { type Command, UsageError } from "./command";

export const templatesCommand: Command = {
  summary: t("core.cli.templates.summary"),
  usage: "templates",
  run(args, io) {
    if (args.length > 0) throw new UsageError(t("core.cli.unexpectedArgument", { arg: args[0] as string }));
    const width = Math.max(...builtinTemplates.map((template) => template.id.length));
    for (const template of builtinTemplates) io.out(`${template.id.padEnd(width)}  ${template.name}\n`);
    return 0;
  },
};

function outline(sections: readonly TemplateSection[], depth = 0): string[] {
  return sections.flatMap((section) => [
    `${"  ".repeat(depth)}${section.number ? `${section.number} ` : ""}${section.title}${
      section.holdsStatements ? " *" : ""
    }`,
    ...outline(section.children ?? [], depth + 1),
  ]);
}

export const templateCommand: Command = {
  summary: t("core.cli.template.summary"),
  usage: "template <id> [--json]",
  run(args, io) {
    const json = args.includes("--json");
    const rest = args.filter((arg) => arg !== "--json");
    const unknownOption = rest.find((arg) => arg.startsWith("-"));
    if (unknownOption) throw new UsageError(t("core.cli.unknownOption", { option: unknownOption }));
    if (rest.length === 0) throw new UsageError(t("core.cli.template.missingId"));
    if (rest.length > 1) throw new UsageError(t("core.cli.unexpectedArgument", { arg: rest[1] as string }));
    const id = rest[0] as string;
    const template = templateById(id);
    if (!template) {
      throw new UsageError(
        t("core.cli.template.unknown", { id, ids: builtinTemplates.map((known) => known.id).join(", ") }),
      );
    }
    if (json) {
      io.out(exportTemplate(template));
      return 0;
    }
    io.out(`${template.name}\n${template.title}\n\n${outline(template.sections).join("\n")}\n`);
    if (flattenSections(template.sections).some((section) => section.holdsStatements)) {
      io.out(`\n${t("core.cli.template.statementsNote", { heading: template.statementsHeading })}\n`);
    }
    return 0;
  },
};
