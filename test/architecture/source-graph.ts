import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Project root, for reading sources from the architecture tests. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** Every TypeScript source (tests included) under the given top-level folders, as root-relative paths. */
export function sourceFiles(folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return out.sort();
}

// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `vi.mock("x")`. TypeScript 7 (the
// native compiler) has no JavaScript API to ask, and our sources put every specifier in one of these forms.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bvi\.mock\(\s*)["']([^"'\n]+)["']/g;

const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

function specifiers(source: string): string[] {
  return [...withoutComments(source).matchAll(SPECIFIER)].map((match) => match[1]!);
}

/** A relative specifier of `file` as a root-relative project file, or null (a package, or no such file). */
export function resolveImport(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(ROOT, dirname(file), specifier.replace(/\.(js|mjs)$/, ""));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate);
    } catch {
      // not this candidate
    }
  }
  return null;
}

/** The project files a source imports (static, dynamic and type-only), resolved to root-relative paths. */
export function importsOf(file: string): string[] {
  return specifiers(readFileSync(join(ROOT, file), "utf8"))
    .map((specifier) => resolveImport(file, specifier))
    .filter((found) => found !== null);
}

/**
 * What a source imports, by when it runs, in source order: `static` modules are evaluated before it
 * (type-only imports are erased and left out), `dynamic` ones load later in the same realm (`import("…")`),
 * `workers` start a realm of their own (`new Worker(new URL("…", import.meta.url))`). `vi.mock` is left out.
 */
export interface ModuleImports {
  static: string[];
  dynamic: string[];
  workers: string[];
}

// `import x, { y } from`, `export * from`, `import "x"`; group 1 is set for `import type` / `export type`.
const STATIC = /\b(?:import|export)\s+(type\s+)?(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"'\n]+)["']/g;
const DYNAMIC = /(?<!\btypeof\s*)\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/g;
const WORKER = /\bnew\s+(?:Shared)?Worker\s*\(\s*new\s+URL\s*\(\s*["']([^"'\n]+)["']/g;

export function moduleImports(file: string): ModuleImports {
  const source = withoutComments(readFileSync(join(ROOT, file), "utf8"));
  const resolved = (matches: Iterable<RegExpMatchArray>, group: number) =>
    [...matches].flatMap((match) => resolveImport(file, match[group]!) ?? []);
  return {
    static: resolved(
      [...source.matchAll(STATIC)].filter((match) => !match[1]),
      2,
    ),
    dynamic: resolved(source.matchAll(DYNAMIC), 1),
    workers: resolved(source.matchAll(WORKER), 1),
  };
}

/** `root` and every module evaluated before it runs: the closure of its static imports, root first. */
export function staticSet(root: string): string[] {
  const seen = new Set([root]);
  for (const file of seen) for (const dep of moduleImports(file).static) seen.add(dep);
  return [...seen];
}

/** Strongly connected components of more than one file (Tarjan), i.e. the import cycles. */
export function importCycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((dep) => files.includes(dep))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const dep of graph.get(file) ?? []) {
      if (!index.has(dep)) {
        visit(dep);
        low.set(file, Math.min(low.get(file)!, low.get(dep)!));
      } else if (onStack.has(dep)) low.set(file, Math.min(low.get(file)!, index.get(dep)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}
