import { afterEach, describe, expect, it, vi } from "vitest";
import { associateCommands, openDialog, whenOfficeReady } from "./office-host";

const host = globalThis as Record<string, unknown>;
afterEach(() => {
  delete host.Office;
  vi.useRealTimers();
});

describe("office host", () => {
  it("opens a dialog and resolves when the page asks to close it", async () => {
    const handlers = new Map<string, () => void>();
    const dialog = {
      close: vi.fn(),
      addEventHandler: (type: string, fn: () => void) => handlers.set(type, fn),
    };
    const displayDialogAsync = vi.fn((_url: string, _options: unknown, callback: (r: unknown) => void) =>
      callback({ status: "succeeded", value: dialog }),
    );
    host.Office = {
      AsyncResultStatus: { Succeeded: "succeeded" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: { ui: { displayDialogAsync } },
    };
    const shown = openDialog("https://x.example/commands.html?notice=Fel");
    expect(displayDialogAsync.mock.calls[0]?.slice(0, 2)).toEqual([
      "https://x.example/commands.html?notice=Fel",
      { height: 25, width: 35, displayInIframe: true },
    ]);
    handlers.get("message")?.();
    await shown;
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  it("resolves at once when Office cannot open the dialog", async () => {
    host.Office = {
      AsyncResultStatus: { Succeeded: "succeeded" },
      context: {
        ui: {
          displayDialogAsync: (_u: string, _o: unknown, callback: (r: unknown) => void) =>
            callback({ status: "failed" }),
        },
      },
    };
    await expect(openDialog("https://x.example/")).resolves.toBeUndefined();
  });

  it("associates every handler synchronously and then says the page is ready", () => {
    const calls: string[] = [];
    host.Office = {
      actions: { associate: (name: string) => calls.push(`associate ${name}`) },
      onReady: () => {
        calls.push("onReady");
        return new Promise(() => {});
      },
    };
    associateCommands({ markStatement: () => {}, markDisagreement: () => {} });
    expect(calls).toEqual(["associate markStatement", "associate markDisagreement", "onReady"]);
  });

  it("gives up waiting for Office after the deadline", async () => {
    vi.useFakeTimers();
    host.Office = { onReady: () => new Promise(() => {}) };
    const ready = whenOfficeReady(10_000);
    vi.advanceTimersByTime(10_000);
    expect(await ready).toBe("timeout");
  });
});
