import { expect, it, vi } from "vitest";
import { COMMAND_FUNCTIONS } from "../../manifest/office/manifest";

it("registers a handler for every function the manifest's buttons name at once, before Office is ready", async () => {
  const associate = vi.fn();
  (globalThis as Record<string, unknown>).Office = {
    // Office that is still starting: registration must not wait for it (office-js #2744, #3378, #5176).
    onReady: () => new Promise(() => {}),
    context: { ui: {} },
    actions: { associate },
  };
  await import("./commands");
  expect(associate.mock.calls.map(([name]) => name).sort()).toEqual(Object.values(COMMAND_FUNCTIONS).sort());
  for (const [, handler] of associate.mock.calls) expect(handler).toBeTypeOf("function");
});
