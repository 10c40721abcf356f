import { useState } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import { EMPLOYER, type OrgId } from "../../../shared/model/meeting";
import { orgDisplayName } from "../../../shared/unions/resolve";
import { rememberStatementOrg } from "../../commands/last-choice";
import { orgOptions, SelectField } from "../components/fields";
import { useOperation } from "../components/useOperation";
import type { PaneState } from "../pane-state";
import { MarkList } from "./MarkList";

/** The organisations at this meeting first (employer, then the unions in the roster), then the catalogue. */
export function meetingOrgsFirst(present: readonly OrgId[]) {
  const all = orgOptions("all");
  return [
    ...all.filter((option) => present.includes(option.value)),
    ...all.filter((option) => !present.includes(option.value)),
  ];
}

export function StatementsPanel({ meeting, template, index, refreshIndex }: PaneState) {
  const { busy, run } = useOperation();
  const present = [EMPLOYER, ...meeting.roster.unions.map((delegation) => delegation.org)];
  const [org, setOrg] = useState<OrgId>(meeting.roster.unions[0]?.org ?? EMPLOYER);

  async function mark() {
    const done = await run(
      (ops) => ops.markStatement(org),
      (result) =>
        t(result.sectionTitle ? "pane.statements.markedUnder" : "pane.statements.marked", {
          org: orgDisplayName(org),
          section: result.sectionTitle ?? "",
        }),
    );
    if (!done.ok) return;
    // The ribbon's "Fackligt inspel" has no UI to ask: it reuses this choice.
    rememberStatementOrg(org);
    await refreshIndex();
  }

  // Minutes that give items no statements block (example 004) get one where the unions speak, on request.
  async function insertHeading() {
    const heading = template.statementsHeading;
    const done = await run(
      (ops) => ops.insertStatementsHeading(heading),
      () => t("pane.statements.headingInserted", { heading }),
    );
    if (done.ok) await refreshIndex();
  }

  return (
    <section class="stack" aria-labelledby="statements-heading">
      <h2 id="statements-heading">{t("pane.statements.heading")}</h2>
      <p class="hint">{t("pane.statements.help")}</p>
      <SelectField
        label={t("pane.statements.org")}
        value={org}
        onValue={setOrg}
        options={meetingOrgsFirst(present)}
      />
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={mark}>
          {t("pane.statements.mark")}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={insertHeading}>
          {t("pane.statements.insertHeading", { heading: template.statementsHeading })}
        </button>
      </div>
      <MarkList
        heading={t("pane.statements.list")}
        empty={t("pane.statements.empty")}
        entries={(index?.statements ?? []).map((s) => ({ ...s, orgs: [s.org] }))}
        onChanged={refreshIndex}
      />
    </section>
  );
}
