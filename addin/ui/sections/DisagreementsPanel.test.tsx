import { screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../shared/model/meeting";
import { lastDisagreementOrgs } from "../../commands/last-choice";
import { storeDraft } from "../testing/draft";
import { fakeOps, officeError } from "../testing/fake-ops";
import { expectAlert, expectStatus, renderPane } from "../testing/render";

describe("Oenighet", () => {
  it("marks oenighet for the chosen unions and lists it under its item", async () => {
    const ops = fakeOps();
    ops.index.sections = [{ id: "40", tag: "sp:punkt:omorganisation", title: "4. Omorganisation" }];
    ops.markDisagreement.mockImplementation(async (orgs) => {
      ops.index.disagreements.push({
        id: "d1",
        orgs,
        sectionTitle: "4. Omorganisation",
        text: "Facken är oeniga.",
      });
      // Under a heading control Word gives only the section's id; the pane names it from the index.
      return { id: "d1", sectionId: "40" };
    });
    const { user } = await renderPane(ops, "Oenighet");
    const mark = screen.getByRole("button", { name: "Markera oenighet" });
    // Unavailable until a union is chosen, but focusable (aria-disabled): a click does nothing.
    expect(mark.getAttribute("aria-disabled")).toBe("true");
    await user.click(mark);
    expect(ops.markDisagreement).not.toHaveBeenCalled();
    await user.click(screen.getByRole("checkbox", { name: "Kommunal" }));
    await user.click(screen.getByRole("checkbox", { name: "Vision" }));
    await user.click(mark);

    expect(ops.markDisagreement).toHaveBeenCalledWith(["kommunal", "vision"]);
    // The ribbon command marks for the unions last chosen here.
    await waitFor(() => expect(lastDisagreementOrgs()).toEqual(["kommunal", "vision"]));
    await expectStatus("Oenighet markerad för Kommunal och Vision under ”4. Omorganisation”.");
    const list = screen.getByRole("region", { name: "Oenighet i dokumentet" });
    expect(within(list).getByRole("heading", { name: "4. Omorganisation" })).toBeTruthy();
    expect(within(list).getByRole("button", { name: /Visa i dokumentet: Kommunal och Vision/ })).toBeTruthy();
  });

  it("offers the unions at the meeting first and keeps the choice when Word fails", async () => {
    storeDraft({
      type: "fsg-vsg",
      date: "2024-03-01",
      roster: { employer: [], unions: [{ org: "vardforbundet", people: [{ name: "Li" }] }], absent: [] },
      justerare: [],
    } as Meeting);
    const ops = fakeOps();
    const error = officeError("ItemNotFound");
    ops.markDisagreement.mockRejectedValue(error);
    const { user } = await renderPane(ops, "Oenighet");
    const group = screen.getByRole("group", { name: "Fackliga organisationer som är oeniga" });
    expect(within(group).getAllByRole("checkbox")[0]).toBe(
      within(group).getByRole("checkbox", { name: "Vårdförbundet" }),
    );
    await user.click(within(group).getByRole("checkbox", { name: "Vårdförbundet" }));
    await user.click(screen.getByRole("button", { name: "Markera oenighet" }));
    await expectAlert(
      "Markeringen finns inte längre i dokumentet. Den kan ha tagits bort eller ångrats – uppdatera listan.",
    );
    expect(within(group).getByRole("checkbox", { name: "Vårdförbundet" })).toHaveProperty("checked", true);
    expect(lastDisagreementOrgs()).toBeNull();
  });

  it("shows the last day to request central negotiation from the outcome entered under Möte", async () => {
    const { user } = await renderPane(fakeOps());
    await user.selectOptions(screen.getByLabelText("Mötestyp"), "mbl-forhandling");
    await user.type(screen.getByLabelText("Förhandlingen avslutad"), "2024-12-20");
    await user.click(screen.getByRole("tab", { name: "Oenighet" }));
    const panel = screen.getByRole("tabpanel", { name: "Oenighet" });
    // 10 days from the day after 20 December: Monday 30 December.
    expect(within(panel).getByText(/Sista dag att begära central förhandling/).textContent).toBe(
      "Sista dag att begära central förhandling: måndagen den 30 december 2024.",
    );
    await user.click(screen.getByRole("tab", { name: "Möte" }));
    await user.selectOptions(screen.getByLabelText("Resultat"), "enighet");
    expect(within(panel).getByText(/ingen central förhandling behövs/).textContent).toBe(
      "Förhandlingen slutade i enighet; ingen central förhandling behövs.",
    );
  });

  it("shows no negotiation deadline for other meetings", async () => {
    await renderPane(fakeOps(), "Oenighet");
    expect(screen.queryByLabelText("Förhandlingen avslutad")).toBeNull();
  });
});
