import { describe, expect, it } from "vitest";
import { userMessageFor } from "./errors";
import { insertStatementsHeading } from "./statements-heading";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();

describe("insertStatementsHeading", () => {
  it("writes the heading and a paragraph to write in after the cursor's paragraph: one sync", async () => {
    const mock = wordMock({ selection: ["SACO tog upp vikten av att vara påläst."] });
    await insertStatementsHeading("Fackliga inspel");
    expect(mock.syncs).toBe(1);
    expect(mock.paragraphs.map((p) => [p.at, p.fullText, p.style])).toEqual([
      ["after:selection", "Fackliga inspel", "Heading4"],
      ["after:0", "", "Normal"],
    ]);
    expect(mock.controls).toEqual([]);
  });

  it("says where to put the cursor when there is no paragraph at it", async () => {
    const mock = wordMock();
    mock.failNextSync("ItemNotFound");
    const error = await insertStatementsHeading("Fackliga inspel").catch((e: unknown) => e);
    expect(userMessageFor(error)).toBe("Placera markören i det stycke som ska markeras och försök igen.");
    expect(mock.syncs).toBe(1);
  });
});
