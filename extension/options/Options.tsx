import { useEffect, useState } from "preact/hooks";
import { type Language, setLanguage, t } from "../../shared/i18n/i18n";
import { type ExtensionSettings, normaliseOrigin, originPattern } from "../settings/settings";
import type { OptionsDeps } from "./deps";

interface Props {
  deps: OptionsDeps;
  /** The language the page shows when the setting says "follow the browser". */
  browserLanguage: Language;
}

/** A granted host pattern back as an origin for display ("https://a.se/*" → "https://a.se"). */
const patternOrigin = (pattern: string) => pattern.replace(/\/\*$/, "");

export function Options({ deps, browserLanguage }: Props) {
  const [settings, setSettings] = useState<ExtensionSettings | null>(null);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [sites, setSites] = useState<string[]>([]);
  const [originText, setOriginText] = useState("");
  const [siteText, setSiteText] = useState("");
  const [error, setError] = useState("");
  const [status, setStatus] = useState("");

  async function refresh(next?: ExtensionSettings) {
    const current = next ?? (await deps.readSettings());
    const checks = await Promise.all(current.bridgeOrigins.map((o) => deps.hasPermission(originPattern(o))));
    setGranted(Object.fromEntries(current.bridgeOrigins.map((o, i) => [o, checks[i] ?? false])));
    const bridgePatterns = new Set(current.bridgeOrigins.map(originPattern));
    setSites((await deps.grantedPatterns()).filter((p) => !bridgePatterns.has(p)).map(patternOrigin));
    setSettings(current);
  }

  useEffect(() => {
    refresh().catch((e) => setError(String(e)));
  }, [deps]);

  async function save(next: ExtensionSettings) {
    await deps.writeSettings(next);
    await refresh(next);
    setStatus(t("ext.options.saved"));
  }

  /** Asks for the permission first, synchronously in the click, then saves only what was granted. */
  function addOrigin(event: Event) {
    event.preventDefault();
    setError("");
    setStatus("");
    const origin = normaliseOrigin(originText);
    if (!origin || !settings) {
      setError(t("ext.options.badOrigin"));
      return;
    }
    deps.requestPermission(originPattern(origin)).then(async (ok) => {
      if (!ok) {
        setError(t("ext.options.permissionDenied", { origin }));
        return;
      }
      setOriginText("");
      if (!settings.bridgeOrigins.includes(origin)) {
        await save({ ...settings, bridgeOrigins: [...settings.bridgeOrigins, origin] });
      } else {
        await refresh();
      }
    });
  }

  function grant(origin: string) {
    deps.requestPermission(originPattern(origin)).then((ok) => {
      if (!ok) setError(t("ext.options.permissionDenied", { origin }));
      return refresh();
    });
  }

  function removeOrigin(origin: string) {
    if (!settings) return;
    save({ ...settings, bridgeOrigins: settings.bridgeOrigins.filter((o) => o !== origin) });
  }

  function addSite(event: Event) {
    event.preventDefault();
    setError("");
    setStatus("");
    const origin = normaliseOrigin(siteText, { anyHttp: true });
    if (!origin) {
      setError(t("ext.options.badOrigin"));
      return;
    }
    deps.requestPermission(originPattern(origin)).then(async (ok) => {
      if (!ok) setError(t("ext.options.permissionDenied", { origin }));
      else setSiteText("");
      await refresh();
    });
  }

  async function removeSite(origin: string) {
    await deps.removePermission(originPattern(origin));
    await refresh();
  }

  function chooseLanguage(value: string) {
    if (!settings) return;
    const language = value === "sv" || value === "en" ? value : null;
    setLanguage(language ?? browserLanguage);
    document.documentElement.lang = language ?? browserLanguage;
    document.title = t("ext.options.title");
    save({ ...settings, language });
  }

  if (!settings) return <main aria-busy="true" />;

  return (
    <main>
      <h1>{t("ext.options.title")}</h1>
      <p role="status">{status}</p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}

      <section aria-labelledby="origins-heading">
        <h2 id="origins-heading">{t("ext.options.originsHeading")}</h2>
        <p class="hint">{t("ext.options.originsHelp")}</p>
        <ul class="origins">
          {settings.bridgeOrigins.map((origin) => (
            <li key={origin}>
              <span class="origin">{origin}</span>
              <span class="hint">
                {granted[origin] ? t("ext.options.granted") : t("ext.options.originMissingPermission")}
              </span>
              {!granted[origin] && (
                <button type="button" onClick={() => grant(origin)}>
                  {t("ext.options.grant")}
                </button>
              )}
              <button
                type="button"
                class="quiet"
                aria-label={t("ext.options.removeOrigin", { origin })}
                onClick={() => removeOrigin(origin)}
              >
                {t("ext.popup.remove")}
              </button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={addOrigin}>
          <label>
            {t("ext.options.originInput")}
            <input
              name="origin"
              type="url"
              value={originText}
              placeholder="https://"
              onInput={(event) => setOriginText(event.currentTarget.value)}
            />
          </label>
          <button type="submit">{t("ext.options.addOrigin")}</button>
        </form>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t("ext.options.sitesHeading")}</h2>
        <p class="hint">{t("ext.options.sitesHelp")}</p>
        {sites.length === 0 ? (
          <p class="hint">{t("ext.options.noSites")}</p>
        ) : (
          <ul class="origins">
            {sites.map((origin) => (
              <li key={origin}>
                <span class="origin">{origin}</span>
                <button
                  type="button"
                  class="quiet"
                  aria-label={t("ext.options.removeSite", { origin })}
                  onClick={() => removeSite(origin)}
                >
                  {t("ext.popup.remove")}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="row" onSubmit={addSite}>
          <label>
            {t("ext.options.siteInput")}
            <input
              name="site"
              type="url"
              value={siteText}
              placeholder="https://"
              onInput={(event) => setSiteText(event.currentTarget.value)}
            />
          </label>
          <button type="submit">{t("ext.options.addSite")}</button>
        </form>
      </section>

      <section aria-labelledby="language-heading">
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
