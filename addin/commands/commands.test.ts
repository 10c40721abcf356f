import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeOps, officeError } from "../ui/testing/fake-ops";
import { WordOpError } from "../word/errors";
import { createCommandHandlers } from "./handlers";
import {
  lastDisagreementOrgs,
  lastStatementOrg,
  rememberDisagreementOrgs,
  rememberStatementOrg,
} from "./last-choice";
import { dialogNotifier, noticeUrl, renderNoticeIfRequested } from "./notice";

beforeEach(() => localStorage.clear());

describe("ribbon and context-menu handlers", () => {
  it("marks with the organisation last chosen in the pane and completes without a message", async () => {
    rememberStatementOrg("kommunal");
    const ops = fakeOps();
    const notify = vi.fn(async () => {});
    const event = { completed: vi.fn() };
    await createCommandHandlers(ops, notify).markStatement(event);
    expect(ops.markStatement).toHaveBeenCalledWith("kommunal");
    expect(notify).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("marks oenighet for all the unions last chosen", async () => {
    rememberDisagreementOrgs(["kommunal", "vision"]);
    const ops = fakeOps();
    await createCommandHandlers(ops, vi.fn()).markDisagreement({ completed: vi.fn() });
    expect(ops.markDisagreement).toHaveBeenCalledWith(["kommunal", "vision"]);
  });

  it("asks the user to choose in the pane when nothing was chosen, without touching Word", async () => {
    const ops = fakeOps();
    const notify = vi.fn(async () => {});
    const event = { completed: vi.fn() };
    await createCommandHandlers(ops, notify).markDisagreement(event);
    expect(ops.markDisagreement).not.toHaveBeenCalled();
    expect(notify).toHaveBeenCalledWith(
      "Knappen använder den organisation du senast markerade med i fönstret Protokoll. Öppna Protokoll på fliken Start, markera där en gång och försök sedan igen.",
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("shows Word's failure in Swedish and completes only after the message was dismissed", async () => {
    rememberStatementOrg("vision");
    const ops = fakeOps();
    ops.markStatement.mockRejectedValue(officeError("AccessDenied"));
    const order: string[] = [];
    const notify = vi.fn(async (message: string) => {
      order.push(`notify:${message.slice(0, 20)}`);
    });
    await createCommandHandlers(ops, notify).markStatement({ completed: () => order.push("completed") });
    expect(order).toEqual(["notify:Dokumentet är skrivs", "completed"]);
  });

  it("sets the UI language on every press, before anything is shown", async () => {
    const order: string[] = [];
    const ops = fakeOps();
    await createCommandHandlers(
      ops,
      async () => {
        order.push("notify");
      },
      () => order.push("language"),
    ).markDisagreement({ completed: () => order.push("completed") });
    expect(order).toEqual(["language", "notify", "completed"]);
  });

  it("shows the adapter's own messages too", async () => {
    rememberStatementOrg("vision");
    const ops = fakeOps();
    ops.markStatement.mockRejectedValue(new WordOpError("word.error.noSelection"));
    const notify = vi.fn(async () => {});
    await createCommandHandlers(ops, notify).markStatement({ completed: vi.fn() });
    expect(notify).toHaveBeenCalledWith("Placera markören i det stycke som ska markeras och försök igen.");
  });
});

describe("last choice", () => {
  it("ignores stored values that are not catalogue organisations", () => {
    localStorage.setItem("sp.pane.lastStatementOrg", JSON.stringify("<script>"));
    localStorage.setItem("sp.pane.lastDisagreementOrgs", JSON.stringify(["okänd", 3, "ssr"]));
    expect(lastStatementOrg()).toBeNull();
    expect(lastDisagreementOrgs()).toEqual(["ssr"]);
    localStorage.setItem("sp.pane.lastDisagreementOrgs", "{not json");
    expect(lastDisagreementOrgs()).toBeNull();
  });
});

describe("notice dialog", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it("opens this page as the dialog with the message", async () => {
    const open = vi.fn(async () => {});
    await dialogNotifier(open, "https://localhost:3000/addin/commands/commands.html")("Något gick fel");
    expect(open).toHaveBeenCalledWith(
      "https://localhost:3000/addin/commands/commands.html?notice=N%C3%A5got+gick+fel",
    );
  });

  it("renders the message as text with a focused close button that tells Office to close", () => {
    const url = noticeUrl("https://x.example/commands.html?old=1#h", '<img src=x onerror="alert(1)"> Fel');
    const doc = document.implementation.createHTMLDocument("notice");
    Object.defineProperty(doc, "location", { value: new URL(url) });
    const close = vi.fn();
    expect(renderNoticeIfRequested(doc, close)).toBe(true);
    expect(doc.querySelector("img")).toBeNull();
    expect(doc.querySelector('[role="alert"]')?.textContent).toBe('<img src=x onerror="alert(1)"> Fel');
    const button = doc.querySelector("button")!;
    expect(button.textContent).toBe("Stäng");
    button.click();
    expect(close).toHaveBeenCalledTimes(1);
    doc.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(close).toHaveBeenCalledTimes(2);
  });

  it("leaves the page alone on a normal function-file load", () => {
    const doc = document.implementation.createHTMLDocument("commands");
    Object.defineProperty(doc, "location", { value: new URL("https://x.example/commands.html") });
    expect(renderNoticeIfRequested(doc, vi.fn())).toBe(false);
  });
});
