/** A catalogue section: each key holds its Swedish and English text; `{name}` marks a parameter. */
export type Messages = Record<string, { sv: string; en: string }>;
