import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agendaItemKey, formatTag, type Mark, newMarkId, parseTag, sectionIdOf, slug } from "./tags";

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const mark: fc.Arbitrary<Mark> = fc.oneof(
  segment.map((sectionId) => ({ kind: "section" as const, sectionId })),
  fc.record({
    kind: fc.constant("section" as const),
    sectionId: segment,
    role: fc.constantFrom("roster" as const, "justerare" as const),
  }),
  fc.record({ kind: fc.constant("statement" as const), org: segment, id: segment }),
  fc.record({
    kind: fc.constant("disagreement" as const),
    orgs: fc.array(segment, { minLength: 1, maxLength: 4 }),
    id: segment,
  }),
  segment.map((key) => ({ kind: "agenda" as const, key })),
  fc.constant({ kind: "justering" as const }),
);

describe("tags", () => {
  it("formats and parses every mark back to itself", () => {
    fc.assert(
      fc.property(mark, (m) => {
        expect(parseTag(formatTag(m))).toEqual(m);
      }),
    );
  });

  it("writes the formats of the design", () => {
    expect(formatTag({ kind: "statement", org: "ssr", id: "ab12" })).toBe("sp:inspel:ssr:ab12");
    expect(formatTag({ kind: "disagreement", orgs: ["kommunal", "vision"], id: "x1" })).toBe(
      "sp:oenighet:kommunal+vision:x1",
    );
    expect(formatTag({ kind: "section", sectionId: "Val av justerare" })).toBe("sp:punkt:val-av-justerare");
    expect(formatTag({ kind: "justering" })).toBe("sp:justering");
  });

  it("names the sections written from the meeting by their role, and finds their section id either way", () => {
    expect(formatTag({ kind: "section", sectionId: "narvarande", role: "roster" })).toBe(
      "sp:punkt:narvarande:narvaro",
    );
    expect(parseTag("sp:punkt:val-av-justerare:justerare")).toEqual({
      kind: "section",
      sectionId: "val-av-justerare",
      role: "justerare",
    });
    expect(parseTag("sp:punkt:val-av-justerare:annat")).toBeNull();
    expect(sectionIdOf("sp:punkt:narvarande:narvaro")).toBe("narvarande");
    expect(sectionIdOf("sp:punkt:ekonomi")).toBe("ekonomi");
    expect(sectionIdOf("sp:agenda:nr-7-budget")).toBeNull();
  });

  it("never throws on foreign or damaged tags, and accepts none of them", () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const parsed = parseTag(tag);
        if (parsed) expect(formatTag(parsed)).toBe(tag);
      }),
    );
    for (const tag of [
      "",
      "sp:",
      "sp:inspel:kommunal",
      "sp:oenighet::x",
      "sp:justering:1",
      "sp:inspel:Kommunal:x",
    ]) {
      expect(parseTag(tag)).toBeNull();
    }
  });

  it("refuses to write a tag that could not be parsed back", () => {
    expect(() => formatTag({ kind: "statement", org: "a:b", id: "x" })).toThrow();
    expect(() => formatTag({ kind: "disagreement", orgs: [], id: "x" })).toThrow();
  });

  it("keys agenda items by dnr, else by number and title, as tag-safe text", () => {
    expect(agendaItemKey({ dnr: ["SN 2023/123"], number: "7", title: "Budget" })).toBe("dnr-sn-2023-123");
    expect(agendaItemKey({ dnr: ["SN 2023/123"], number: "9", title: "Annat" })).toBe("dnr-sn-2023-123");
    expect(agendaItemKey({ dnr: [], number: "7 a", title: "Åtgärdsplan för äldreomsorg" })).toBe(
      "nr-7-a-atgardsplan-for-aldreomsorg",
    );
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 2 }),
        fc.option(fc.string()),
        fc.string(),
        (dnr, number, title) => {
          const key = agendaItemKey({ dnr, number, title });
          expect(parseTag(formatTag({ kind: "agenda", key }))).toEqual({ kind: "agenda", key });
        },
      ),
    );
  });

  it("folds Swedish letters and makes short random ids that fit a tag", () => {
    expect(slug("Föredragningslistan Å Ä Ö")).toBe("foredragningslistan-a-a-o");
    expect(newMarkId()).toMatch(/^[a-z0-9]{8}$/);
  });
});
