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

function specifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...withoutComments.matchAll(SPECIFIER)].map((match) => match[1]!);
}

/** The project files a source imports (static, dynamic and type-only), resolved to root-relative paths. */
export function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const fileName of specifiers(readFileSync(join(ROOT, file), "utf8"))) {
    if (!fileName.startsWith(".")) continue;
    const base = resolve(ROOT, dirname(file), fileName.replace(/\.(js|mjs)$/, ""));
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
      try {
        if (statSync(candidate).isFile()) {
          found.push(relative(ROOT, candidate));
          break;
        }
      } catch {
        // not this candidate
      }
    }
  }
  return found;
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
