import { useEffect, useState } from "preact/hooks";
import { type Language, setLanguage, t } from "../../shared/i18n/i18n";
import { type UserMessage, userMessage } from "../../shared/i18n/message";
import { userMessageForError } from "../platform/errors";
import {
  type AddinAddress,
  addinAddresses,
  type ExtensionSettings,
  normaliseAddinUrl,
  normaliseOrigin,
  originPattern,
  sharesOrigin,
} from "../settings/settings";
import { StatusLines } from "../ui/StatusLines";
import type { OptionsDeps } from "./deps";

interface Props {
  deps: OptionsDeps;
  /** The language the page shows when the setting says "follow the browser". */
  browserLanguage: Language;
}

/** A granted host pattern back as an origin for display ("https://a.se/*" → "https://a.se"). */
const patternOrigin = (pattern: string) => pattern.replace(/\/\*$/, "");

function AddressForm({
  label,
  button,
  name,
  onAdd,
}: {
  label: string;
  button: string;
  name: string;
  onAdd(text: string, clear: () => void): void;
}) {
  const [text, setText] = useState("");
  return (
    <form
      class="row"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(text, () => setText(""));
      }}
    >
      <label class="field">
        {label}
        <input
          name={name}
          type="url"
          value={text}
          placeholder="https://"
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <button type="submit">{button}</button>
    </form>
  );
}

export function Options({ deps, browserLanguage }: Props) {
  const [settings, setSettings] = useState<ExtensionSettings | null>(null);
  // The organisation's and the user's add-in addresses, as the bridge uses them.
  const [addresses, setAddresses] = useState<AddinAddress[]>([]);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<UserMessage | null>(null);
  const [status, setStatus] = useState<UserMessage | null>(null);

  const fail = (message: UserMessage) => {
    setStatus(null);
    setError(message);
  };

  async function refresh(next?: ExtensionSettings) {
    const [current, managed] = await Promise.all([next ?? deps.readSettings(), deps.readManagedAddinUrls()]);
    const listed = addinAddresses(current.addinUrls, managed);
    const urls = listed.map((address) => address.url);
    const checks = await Promise.all(urls.map((url) => deps.hasPermission(originPattern(url))));
    setGranted(Object.fromEntries(urls.map((url, i) => [url, checks[i] ?? false])));
    const addinPatterns = new Set(urls.map(originPattern));
    setSites((await deps.grantedPatterns()).filter((p) => !addinPatterns.has(p)).map(patternOrigin));
    setAddresses(listed);
    setSettings(current);
  }

  /** A new action: the last one's messages go. */
  const begin = () => {
    setError(null);
    setStatus(null);
  };

  /** Every change goes through here: a storage or browser failure becomes a message, never a raw error. */
  const attempt = (task: () => Promise<void>) => {
    task().catch((e) => fail(userMessageForError(e)));
  };

  useEffect(() => {
    attempt(() => refresh());
    // The organisation's addresses as the policy says now, once the browser has them.
    attempt(async () => {
      await deps.refreshManagedAddinUrls();
      await refresh();
    });
  }, [deps]);

  async function save(next: ExtensionSettings) {
    await deps.writeSettings(next);
    await refresh(next);
    setStatus(userMessage("ext.options.saved"));
  }

  /** Asks for the permission first, synchronously in the click, then saves only what was granted. */
  function addAddinUrl(text: string, clear: () => void) {
    begin();
    const url = normaliseAddinUrl(text);
    if (!url || !settings) return fail(userMessage("ext.options.badAddinUrl"));
    const permission = deps.requestPermission(originPattern(url));
    attempt(async () => {
      if (!(await permission)) return fail(userMessage("ext.options.permissionDenied", { origin: url }));
      clear();
      if (addresses.some((address) => address.url === url)) return refresh();
      await save({ ...settings, addinUrls: [...settings.addinUrls, url] });
    });
  }

  function grant(url: string) {
    begin();
    const permission = deps.requestPermission(originPattern(url));
    attempt(async () => {
      if (!(await permission)) fail(userMessage("ext.options.permissionDenied", { origin: url }));
      await refresh();
    });
  }

  function removeAddinUrl(url: string) {
    if (!settings) return;
    begin();
    attempt(() => save({ ...settings, addinUrls: settings.addinUrls.filter((each) => each !== url) }));
  }

  function addSite(text: string, clear: () => void) {
    begin();
    const origin = normaliseOrigin(text, { anyHttp: true });
    if (!origin) return fail(userMessage("ext.options.badSite"));
    const permission = deps.requestPermission(originPattern(origin));
    attempt(async () => {
      if (!(await permission)) fail(userMessage("ext.options.permissionDenied", { origin }));
      else clear();
      await refresh();
    });
  }

  function removeSite(origin: string) {
    begin();
    attempt(async () => {
      await deps.removePermission(originPattern(origin));
      await refresh();
    });
  }

  /** Keeps a waiting message, which re-renders in the new language (messages are catalogue keys). */
  function chooseLanguage(value: string) {
    if (!settings) return;
    const language = value === "sv" || value === "en" ? value : null;
    setLanguage(language ?? browserLanguage);
    document.documentElement.lang = language ?? browserLanguage;
    document.title = t("ext.options.title");
    attempt(() => save({ ...settings, language }));
  }

  if (!settings) return <main aria-busy="true" />;

  return (
    <main>
      <h1>{t("ext.options.title")}</h1>
      <StatusLines status={status} error={error} />

      <section aria-labelledby="addin-heading" class="card">
        <h2 id="addin-heading">{t("ext.options.addinHeading")}</h2>
        <p>{t("ext.options.addinHelp")}</p>
        <p class="notice">{t("ext.options.ownOrigin")}</p>
        {addresses.some((address) => address.managed) && <p>{t("ext.options.managedHelp")}</p>}
        <ul class="origins">
          {addresses.map(({ url, managed }) => (
            <li key={url}>
              <span class="origin">{url}</span>
              <span class="hint">
                {managed && `${t("ext.options.managed")} · `}
                {granted[url] ? t("ext.options.granted") : t("ext.options.originMissingPermission")}
                {sharesOrigin(url) && ` · ${t("ext.options.sharedOrigin")}`}
              </span>
              <span class="actions">
                {!granted[url] && (
                  <button type="button" onClick={() => grant(url)}>
                    {t("ext.options.grant")}
                  </button>
                )}
                {!managed && (
                  <RemoveButton
                    label={t("ext.options.removeOrigin", { origin: url })}
                    onRemove={() => removeAddinUrl(url)}
                  />
                )}
              </span>
            </li>
          ))}
        </ul>
        <AddressForm
          name="addin"
          label={t("ext.options.originInput")}
          button={t("ext.options.addOrigin")}
          onAdd={addAddinUrl}
        />
      </section>

      <section aria-labelledby="sites-heading" class="card">
        <h2 id="sites-heading">{t("ext.options.sitesHeading")}</h2>
        <p>{t("ext.options.sitesHelp")}</p>
        {sites.length === 0 ? (
          <p class="hint">{t("ext.options.noSites")}</p>
        ) : (
          <ul class="origins">
            {sites.map((origin) => (
              <li key={origin}>
                <span class="origin">{origin}</span>
                <span class="actions">
                  <RemoveButton
                    label={t("ext.options.removeSite", { origin })}
                    onRemove={() => removeSite(origin)}
                  />
                </span>
              </li>
            ))}
          </ul>
        )}
        <AddressForm
          name="site"
          label={t("ext.options.siteInput")}
          button={t("ext.options.addSite")}
          onAdd={addSite}
        />
      </section>

      <section aria-labelledby="language-heading" class="card">
        <h2 id="language-heading">
          <label for="language">{t("ext.options.language")}</label>
        </h2>
        <select
          id="language"
          value={settings.language ?? ""}
          onChange={(e) => chooseLanguage(e.currentTarget.value)}
        >
          <option value="">{t("ext.options.languageBrowser")}</option>
          <option value="sv">{t("ext.options.languageSv")}</option>
          <option value="en">{t("ext.options.languageEn")}</option>
        </select>
      </section>
    </main>
  );
}

/** "Ta bort" beside an address, named for screen readers by what it removes. */
function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" class="subtle" aria-label={label} onClick={onRemove}>
      {t("ext.popup.remove")}
    </button>
  );
}
