/// <reference types="vitest/config" />
import { resolve } from "node:path";
import preact from "@preact/preset-vite";
import { defineConfig, type UserConfig } from "vite";

// One config, several build targets chosen by `--mode`, because MV3 content scripts must be single
// classic scripts (no imports) while pages and the service worker may share ES chunks.
const root = import.meta.dirname;
const at = (path: string) => resolve(root, path);

const contentScripts: Record<string, string> = {
  clip: "extension/content/clip.ts",
  bridge: "extension/content/bridge.ts",
};

function addinTarget(): UserConfig {
  return {
    base: "./",
    build: {
      outDir: at("dist/addin"),
      emptyOutDir: true,
      rollupOptions: {
        input: {
          taskpane: at("addin/ui/taskpane.html"),
          commands: at("addin/commands/commands.html"),
        },
      },
    },
  };
}

/** The trial page: the real pane against the Word test double (test/double), for `npm start` and e2e. */
function trialTarget(): UserConfig {
  return {
    base: "./",
    build: {
      outDir: at("dist/trial"),
      emptyOutDir: true,
      rollupOptions: { input: { trial: at("test/double/trial.html") } },
    },
  };
}

function extensionPagesTarget(): UserConfig {
  return {
    // Rooted at extension/ so popup.html and options.html land at the top of the unpacked extension.
    root: at("extension"),
    base: "./",
    build: {
      outDir: at("dist/extension/chrome"),
      emptyOutDir: true,
      modulePreload: false,
      rollupOptions: {
        input: {
          popup: at("extension/popup.html"),
          options: at("extension/options.html"),
          "service-worker": at("extension/background/service-worker.ts"),
        },
        output: {
          entryFileNames: (chunk) =>
            chunk.name === "service-worker" ? "[name].js" : "assets/[name]-[hash].js",
        },
      },
    },
  };
}

function contentScriptTarget(name: string): UserConfig {
  const entry = contentScripts[name];
  if (!entry) throw new Error(`Unknown content script: ${name}`);
  return {
    build: {
      outDir: at("dist/extension/chrome/content"),
      emptyOutDir: false,
      lib: { entry: at(entry), formats: ["iife"], name: `sp_${name}`, fileName: () => `${name}.js` },
    },
  };
}

function cliTarget(): UserConfig {
  return {
    build: {
      outDir: at("dist"),
      emptyOutDir: false,
      ssr: at("shared/cli/main.ts"),
      target: "node20",
      rollupOptions: { output: { entryFileNames: "cli.js", format: "es" } },
    },
  };
}

function targetFor(mode: string): UserConfig {
  if (mode.startsWith("content-")) return contentScriptTarget(mode.slice("content-".length));
  switch (mode) {
    case "trial":
      return trialTarget();
    case "extension":
      return extensionPagesTarget();
    case "cli":
      return cliTarget();
    default:
      return addinTarget();
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [preact()],
  server: { port: 3000, strictPort: true },
  ...targetFor(mode),
  test: {
    // Every project extends this: the tests run with the whole catalogue registered.
    setupFiles: ["test/setup-messages.ts"],
    // A test's time limit only catches a hang: a 2-core machine under load takes several times the quiet
    // figure (a 3,000-paragraph DOCX took 9 s), and speed is the bench's to measure.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "shared/**/*.test.ts",
            "addin/word/**/*.test.ts",
            "addin/host/**/*.test.ts",
            "manifest/**/*.test.ts",
            "test/double/**/*.test.ts",
            "test/harness/**/*.test.ts",
            "test/architecture/**/*.test.ts",
            "extension/**/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "happy-dom",
          setupFiles: ["test/setup-dom.ts"],
          include: ["addin/ui/**/*.test.tsx", "addin/commands/**/*.test.ts", "extension/**/*.test.tsx"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["test/e2e/**/*.e2e.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
