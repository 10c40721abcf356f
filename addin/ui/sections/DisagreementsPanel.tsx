import { useState } from "preact/hooks";
import { t } from "../../../shared/i18n/i18n";
import { joinSwedish } from "../../../shared/justering/build";
import type { OrgId } from "../../../shared/model/meeting";
import { ActionButton } from "../../../shared/ui/ActionButton";
import { orgDisplayName } from "../../../shared/unions/resolve";
import { rememberDisagreementOrgs } from "../../commands/last-choice";
import { markedSectionTitle } from "../../word/mark-result";
import { OrgCheckboxes } from "../components/fields";
import { useOperation } from "../components/useOperation";
import { NegotiationDeadline } from "../meeting/Negotiation";
import type { PaneState } from "../pane-state";
import { MarkList } from "./MarkList";

export function DisagreementsPanel({ meeting, index, refreshIndex }: PaneState) {
  const { busy, run } = useOperation();
  const [orgs, setOrgs] = useState<OrgId[]>([]);

  async function mark() {
    const names = joinSwedish(orgs.map(orgDisplayName));
    const done = await run(
      (ops) => ops.markDisagreement(orgs),
      (result) => {
        const section = markedSectionTitle(result, index?.sections ?? []);
        return t(section ? "pane.disagreements.markedUnder" : "pane.disagreements.marked", {
          orgs: names,
          section: section ?? "",
        });
      },
    );
    if (!done.ok) return;
    // The ribbon's "Markera oenighet" has no UI to ask: it reuses this choice.
    rememberDisagreementOrgs(orgs);
    await refreshIndex();
  }

  return (
    <section class="stack" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">{t("pane.disagreements.heading")}</h2>
      <p class="hint">{t("pane.disagreements.help")}</p>
      <OrgCheckboxes
        legend={t("pane.disagreements.orgs")}
        scope="unions"
        selected={orgs}
        onChange={setOrgs}
        preferred={meeting.roster.unions.map((delegation) => delegation.org)}
      />
      <div class="actions">
        <ActionButton tone="primary" disabled={busy || orgs.length === 0} onClick={mark}>
          {t("pane.disagreements.mark")}
        </ActionButton>
      </div>
      {meeting.type === "mbl-forhandling" && (
        <section class="stack" aria-labelledby="deadline-heading">
          <h3 id="deadline-heading">{t("pane.negotiation.heading")}</h3>
          <NegotiationDeadline meeting={meeting} />
          <p class="hint">{t("pane.negotiation.saveHint")}</p>
        </section>
      )}
      <MarkList
        heading={t("pane.disagreements.list")}
        empty={t("pane.disagreements.empty")}
        entries={index?.disagreements ?? []}
        onChanged={refreshIndex}
      />
    </section>
  );
}
