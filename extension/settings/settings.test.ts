import { describe, expect, it } from "vitest";
import {
  addinAddresses,
  addinPattern,
  DEFAULT_SETTINGS,
  isUnderAddinUrl,
  managedAddinUrls,
  normaliseAddinUrl,
  normaliseOrigin,
  originPattern,
  settingsFrom,
} from "./settings";

describe("normaliseOrigin (intranet sites)", () => {
  it("accepts https origins and http only on the loopback interface", () => {
    expect(normaliseOrigin(" https://Tillagg.Kommun.se/ ")).toBe("https://tillagg.kommun.se");
    expect(normaliseOrigin("https://localhost:3000")).toBe("https://localhost:3000");
    expect(normaliseOrigin("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
    expect(normaliseOrigin("http://localhost")).toBe("http://localhost");
    expect(normaliseOrigin("http://intranat.kommun.se")).toBeNull();
    expect(normaliseOrigin("http://intranat.kommun.se/", { anyHttp: true })).toBe(
      "http://intranat.kommun.se",
    );
  });

  it("refuses paths, queries, credentials, other schemes and junk", () => {
    for (const text of [
      "https://a.se/addin",
      "https://a.se/?x=1",
      "https://a.se/#",
      "https://user:pw@a.se",
      "ftp://a.se",
      "javascript:alert(1)",
      "a.se",
      "",
    ]) {
      expect(normaliseOrigin(text), text).toBeNull();
    }
  });

  // Issue 11 item 13: the URL parser keeps "*" as a host, and decodes "%2A" into one.
  it("refuses wildcards in any spelling", () => {
    for (const text of ["https://*", "https://*.kommun.se", "https://%2A.kommun.se", "https://%2a"]) {
      expect(normaliseOrigin(text, { anyHttp: true }), text).toBeNull();
      expect(normaliseAddinUrl(text), text).toBeNull();
    }
    expect(normaliseAddinUrl("https://www.kommun.se/samverkan*/")).toBeNull();
    expect(normaliseAddinUrl("https://www.kommun.se/%2A/")).toBeNull();
  });
});

describe("normaliseAddinUrl (the add-in's base URL)", () => {
  it("keeps origin and folder path, ending in a slash", () => {
    expect(normaliseAddinUrl("https://Tillagg.Kommun.se")).toBe("https://tillagg.kommun.se/");
    expect(normaliseAddinUrl("https://www.kommun.se/samverkan")).toBe("https://www.kommun.se/samverkan/");
    expect(normaliseAddinUrl("https://www.kommun.se/samverkan/")).toBe("https://www.kommun.se/samverkan/");
    expect(normaliseAddinUrl("https://localhost:3000/")).toBe("https://localhost:3000/");
  });

  it("takes the task pane's own address as its folder", () => {
    expect(normaliseAddinUrl("https://www.kommun.se/samverkan/addin/ui/taskpane.html")).toBe(
      "https://www.kommun.se/samverkan/addin/ui/",
    );
  });

  it("refuses plain http off loopback, queries, fragments and credentials", () => {
    for (const text of [
      "http://www.kommun.se/samverkan/",
      "https://www.kommun.se/samverkan/?x",
      "https://www.kommun.se/samverkan/#x",
      "https://u:p@www.kommun.se/",
    ]) {
      expect(normaliseAddinUrl(text), text).toBeNull();
    }
  });
});

describe("isUnderAddinUrl", () => {
  const base = "https://www.kommun.se/samverkan/";

  it("is true for the add-in's pages and false for the rest of the shared host", () => {
    expect(isUnderAddinUrl("https://www.kommun.se/samverkan/addin/ui/taskpane.html?_host_Info=x", base)).toBe(
      true,
    );
    for (const href of [
      "https://www.kommun.se/",
      "https://www.kommun.se/samverkanx/taskpane.html",
      "https://www.kommun.se/samverkan",
      "https://www.kommun.se/nyheter/samverkan/",
      "https://www.kommun.se/samverkan/../nyheter/",
      "https://www.kommun.se/samverkan/%2e%2e/nyheter/",
      "https://www.kommun.se:8443/samverkan/",
      "http://www.kommun.se/samverkan/",
      "https://evil.example/samverkan/",
      "not a url",
      undefined,
    ]) {
      expect(isUnderAddinUrl(href, base), String(href)).toBe(false);
    }
  });
});

describe("patterns", () => {
  it("asks for the host permission without the port, and matches the bridge by host and path", () => {
    expect(originPattern("http://127.0.0.1:8080")).toBe("http://127.0.0.1/*");
    expect(originPattern("https://www.kommun.se/samverkan/")).toBe("https://www.kommun.se/*");
    expect(addinPattern("https://www.kommun.se/samverkan/")).toBe("https://www.kommun.se/samverkan/*");
    expect(addinPattern("https://localhost:3000/")).toBe("https://localhost/*");
  });
});

describe("settingsFrom", () => {
  it("defaults to the dev server's add-in and the browser's language", () => {
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.addinUrls).toEqual(["https://localhost:3000/"]);
  });

  it("drops invalid and duplicate addresses, and falls back on a damaged value", () => {
    expect(
      settingsFrom({
        addinUrls: ["https://a.se/x", "https://a.se/x/", "http://evil.example", "https://*"],
        language: "en",
      }),
    ).toEqual({ addinUrls: ["https://a.se/x/"], language: "en" });
    expect(settingsFrom({ addinUrls: "https://a.se" })).toEqual(DEFAULT_SETTINGS);
  });

  it("reads the origins saved before base URLs as whole origins", () => {
    expect(settingsFrom({ bridgeOrigins: ["https://tillagg.kommun.se"], language: null })).toEqual({
      addinUrls: ["https://tillagg.kommun.se/"],
      language: null,
    });
  });
});

describe("add-in addresses preset by policy (storage.managed)", () => {
  it("reads the policy's list as base URLs, leaving out what is not one", () => {
    expect(
      managedAddinUrls([
        "https://samverkan.kommun.se",
        "https://www.kommun.se/samverkan/addin/ui/taskpane.html",
        "http://intranat.kommun.se/",
        "https://*.kommun.se/",
        42,
        "https://samverkan.kommun.se/",
      ]),
    ).toEqual(["https://samverkan.kommun.se/", "https://www.kommun.se/samverkan/addin/ui/"]);
    expect(managedAddinUrls("https://samverkan.kommun.se/")).toEqual([]);
    expect(managedAddinUrls(undefined)).toEqual([]);
  });

  it("reads at most 20 addresses from a policy", () => {
    const many = Array.from({ length: 25 }, (_, i) => `https://addin${i}.kommun.se/`);
    expect(managedAddinUrls(many)).toHaveLength(20);
  });

  it("lists the organisation's addresses first, then the user's own not among them", () => {
    expect(
      addinAddresses(
        ["https://localhost:3000/", "https://samverkan.kommun.se/"],
        ["https://samverkan.kommun.se/", "https://www.kommun.se/samverkan/"],
      ),
    ).toEqual([
      { url: "https://samverkan.kommun.se/", managed: true },
      { url: "https://www.kommun.se/samverkan/", managed: true },
      { url: "https://localhost:3000/", managed: false },
    ]);
    expect(addinAddresses(["https://localhost:3000/"], [])).toEqual([
      { url: "https://localhost:3000/", managed: false },
    ]);
  });
});
