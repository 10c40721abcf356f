import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, normaliseOrigin, originPattern, settingsFrom } from "./settings";

describe("normaliseOrigin", () => {
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
      "https://user:pw@a.se",
      "ftp://a.se",
      "javascript:alert(1)",
      "a.se",
      "",
    ]) {
      expect(normaliseOrigin(text)).toBeNull();
    }
  });
});

describe("originPattern", () => {
  it("is the host pattern without the port", () => {
    expect(originPattern("http://127.0.0.1:8080")).toBe("http://127.0.0.1/*");
    expect(originPattern("https://tillagg.kommun.se")).toBe("https://tillagg.kommun.se/*");
  });
});

describe("settingsFrom", () => {
  it("defaults to the dev origin and the browser's language", () => {
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.bridgeOrigins).toEqual(["https://localhost:3000"]);
  });

  it("drops invalid and duplicate origins, and falls back on a damaged value", () => {
    expect(
      settingsFrom({
        bridgeOrigins: ["https://a.se", "https://a.se/", "http://evil.example"],
        language: "en",
      }),
    ).toEqual({ bridgeOrigins: ["https://a.se"], language: "en" });
    expect(settingsFrom({ bridgeOrigins: "https://a.se" })).toEqual(DEFAULT_SETTINGS);
  });
});
