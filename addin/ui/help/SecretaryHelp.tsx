import { type MessageKey, t, textIn } from "../../../shared/i18n/i18n";
import { paneHelpMessages } from "../../../shared/i18n/messages/pane-help";

type HelpKey = keyof typeof paneHelpMessages;
const help = (key: HelpKey) => textIn(paneHelpMessages, key);

/** Each tab by its name and what it is for, in the order of the tab strip. */
const TABS: readonly [name: MessageKey, use: HelpKey][] = [
  ["pane.tabs.meeting", "pane.help.tab.meeting"],
  ["pane.tabs.templates", "pane.help.tab.templates"],
  ["pane.tabs.statements", "pane.help.tab.statements"],
  ["pane.tabs.disagreements", "pane.help.tab.disagreements"],
  ["pane.tabs.inbox", "pane.help.tab.inbox"],
  ["pane.tabs.justering", "pane.help.tab.justering"],
  ["word.help.tab", "pane.help.tab.help"],
];

/** The other topics: a summary and its paragraphs, in the order a first meeting needs them. */
const TOPICS: readonly { summary: HelpKey; lines: HelpKey[] }[] = [
  {
    summary: "pane.help.agenda",
    lines: [
      "pane.help.agenda.clip",
      "pane.help.agenda.web",
      "pane.help.agenda.desktop",
      "pane.help.agenda.insert",
    ],
  },
  {
    summary: "pane.help.marks",
    lines: ["pane.help.marks.statement", "pane.help.marks.disagreement", "pane.help.marks.list"],
  },
  {
    summary: "pane.help.keys",
    lines: ["pane.help.keys.tabs", "pane.help.keys.ribbon", "pane.help.keys.browser", "pane.help.keys.paste"],
  },
];

/**
 * The secretary's help in the Hjälp tab: what each tab is for, how the committee's agenda gets in, where
 * statements and oenighet go, and the keyboard shortcuts. Each topic folds open on its own, so the tab
 * stays short at Word's 320 px; the Självtest for IT follows below it. Loaded with the tab (`LazyHelp`).
 */
export function SecretaryHelp() {
  return (
    <section class="stack help" aria-labelledby="secretary-help-heading">
      <h2 id="secretary-help-heading">{help("pane.help.heading")}</h2>
      <details>
        <summary>{help("pane.help.tabs")}</summary>
        <ul aria-label={help("pane.help.tabsList")}>
          {TABS.map(([name, use]) => (
            <li key={name}>
              <strong>{t(name)}</strong> {help(use)}
            </li>
          ))}
        </ul>
      </details>
      {TOPICS.map((topic) => (
        <details key={topic.summary}>
          <summary>{help(topic.summary)}</summary>
          {topic.lines.map((line) => (
            <p key={line}>{help(line)}</p>
          ))}
        </details>
      ))}
    </section>
  );
}
