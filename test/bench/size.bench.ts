// Bundle sizes, from the same budget list that CI enforces.
import { measure } from "../../scripts/size.mjs";
import type { Bench } from "./types";

export const sizeBench: Bench = async () =>
  measure().map((row: { name: string; bytes: number; maxBytes: number }) => ({
    name: `size: ${row.name}`,
    value: row.bytes / 1024,
    unit: "KB gzip" as const,
    target: `≤ ${(row.maxBytes / 1024).toFixed(0)} KB`,
  }));
