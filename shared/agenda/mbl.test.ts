import { describe, expect, it } from "vitest";
import { groupHeading, mblReference, takeMblMarker } from "./mbl";

describe("mblReference", () => {
  it.each([
    ["Ärenden för förhandling enligt MBL § 11", "mbl11"],
    ["Information enligt MBL §19", "mbl19"],
    ["Samverkas motsvarande MBL 11", "mbl11"],
    ["Förhandling enligt 11 § MBL", "mbl11"],
    ["Information § 19 MBL", "mbl19"],
    ["MBL § 14", null],
    ["Övriga frågor", null],
  ])("%s", (text, expected) => {
    expect(mblReference(text)).toBe(expected);
  });
});

describe("takeMblMarker", () => {
  it.each([
    ["Lokalfrågan (MBL § 19)", "mbl19", "Lokalfrågan"],
    ["Ny nattorganisation [MBL §11]", "mbl11", "Ny nattorganisation"],
    ["Ny nattorganisation (enligt MBL § 11)", "mbl11", "Ny nattorganisation"],
    ["Ny nattorganisation – MBL § 11", "mbl11", "Ny nattorganisation"],
  ])("%s", (text, mbl, title) => {
    expect(takeMblMarker(text)).toEqual({ mbl, title });
  });

  it("keeps MBL when it is part of the title", () => {
    expect(takeMblMarker("Förhandling enligt MBL § 11 om ny organisation")).toEqual({
      mbl: null,
      title: "Förhandling enligt MBL § 11 om ny organisation",
    });
  });
});

describe("groupHeading", () => {
  it.each([
    ["Ärenden för förhandling enligt MBL § 11", "mbl11"],
    ["Information enligt MBL § 19", "mbl19"],
    ["*Avser samverkan som motsvarar MBL § 11*", "mbl11"],
    ["MBL § 19", "mbl19"],
    ["Övriga frågor", null],
    ["Informationsärenden", null],
  ])("%s", (text, expected) => {
    expect(groupHeading(text)).toBe(expected);
  });

  it("is no heading for ordinary lines or long paragraphs", () => {
    expect(groupHeading("Budget 2025")).toBeUndefined();
    expect(
      groupHeading(`Arbetsgivaren informerar enligt MBL § 19 om ${"mycket ".repeat(20)}`),
    ).toBeUndefined();
  });
});
