import { t } from "../../shared/i18n/i18n";
import type { Notify } from "../host/office-host";
import { userMessageFor } from "../word/errors";
import type { WordOps } from "../word/ops";
import { lastDisagreementOrgs, lastStatementOrg } from "./last-choice";

export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

/**
 * The ribbon and context-menu actions, over the same `WordOps` as the pane. Success needs no message: the
 * new mark shows in the document with its title. Failures and a missing organisation choice are shown in a
 * small dialog; Office is told the command finished only after that, so the message is not cut off.
 * `beforeEach` runs first on every press (the UI language is known only once Office is ready).
 */
export function createCommandHandlers(
  ops: Pick<WordOps, "markStatement" | "markDisagreement">,
  notify: Notify,
  beforeEach: () => void = () => {},
) {
  const run =
    (action: () => Promise<string | null>): CommandHandler =>
    async (event) => {
      try {
        beforeEach();
        const problem = await action();
        if (problem) await notify(problem);
      } catch (error) {
        await notify(userMessageFor(error));
      } finally {
        event.completed();
      }
    };

  return {
    markStatement: run(async () => {
      const org = lastStatementOrg();
      if (!org) return t("word.command.chooseOrgFirst");
      await ops.markStatement(org);
      return null;
    }),
    markDisagreement: run(async () => {
      const orgs = lastDisagreementOrgs();
      if (!orgs) return t("word.command.chooseOrgFirst");
      await ops.markDisagreement(orgs);
      return null;
    }),
  } satisfies Record<string, CommandHandler>;
}
