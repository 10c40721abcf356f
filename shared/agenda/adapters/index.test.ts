import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlDocument } from "../node-html";
import { casePage } from "./cases";
import { extractWithAdapter, siteAdapters } from "./index";
import type { SiteAdapter } from "./types";

const fixture = (name: string): Document =>
  htmlDocument(readFileSync(new URL(`../../../test/fixtures/agenda/${name}`, import.meta.url), "utf8"));
const URL_ = "https://www.kommun.example/politik/agenda/4411";

describe("site adapters", () => {
  it("each platform's case is claimed by its own adapter", () => {
    const claims: [string, string, string][] = [
      [
        "meetings-plus-meeting.html",
        "https://kommunen.ondemand.formpipe.com/committees/bun/bun-1",
        "meetings-plus",
      ],
      ["netpublicator-reader.html", URL_, "netpublicator"],
      ["ciceron-client.html", "https://diarium.kommun.se/ciceron/", "ciceron"],
      ["lex2publish-app.html", "https://lex.kommun.se/Lex2PublishWasm/", "lex2publish"],
      ["insyn-kallelse.html", "https://www.insynsverige.se/kommunen-kfn/protokoll", "insyn-sverige"],
    ];
    for (const [name, url, id] of claims)
      expect(extractWithAdapter(casePage(name), url)?.adapter, name).toBe(id);
  });

  it("ordinary agenda pages go to the generic extractor", () => {
    for (const name of [
      "table.html",
      "ordered-list.html",
      "headings.html",
      "portal-nested.html",
      "mbl-groups.html",
      "portal-meetings.html",
    ]) {
      expect(extractWithAdapter(fixture(name), URL_), name).toBeNull();
    }
  });

  it("falls back when a matching adapter finds no items and has nothing to say", () => {
    const empty: SiteAdapter = {
      id: "empty",
      platform: "Tom",
      matches: () => true,
      extract: () => ({ items: [], committee: null, meetingDate: null }),
    };
    expect(extractWithAdapter(fixture("table.html"), URL_, [empty])).toBeNull();
  });

  it("has unique ids", () => {
    const ids = siteAdapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
