import type { UserEvent } from "@testing-library/user-event";

/** Types a new value into a field as a user does, and leaves it (Tab): where a field checks what it got. */
export async function retype(user: UserEvent, field: HTMLInputElement, text: string): Promise<void> {
  await user.clear(field);
  await user.type(field, text);
  await user.tab();
}
