import { textOf, type UserMessage } from "../../shared/i18n/message";

/**
 * The popup's and the options page's two message lines: progress and results read politely, errors at once.
 * The status line is always in the page so that screen readers hear its first message.
 */
export function StatusLines({ status, error }: { status: UserMessage | null; error: UserMessage | null }) {
  return (
    <>
      <p role="status" class="status">
        {status && textOf(status)}
      </p>
      {error && (
        <p role="alert" class="error">
          {textOf(error)}
        </p>
      )}
    </>
  );
}
