import { type MessageKey, t } from "../../shared/i18n/i18n";
import { ICON_KINDS, type IconKind, iconFileName } from "./icons";

/**
 * The add-in-only XML manifest for Word, generated for any base URL from this one source: the dev manifest
 * points at https://localhost:3000/, the production one at the URL given when building.
 *
 * Keyboard shortcuts are not declared: Word supports custom shortcuts only for add-ins on a shared runtime
 * (the task pane and commands in one long-lived page, declared with <Runtimes> and ExtendedOverrides).
 * This add-in keeps a separate, light function file for the ribbon and context menu instead, so the
 * commands work without loading the pane. The ribbon buttons are reachable from the keyboard through
 * Word's KeyTips (Alt, then the Home tab's key, then the button's).
 */

/** Stays the same for every build: Office identifies the add-in (and its settings) by it. */
export const ADDIN_ID = "0791770f-be30-4c69-b1ac-51f4550e6057";
export const DEV_BASE_URL = "https://localhost:3000/";

/** Page paths relative to the base URL, as `vite build --mode addin` lays them out in dist/addin. */
export const PAGES = {
  taskpane: "addin/ui/taskpane.html",
  commands: "addin/commands/commands.html",
} as const;

/** The function names `addin/commands/commands.ts` registers with `Office.actions.associate`. */
export const COMMAND_FUNCTIONS = {
  markStatement: "markStatement",
  markDisagreement: "markDisagreement",
} as const;

export interface ManifestOptions {
  /** Absolute https URL ending in "/", where dist/addin is served. */
  baseUrl: string;
  /** Four-part version, e.g. "0.1.0.0". */
  version: string;
  /** Marks the dev build in Word's UI so it is not confused with the deployed add-in. */
  dev?: boolean;
}

/** The base URL as given at build time, checked: https only (Office refuses anything else), ending in "/". */
export function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https: ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** "0.1.0" → "0.1.0.0" (Office wants four parts). */
export function officeVersion(semver: string): string {
  const parts = semver
    .split(/[.+-]/)
    .slice(0, 3)
    .map((p) => Number.parseInt(p, 10) || 0);
  while (parts.length < 4) parts.push(0);
  return parts.join(".");
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A Swedish default with the English text as an en-US override, both from the catalogue. */
function localised(tag: string, attributes: string, key: MessageKey, indent: string): string {
  return `${indent}<${tag} ${attributes}DefaultValue="${escapeXml(t(key, undefined, "sv"))}">
${indent}  <Override Locale="en-US" Value="${escapeXml(t(key, undefined, "en"))}"/>
${indent}</${tag}>`;
}

function resourceString(id: string, key: MessageKey): string {
  return `          <bt:String id="${id}" DefaultValue="${escapeXml(t(key, undefined, "sv"))}">
            <bt:Override Locale="en-US" Value="${escapeXml(t(key, undefined, "en"))}"/>
          </bt:String>`;
}

// Ribbon and menu images come in 16/32/80; the 64 px icon is the high-resolution add-in icon only.
const RIBBON_ICON_SIZES = [16, 32, 80] as const;

const iconResid = (kind: IconKind, size: number) => `Icon.${kind}.${size}`;

function icon(kind: IconKind, indent: string): string {
  const sizes = RIBBON_ICON_SIZES.map(
    (size) => `${indent}  <bt:Image size="${size}" resid="${iconResid(kind, size)}"/>`,
  );
  return `${indent}<Icon>\n${sizes.join("\n")}\n${indent}</Icon>`;
}

interface Command {
  id: string;
  label: string;
  tip: string;
  icon: IconKind;
  action: string;
}

const COMMANDS: Command[] = [
  {
    id: "MarkStatement",
    label: "Label.MarkStatement",
    tip: "Tip.MarkStatement",
    icon: "inspel",
    action: `<Action xsi:type="ExecuteFunction"><FunctionName>${COMMAND_FUNCTIONS.markStatement}</FunctionName></Action>`,
  },
  {
    id: "MarkOenighet",
    label: "Label.MarkOenighet",
    tip: "Tip.MarkOenighet",
    icon: "oenighet",
    action: `<Action xsi:type="ExecuteFunction"><FunctionName>${COMMAND_FUNCTIONS.markDisagreement}</FunctionName></Action>`,
  },
];

const SHOW_PANE =
  '<Action xsi:type="ShowTaskpane"><TaskpaneId>SP.Taskpane</TaskpaneId><SourceLocation resid="Url.Taskpane"/></Action>';

function control(tag: "Control" | "Item", id: string, command: Omit<Command, "id">, indent: string): string {
  const type = tag === "Control" ? ' xsi:type="Button"' : "";
  return `${indent}<${tag}${type} id="${id}">
${indent}  <Label resid="${command.label}"/>
${indent}  <Supertip>
${indent}    <Title resid="${command.label}"/>
${indent}    <Description resid="${command.tip}"/>
${indent}  </Supertip>
${icon(command.icon, `${indent}  `)}
${indent}  ${command.action}
${indent}</${tag}>`;
}

export function buildManifest(options: ManifestOptions): string {
  const base = normaliseBaseUrl(options.baseUrl);
  const url = (path: string) => escapeXml(new URL(path, base).href);
  const images = ICON_KINDS.flatMap((kind) =>
    RIBBON_ICON_SIZES.map(
      (size) =>
        `        <bt:Image id="${iconResid(kind, size)}" DefaultValue="${url(iconFileName(kind, size))}"/>`,
    ),
  );
  const ribbon = [
    control(
      "Control",
      "SP.OpenPane",
      { label: "Label.OpenPane", tip: "Tip.OpenPane", icon: "app", action: SHOW_PANE },
      "                ",
    ),
    ...COMMANDS.map((c) => control("Control", `SP.${c.id}`, c, "                ")),
  ];
  const menuItems = COMMANDS.map((c) => control("Item", `SP.Menu.${c.id}`, c, "                    "));
  const name = (language: "sv" | "en") =>
    escapeXml(
      t("word.manifest.displayName", undefined, language) +
        (options.dev ? t("word.manifest.devSuffix", undefined, language) : ""),
    );

  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by manifest/office/build.ts from manifest/office/manifest.ts; do not edit. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
  xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${escapeXml(options.version)}</Version>
  <ProviderName>Samverkansprotokoll</ProviderName>
  <DefaultLocale>sv-SE</DefaultLocale>
  <DisplayName DefaultValue="${name("sv")}">
    <Override Locale="en-US" Value="${name("en")}"/>
  </DisplayName>
${localised("Description", "", "word.manifest.description", "  ")}
  <IconUrl DefaultValue="${url(iconFileName("app", 32))}"/>
  <HighResolutionIconUrl DefaultValue="${url(iconFileName("app", 64))}"/>
  <Hosts>
    <Host Name="Document"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.3">
      <Set Name="WordApi" MinVersion="1.3"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(PAGES.taskpane)}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Document">
        <DesktopFormFactor>
          <FunctionFile resid="Url.Commands"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="SP.Group">
                <Label resid="Label.Group"/>
${icon("app", "                ")}
${ribbon.join("\n")}
              </Group>
            </OfficeTab>
          </ExtensionPoint>
          <ExtensionPoint xsi:type="ContextMenu">
            <OfficeMenu id="ContextMenuText">
              <Control xsi:type="Menu" id="SP.Menu">
                <Label resid="Label.Group"/>
                <Supertip>
                  <Title resid="Label.Group"/>
                  <Description resid="Tip.OpenPane"/>
                </Supertip>
${icon("app", "                ")}
                <Items>
${menuItems.join("\n")}
                </Items>
              </Control>
            </OfficeMenu>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${images.join("\n")}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Url.Taskpane" DefaultValue="${url(PAGES.taskpane)}"/>
        <bt:Url id="Url.Commands" DefaultValue="${url(PAGES.commands)}"/>
      </bt:Urls>
      <bt:ShortStrings>
${[
  resourceString("Label.Group", "word.manifest.group"),
  resourceString("Label.OpenPane", "word.manifest.openPane"),
  resourceString("Label.MarkStatement", "word.manifest.markStatement"),
  resourceString("Label.MarkOenighet", "word.manifest.markDisagreement"),
].join("\n")}
      </bt:ShortStrings>
      <bt:LongStrings>
${[
  resourceString("Tip.OpenPane", "word.manifest.openPaneTip"),
  resourceString("Tip.MarkStatement", "word.manifest.markStatementTip"),
  resourceString("Tip.MarkOenighet", "word.manifest.markDisagreementTip"),
].join("\n")}
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}
