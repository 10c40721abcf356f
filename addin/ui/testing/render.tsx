import { cleanup, render, screen, waitFor } from "@testing-library/preact";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect } from "vitest";
import { App } from "../App";
import type { FakeOps } from "./fake-ops";

// Testing Library cleans up by itself only with Vitest globals, which this project does not enable.
afterEach(cleanup);
// The analysis and the help load as chunks of their own on first use; on the shared 2-core machine the first
// load of one in a test file can take longer than a second of waiting (`findBy…` waits as long: setup-dom.ts).
const WAIT = { timeout: 5000 };
beforeEach(() => localStorage.clear());

/** Renders the pane with fake operations, waits until it has read the document, and opens a tab. */
export async function renderPane(ops: FakeOps, tab?: string) {
  const user = userEvent.setup();
  const view = render(<App ops={ops} />);
  await waitFor(() => expect(ops.readIndex).toHaveBeenCalled());
  if (tab) await user.click(screen.getByRole("tab", { name: tab }));
  return { user, view };
}

/** The alert's message, without its dismiss button. */
const alertMessage = () => screen.getByRole("alert").querySelector(".alert-message")?.textContent ?? "";

/** Waits for the alert region to show exactly this message (operations settle asynchronously). */
export async function expectAlert(message: string) {
  await waitFor(() => expect(alertMessage()).toBe(message), WAIT);
}

/** Waits for the polite status line to show exactly this message. */
export async function expectStatus(message: string) {
  await waitFor(() => expect(screen.getByRole("status").textContent).toBe(message), WAIT);
}
