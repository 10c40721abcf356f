import type { ClipEnvelope, ClipItem } from "../../../shared/clip/envelope";

export function clipItem(overrides: Partial<ClipItem> = {}): ClipItem {
  return {
    number: "7",
    title: "Budget 2025",
    dnr: ["SN 2024/12"],
    mbl: null,
    procedural: false,
    links: [],
    ...overrides,
  };
}

/** A valid envelope as the extension makes it. */
export function envelope(
  id: string,
  items: ClipItem[],
  agenda: Partial<ClipEnvelope["agenda"]> = {},
): ClipEnvelope {
  return {
    kind: "sp-clip",
    version: 1,
    id,
    createdAt: "2024-02-01T10:00:00.000Z",
    source: {
      url: "https://intranet.example.se/socialnamnden/2024-02-13",
      title: "Socialnämndens sammanträde",
    },
    agenda: { committee: "Socialnämnden", meetingDate: "2024-02-13", items, ...agenda },
  };
}
