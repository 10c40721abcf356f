import { screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../shared/model/meeting";
import { builtinTemplates } from "../../../shared/templates/registry";
import { storeDraft } from "../testing/draft";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

const listTemplate = builtinTemplates.find((template) => template.justering.style === "list")!;

function withMeeting(meeting: Partial<Meeting>) {
  storeDraft({
    type: listTemplate.meetingType,
    date: "2024-02-13",
    roster: {
      employer: [{ name: "Eva Berg" }],
      unions: [
        { org: "kommunal", people: [{ name: "Bo Lind" }] },
        { org: "vision", people: [{ name: "Per Holm" }] },
      ],
      absent: [],
    },
    justerare: [],
    ...meeting,
  } as Meeting);
  localStorage.setItem("sp.pane.template", JSON.stringify(listTemplate.id));
}

describe("Justering", () => {
  it("previews each party's line with the items where it disagreed, and rewrites the block", async () => {
    withMeeting({
      justerare: [
        { org: "kommunal", name: "Bo Lind" },
        { org: "arbetsgivaren", name: "Eva Berg" },
      ],
    });
    const ops = fakeOps();
    ops.index.disagreements = [
      { id: "d1", orgs: ["kommunal"], sectionTitle: "7. Föranmälda frågor", text: "…" },
    ];
    const { user } = await renderPane(ops, "Justering");
    const preview = await screen.findByTestId("justering-preview");
    await waitFor(() =>
      expect(preview.textContent).toContain("Bo Lind för Kommunal (oenighet under föranmälda frågor)"),
    );
    expect(preview.textContent).toContain("Eva Berg för arbetsgivaren");
    expect(preview.textContent).not.toContain("arbetsgivaren (oenighet");

    await user.click(screen.getByRole("button", { name: "Uppdatera justeringen" }));
    expect(ops.rewriteJustering).toHaveBeenCalledOnce();
    expect(ops.rewriteJustering.mock.calls[0]?.[0].justerare).toHaveLength(2);
    expect(ops.rewriteJustering.mock.calls[0]?.[1]).toEqual(listTemplate);
    await expectStatus("Justeringen är uppdaterad i dokumentet.");
  });

  it("warns when a union disagreed but has no justerare", async () => {
    withMeeting({ justerare: [{ org: "arbetsgivaren", name: "Eva Berg" }] });
    const ops = fakeOps();
    ops.index.disagreements = [{ id: "d1", orgs: ["kommunal"], sectionTitle: "3. Budget", text: "…" }];
    await renderPane(ops, "Justering");
    const heading = await screen.findByRole("heading", { name: "Att åtgärda före justering" });
    const list = heading.nextElementSibling as HTMLElement;
    await waitFor(() => expect(within(list).getByText(/Kommunal är oenig/)).toBeTruthy());
  });

  it("names a union without justerare once, also after the review has found the same", async () => {
    withMeeting({ justerare: [{ org: "kommunal", name: "Bo Lind" }] });
    const ops = fakeOps();
    ops.readDocumentText.mockResolvedValue(
      [
        "Protokoll från förvaltningsgruppen den 13 februari 2024",
        "1. Mötets öppnande",
        "Eva Berg öppnade mötet.",
        "Justeras (digitalt)",
        "Bo Lind för Kommunal",
      ].join("\n"),
    );
    const { user } = await renderPane(ops, "Justering");
    const panel = screen.getByRole("tabpanel");
    await waitFor(() => expect(within(panel).getAllByText(/Vision deltar/)).toHaveLength(1));
    await user.click(screen.getByRole("button", { name: "Granska protokollet" }));
    await waitFor(() => expect(within(panel).getByText(/Granskningen är klar|Att se över/)).toBeTruthy());
    expect(within(panel).getByText("Vision deltar men har ingen justerare.")).toBeTruthy();
    expect(within(panel).getAllByText(/Vision deltar/)).toHaveLength(1);
    // What the review does not cover stays in the list above it.
    expect(within(panel).getByText("Arbetsgivaren deltar i mötet men har ingen justerare.")).toBeTruthy();
  });

  it("keeps everything and says why when the rewrite fails", async () => {
    withMeeting({ justerare: [{ org: "vision", name: "Per Holm" }] });
    const ops = fakeOps();
    const error = officeError("AccessDenied");
    ops.rewriteJustering.mockRejectedValue(error);
    const { user } = await renderPane(ops, "Justering");
    await user.click(screen.getByRole("button", { name: "Uppdatera justeringen" }));
    await expectAlert(
      "Dokumentet är skrivskyddat eller låst för redigering. Aktivera redigering och försök igen.",
    );
    expect(screen.getByTestId("justering-preview").textContent).toContain("Per Holm för Vision");
  });
});
