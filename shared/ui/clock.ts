/**
 * Reads a time of day as the minutes and a Swedish user write it ("13:00", "13.00", "kl. 9.05", "1300", "13")
 * on the 24-hour clock, as TT:MM; null for anything else ("1:30 PM", "25:00").
 */
export function parseClock(text: string): string | null {
  const match = /^(?:kl\.?\s*)?(\d{1,2})(?:[:.]?(\d{2}))?$/i.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}
