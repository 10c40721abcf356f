import { useState } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import { joinSwedish } from "../../../shared/justering/build";
import { EMPLOYER, type OrgId } from "../../../shared/model/meeting";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { orgDisplayName } from "../../../shared/unions/resolve";
import { rememberStatementOrg } from "../../commands/last-choice";
import { userMessageFor } from "../../word/errors";
import { markedSectionTitle } from "../../word/mark-result";
import type { MarkResult } from "../../word/ops";
import { OrgCheckboxes } from "../components/fields";
import { useOperation } from "../components/useOperation";
import { usePane } from "../context";
import type { PaneState } from "../pane-state";
import { MarkList } from "./MarkList";

/** Marks the selection for each organisation in turn; stops at the first Word refuses. */
async function markEach(mark: (org: OrgId) => Promise<MarkResult>, orgs: readonly OrgId[]) {
  const done: OrgId[] = [];
  let result: MarkResult | undefined;
  for (const org of orgs) {
    try {
      result = await mark(org);
      done.push(org);
    } catch (error) {
      return { done, failed: orgs.slice(done.length), error, result };
    }
  }
  return { done, failed: [], error: undefined, result };
}

/**
 * The Inspel tab. A statement is one organisation's; a joint statement of several is one mark per
 * organisation on the same paragraphs (the Word side refuses only a second mark of the same one). The
 * meeting's parties (employer, then the unions in the roster) come first, the others are reachable; nothing
 * is chosen for the user.
 */
export function StatementsPanel({ meeting, template, index, refreshIndex }: PaneState) {
  const pane = usePane();
  const { busy, run } = useOperation();
  const present = [EMPLOYER, ...meeting.roster.unions.map((delegation) => delegation.org)];
  const [orgs, setOrgs] = useState<OrgId[]>([]);
  const [marking, setMarking] = useState(false);
  const names = (list: readonly OrgId[]) => joinSwedish(list.map(orgDisplayName));

  async function mark() {
    setMarking(true);
    try {
      const { done, failed, error, result } = await markEach(pane.ops.markStatement, orgs);
      if (error === undefined) {
        const section = result && markedSectionTitle(result, index?.sections ?? []);
        pane.announce(
          t(section ? "pane.statements.markedUnder" : "pane.statements.marked", {
            org: names(done),
            section: section ?? "",
          }),
        );
        // The ribbon's "Fackligt inspel" has no UI to ask: it reuses a choice of one organisation.
        if (done.length === 1 && done[0]) rememberStatementOrg(done[0]);
      } else if (done.length === 0) pane.fail(error);
      else {
        pane.alert(
          t("pane.statements.partly", {
            done: names(done),
            failed: names(failed),
            reason: userMessageFor(error),
          }),
        );
      }
      if (done.length > 0) await refreshIndex();
    } finally {
      setMarking(false);
    }
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
      <OrgCheckboxes
        legend={t("pane.statements.org")}
        scope="all"
        selected={orgs}
        onChange={setOrgs}
        preferred={present}
      />
      <div class="actions">
        <ActionButton tone="primary" disabled={busy || marking || orgs.length === 0} onClick={mark}>
          {t("pane.statements.mark")}
        </ActionButton>
        <ActionButton tone="secondary" disabled={busy || marking} onClick={insertHeading}>
          {t("pane.statements.insertHeading", { heading: template.statementsHeading })}
        </ActionButton>
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
