import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractGeneric } from "../dom";
import { extractWithAdapter, siteAdapters } from "./index";
import type { SiteAdapter } from "./types";

const load = (name: string): Document =>
  parseHTML(readFileSync(new URL(`../../../test/fixtures/agenda/${name}`, import.meta.url), "utf8"))
    .document as unknown as Document;
const URL_ = "https://meetings.kommun.example/agenda/4411";

describe("site adapters", () => {
  it("the Meetings-style adapter claims its portal and nothing else", () => {
    expect(extractWithAdapter(load("portal-meetings.html"), URL_)?.adapter).toBe("meetings-portal");
    for (const name of [
      "table.html",
      "ordered-list.html",
      "headings.html",
      "portal-nested.html",
      "mbl-groups.html",
    ]) {
      expect(extractWithAdapter(load(name), URL_)).toBeNull();
    }
  });

  it("is needed: the generic extractor cannot separate the portal's adjacent number and title", () => {
    const generic = extractGeneric(load("portal-meetings.html"), URL_);
    const adapted = extractWithAdapter(load("portal-meetings.html"), URL_);
    expect(generic.items.map((item) => item.title)).not.toEqual(adapted?.items.map((item) => item.title));
  });

  it("falls back when a matching adapter finds no items", () => {
    const empty: SiteAdapter = {
      id: "empty",
      matches: () => true,
      extract: () => ({ items: [], committee: null, meetingDate: null }),
    };
    expect(extractWithAdapter(load("table.html"), URL_, [empty])).toBeNull();
  });

  it("has unique ids", () => {
    const ids = siteAdapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
