import { useState } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import { textOf, userMessage } from "../../../shared/i18n/message";
import type { TemplateImport } from "../../../shared/templates/io";
import { exportTemplate, TEMPLATE_LIMITS } from "../../../shared/templates/limits";
import { displayText } from "../../../shared/templates/placeholders";
import { flattenSections } from "../../../shared/templates/registry";
import type { Template } from "../../../shared/templates/types";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { SelectField } from "../components/fields";
import { downloadText } from "../components/files";
import { JsonFileButton } from "../components/JsonFileButton";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import { ReadMinutes } from "../existing/ReadMinutes";
import { normaliseMeeting } from "../meeting/normalise";
import type { PaneState } from "../pane-state";
import { rememberImported } from "../templates";

interface TemplatesPanelProps extends PaneState {
  templates: Template[];
  imported: Template[];
  onChoose(id: string): void;
  onImported(imported: Template[]): void;
}

export function TemplatesPanel(props: TemplatesPanelProps) {
  const { template, templates, meeting, refreshIndex } = props;
  const pane = usePane();
  const { busy, run } = useOperation();
  // Every new minutes lists who attends (Närvarande), written when they are created, never again on save.
  const { roster } = normaliseMeeting(meeting);
  const askForRoster = roster.employer.length === 0 && roster.unions.length === 0;
  const sections = flattenSections(template.sections);
  const [sectionId, setSectionId] = useState("");
  const section = sections.find((each) => each.id === sectionId) ?? sections[0];

  async function createMinutes() {
    const done = await run(
      (ops) => ops.newMinutes(template, normaliseMeeting(meeting)),
      () => t("pane.templates.created", { name: template.name }),
    );
    if (done.ok) await refreshIndex();
  }

  async function insertSection() {
    if (!section) return;
    const done = await run(
      // With the template and meeting the section's placeholders ({date}, {committee}, …) are filled in.
      (ops) => ops.insertSection(section, template, normaliseMeeting(meeting)),
      () => t("pane.templates.sectionInserted", { title: displayText(section.title, meeting) }),
    );
    if (done.ok) await refreshIndex();
  }

  // The validator loads with the first file chosen: importing a template is rare, starting the pane is not.
  async function importFile(text: string | null, file: File) {
    let result: TemplateImport;
    if (text === null) {
      const max = TEMPLATE_LIMITS.bytes / 1024;
      result = { ok: false, problem: userMessage("core.template.fileTooLarge", { max }), details: [] };
    } else {
      try {
        result = (await import("../../../shared/templates/io")).importTemplate(text);
      } catch (error) {
        // The pane's own code could not be fetched (the network went away): said as any other failure.
        pane.fail(error);
        return;
      }
    }
    if (!result.ok) {
      const problem = { ...result.problem, params: { ...result.problem.params, file: file.name } };
      pane.alert(textOf(problem), result.details);
      return;
    }
    const next = rememberImported(props.imported, result.template);
    if (!next) {
      pane.alert(t("pane.storage.full"));
      return;
    }
    props.onImported(next);
    props.onChoose(result.template.id);
    pane.announce(t("pane.templates.imported", { name: result.template.name }));
  }

  return (
    <section class="stack" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t("pane.templates.heading")}</h2>
      <SelectField
        label={t("pane.templates.template")}
        value={template.id}
        onValue={props.onChoose}
        options={templates.map((each) => ({ value: each.id, label: each.name }))}
      />
      {template.description && <p class="hint">{template.description}</p>}
      {askForRoster && <p class="hint">{t("pane.templates.rosterFirst")}</p>}
      {(props.index?.sections.length ?? 0) > 0 && <p class="hint">{t("pane.templates.alreadyHasMinutes")}</p>}
      <div class="actions">
        <ActionButton tone="primary" disabled={busy} onClick={createMinutes}>
          {t("pane.templates.create")}
        </ActionButton>
      </div>

      <ReadMinutes refreshIndex={refreshIndex} />

      <h3>{t("pane.templates.sectionHeading")}</h3>
      <SelectField
        label={t("pane.templates.section")}
        value={section?.id ?? ""}
        onValue={setSectionId}
        options={sections.map((each) => {
          const title = displayText(each.title, meeting);
          return { value: each.id, label: each.number ? `${each.number} ${title}` : title };
        })}
      />
      <div class="actions">
        <ActionButton tone="secondary" disabled={busy || !section} onClick={insertSection}>
          {t("pane.templates.insertSection")}
        </ActionButton>
      </div>

      <h3>{t("pane.templates.fileHeading")}</h3>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(`${template.id}.json`, exportTemplate(template))}
        >
          {t("pane.templates.export")}
        </button>
        <JsonFileButton
          label={t("pane.templates.import")}
          maxBytes={TEMPLATE_LIMITS.bytes}
          onRead={importFile}
          onError={pane.alert}
        />
      </div>
    </section>
  );
}
