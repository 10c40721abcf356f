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
    ["Information om trygghetsvandringar (Information)", "mbl19", "Information om trygghetsvandringar"],
    ["Ny taxa (Beslutsärende)", "mbl11", "Ny taxa"],
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
    ["Ärenden för förhandling enligt MBL § 11", "mbl11", false],
    ["Information enligt MBL § 19", "mbl19", false],
    ["*Avser samverkan som motsvarar MBL § 11*", "mbl11", false],
    ["MBL § 19", "mbl19", false],
    ["Beslutsärenden – samverkade enligt MBL § 11", "mbl11", false],
    ["Beslutsärenden", "mbl11", false],
    ["Ärenden till nämnden", "mbl11", false],
    ["Informationsärenden", "mbl19", false],
    ["ANMÄLNINGSÄRENDEN", "mbl19", false],
    ["Delegationsbeslut", "mbl19", true],
    ["Meddelanden", "mbl19", true],
    ["Inledning", null, false],
    ["Övriga frågor", null, true],
  ])("%s", (text, mbl, weak) => {
    expect(groupHeading(text)).toEqual({ mbl, weak });
  });

  it("is no heading for a title that starts with a group word", () => {
    expect(groupHeading("Information om antagningsläget inför hösten")).toBeUndefined();
    expect(groupHeading("Anmälan av delegationsbeslut")).toBeUndefined();
  });

  it("is no heading for ordinary lines or long paragraphs", () => {
    expect(groupHeading("Budget 2025")).toBeUndefined();
    expect(
      groupHeading(`Arbetsgivaren informerar enligt MBL § 19 om ${"mycket ".repeat(20)}`),
    ).toBeUndefined();
  });
});
