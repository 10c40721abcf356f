import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { importsOf, moduleImports, ROOT, resolveImport, staticSet } from "./source-graph";

/**
 * Which catalogue parts each bundle shows, read from the sources: a bundle's runtime catalogue holds only
 * the parts its modules register (`registerMessages`), so a key of a part nobody registered would be shown
 * raw. This finds such keys before they ship.
 */

const I18N = "shared/i18n/i18n.ts";
const CATALOGUE = "shared/i18n/catalogue.ts";

/** A catalogue part: its messages file and its keys. */
export interface Part {
  file: string;
  keys: readonly string[];
}

/** The parts `catalogue.ts` makes `MessageKey` of, each with the keys of the objects its file exports. */
export async function catalogueParts(): Promise<Part[]> {
  const parts: Part[] = [];
  for (const file of importsOf(CATALOGUE)) {
    const exports = (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
    const keys = Object.values(exports).flatMap((value) =>
      typeof value === "object" && value !== null ? Object.keys(value) : [],
    );
    parts.push({ file, keys });
  }
  return parts;
}

/**
 * The sources that start a realm: every project file named by the build (the Vite inputs and content
 * scripts of vite.config.ts, the tsx steps of scripts/build.mjs); an HTML page stands for its module script.
 */
export function bundleEntries(): string[] {
  const named = ["vite.config.ts", "scripts/build.mjs"].flatMap((config) =>
    [
      ...readFileSync(join(ROOT, config), "utf8")
        // Vitest's setup files run before tests, not in a bundle.
        .replace(/setupFiles:\s*\[[^\]]*\]/g, "")
        .matchAll(/["']([\w./-]+\.(?:tsx?|html))["']/g),
    ].map((match) => match[1]!),
  );
  const entries = named
    .filter((file) => existsSync(join(ROOT, file)))
    .flatMap((file) => {
      if (!file.endsWith(".html")) return [file];
      const html = readFileSync(join(ROOT, file), "utf8");
      return [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].flatMap(
        (match) => resolveImport(file, match[1]!) ?? [],
      );
    });
  return [...new Set(entries)].sort();
}

interface Literal {
  text: string;
  /** The fixed start of a template literal with an expression in it: `word.report.${…}`. */
  head: boolean;
}

// A "/" here starts a regular expression, not a division.
const BEFORE_REGEX = new Set([
  "",
  "(",
  ",",
  "=",
  ":",
  "[",
  "!",
  "&",
  "|",
  "?",
  "{",
  "}",
  ";",
  "+",
  "-",
  "*",
  "%",
]);

/**
 * The string literals of a source and the heads of its template literals, comments and regular
 * expressions skipped. A small scanner rather than a regular expression, so a quote in a comment or a
 * regular expression does not swallow a key after it.
 */
export function stringLiterals(source: string): Literal[] {
  const found: Literal[] = [];
  const templateDepths: number[] = [];
  let depth = 0;
  let last = "";
  let i = 0;
  const skipTo = (end: string) => {
    const at = source.indexOf(end, i);
    i = at < 0 ? source.length : at + end.length;
  };
  // From just inside a template (or a "}" closing one of its expressions) to its end or next "${".
  const template = (): Literal => {
    let text = "";
    while (i < source.length) {
      const c = source[i]!;
      if (c === "\\") {
        text += source[i + 1] ?? "";
        i += 2;
      } else if (c === "`") {
        i++;
        return { text, head: false };
      } else if (c === "$" && source[i + 1] === "{") {
        i += 2;
        templateDepths.push(depth);
        return { text, head: true };
      } else {
        text += c;
        i++;
      }
    }
    return { text, head: false };
  };
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "/" && next === "/") skipTo("\n");
    else if (c === "/" && next === "*") skipTo("*/");
    else if (c === "/" && (BEFORE_REGEX.has(last) || /\breturn$/.test(source.slice(0, i).trimEnd()))) {
      let inClass = false;
      for (i++; i < source.length && source[i] !== "\n"; i++) {
        if (source[i] === "\\") i++;
        else if (source[i] === "[") inClass = true;
        else if (source[i] === "]") inClass = false;
        else if (source[i] === "/" && !inClass) break;
      }
      i++;
      last = "/";
    } else if (c === '"' || c === "'") {
      let text = "";
      for (i++; i < source.length && source[i] !== c && source[i] !== "\n"; i++) {
        if (source[i] === "\\") i++;
        text += source[i];
      }
      i++;
      found.push({ text, head: false });
      last = c;
    } else if (c === "`") {
      i++;
      found.push(template());
      last = "`";
    } else {
      if (c === "{") depth++;
      if (c === "}") {
        if (templateDepths.at(-1) === depth) {
          templateDepths.pop();
          i++;
          template();
          last = "`";
          continue;
        }
        depth--;
      }
      i++;
      last = c;
    }
  }
  return found;
}

/** A catalogue key a module uses, with the part it belongs to. */
interface KeyUse {
  key: string;
  part: string;
  file: string;
}

/**
 * The catalogue keys a module names: a literal that is a key, the base of a counted pair ("pane.inbox.links"
 * for ".one"/".other"), a literal ending in "." or a template's head (`word.report.${…}`) for every key it
 * starts. The message files themselves define keys rather than use them.
 */
function keysUsed(file: string, partOf: Map<string, string>): KeyUse[] {
  if (file.startsWith("shared/i18n/messages/")) return [];
  const uses: KeyUse[] = [];
  for (const { text, head } of stringLiterals(readFileSync(join(ROOT, file), "utf8"))) {
    if (!/^[a-z]+\./.test(text)) continue;
    const exact = partOf.get(text);
    if (exact) {
      uses.push({ key: text, part: exact, file });
      continue;
    }
    const prefix = head || text.endsWith(".") ? text : `${text}.`;
    for (const [key, part] of partOf) if (key.startsWith(prefix)) uses.push({ key: text, part, file });
  }
  return uses;
}

/** The message files a module passes to `registerMessages(…)`, through the names it imports them by. */
export function registeredParts(file: string): string[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  const importedAs = new Map<string, string>();
  for (const [, names, specifier] of source.matchAll(/\bimport\s+\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    const resolved = resolveImport(file, specifier!);
    if (!resolved) continue;
    for (const name of names!.split(",")) {
      const local = name
        .trim()
        .split(/\s+as\s+/)
        .at(-1);
      if (local) importedAs.set(local, resolved);
    }
  }
  return [...source.matchAll(/\bregisterMessages\s*\(([^)]*)\)/g)].flatMap(([, args]) =>
    args!
      .split(",")
      .map((arg) => importedAs.get(arg.trim().replace(/^\.\.\./, "")))
      .filter((part) => part !== undefined),
  );
}

/**
 * Every place a bundle would show a key raw, as one line per root and missing part; empty when none.
 * A realm (an entry, a worker) whose modules never reach `t` only passes keys on as data: an entry of
 * that kind is not checked (a content script's notices are shown by the extension's pages), a worker's
 * keys go back to the page that started it. A dynamic import runs in its importer's realm, after the
 * importer's registrations. Where a root registers parts, its first import must be the module that does,
 * so no module evaluated before it meets an empty catalogue.
 */
export function missingMessages(entries: readonly string[], parts: readonly Part[]): string[] {
  const partOf = new Map(parts.flatMap(({ file, keys }) => keys.map((key) => [key, file] as const)));
  const problems: string[] = [];
  const visited = new Set<string>();

  const visit = (chain: string[], kind: "entry" | "worker" | "dynamic", inherited: ReadonlySet<string>) => {
    const root = chain.at(-1)!;
    const modules = staticSet(root);
    const renders = modules.includes(I18N);
    if (kind === "entry" && !renders) return;
    const own = modules.flatMap(registeredParts);
    const available = new Set(kind === "worker" && renders ? own : [...own, ...inherited]);
    const signature = `${root}|${[...available].sort().join(",")}`;
    if (visited.has(signature)) return;
    visited.add(signature);

    const label = chain.join(" › ");
    const missing = new Map<string, KeyUse>();
    for (const use of modules.flatMap((file) => keysUsed(file, partOf))) {
      if (!available.has(use.part) && !missing.has(use.part)) missing.set(use.part, use);
    }
    for (const [part, use] of missing) {
      problems.push(`${label}: ${part} is not registered (${use.key} in ${use.file})`);
    }
    const first = moduleImports(root).static[0];
    if (own.length > 0 && !registeredParts(root).length && !(first && registeredParts(first).length)) {
      problems.push(`${label}: the module registering messages is not imported first`);
    }

    for (const file of modules) {
      const { dynamic, workers } = moduleImports(file);
      for (const target of dynamic)
        if (!modules.includes(target)) visit([...chain, target], "dynamic", available);
      for (const target of workers) visit([...chain, target], "worker", available);
    }
  };

  for (const entry of entries) visit([entry], "entry", new Set());
  return problems;
}
