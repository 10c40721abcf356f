import { expect, it, vi } from "vitest";
import { COMMAND_FUNCTIONS } from "../../manifest/office/manifest";

it("registers a handler for every function the manifest's buttons name", async () => {
  const associate = vi.fn();
  (globalThis as Record<string, unknown>).Office = {
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve();
    },
    context: { displayLanguage: "sv-SE", ui: {} },
    actions: { associate },
  };
  await import("./commands");
  expect(associate.mock.calls.map(([name]) => name).sort()).toEqual(Object.values(COMMAND_FUNCTIONS).sort());
  for (const [, handler] of associate.mock.calls) expect(handler).toBeTypeOf("function");
});
