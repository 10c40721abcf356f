#!/usr/bin/env node
// `npm start`: the add-in over HTTPS on https://localhost:3000 (Vite dev server) with office-addin-dev-certs
// certificates, the trial page (real pane + Word test double) on the same server, and how to sideload, all
// said in Swedish (the certificate library's own English lines are kept out).
// Certificates are reused when valid, generated when missing; trusting them may need admin rights and is
// only attempted interactively. Without certificates it falls back to plain HTTP and says what that means.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import { createServer } from "vite";

const root = resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const PORT = 3000;
const PATHS = {
  taskpane: "addin/ui/taskpane.html",
  commands: "addin/commands/commands.html",
  trial: "test/double/trial.html",
  manifest: "dist/addin/manifest.dev.xml",
};

const say = (line = "") => process.stdout.write(`${line}\n`);

/** Runs a call of office-addin-dev-certs without its English console lines: this script says it in Swedish. */
async function quietly(call) {
  const log = console.log;
  console.log = () => {};
  try {
    return await call();
  } finally {
    console.log = log;
  }
}

/** What the browser's and Word's certificate warning means, and how to make it go away, in Swedish. */
function explainCertificate(caCertificatePath) {
  say("Certifikatet är inte betrott på den här datorn, så webbläsaren och Word varnar för");
  say(
    `https://localhost:${PORT}: certifikatet är utfärdat av en utvecklingscertifikatutfärdare som skapades`,
  );
  say(
    "här, inte av en allmänt betrodd utfärdare. För utveckling är det ofarligt (trafiken lämnar inte datorn),",
  );
  say("men Word vägrar ladda tillägget förrän utfärdaren är betrodd. Gör den betrodd en gång:");
  say("  npx office-addin-dev-certs install");
  say("  (Windows frågar i en dialogruta, macOS efter lösenordet till nyckelringen, Linux kör sudo.)");
  say(`Eller installera utfärdaren för hand: ${caCertificatePath}`);
  say(
    "  Windows: dubbelklicka, Installera certifikat > Aktuell användare > Betrodda rotcertifikatutfärdare.",
  );
  say("  macOS: öppna i Nyckelhanterare och välj Lita alltid på.");
  say("  Linux: Chromium och Firefox läser egna certifikatlager; importera den under Inställningar >");
  say("  Sekretess och säkerhet > Certifikat > Utfärdare.");
}

/** Certificates from office-addin-dev-certs, or null (with the reason printed) when none can be had. */
async function certificates() {
  let certs;
  try {
    certs = require("office-addin-dev-certs");
  } catch {
    say("office-addin-dev-certs saknas (npm install) – startar utan HTTPS.");
    return null;
  }
  const {
    caCertificatePath,
    localhostCertificatePath,
    localhostKeyPath,
  } = require("office-addin-dev-certs/lib/defaults");
  try {
    if (!certs.verifyCertificates()) {
      say("Skapar utvecklingscertifikat för localhost (office-addin-dev-certs) …");
      await quietly(() => certs.generateCertificates());
      say(`Certifikaten finns i ${dirname(caCertificatePath)}.`);
    }
  } catch (error) {
    say(`Kunde inte skapa certifikat: ${error.message}`);
    return null;
  }
  let trusted = false;
  try {
    trusted = certs.isCaCertificateInstalled();
  } catch {
    trusted = false;
  }
  if (!trusted && process.stdin.isTTY) {
    try {
      // May ask for an administrator password (sudo / Windows prompt): that is the certificate store's rule.
      await quietly(() => certs.installCaCertificate());
      trusted = true;
    } catch (error) {
      say(`Certifikatet kunde inte göras betrott: ${error.message.split("\n")[0]}`);
    }
  }
  if (!trusted) explainCertificate(caCertificatePath);
  return {
    key: readFileSync(localhostKeyPath),
    cert: readFileSync(localhostCertificatePath),
    ca: readFileSync(caCertificatePath),
  };
}

/** The dev manifest and its icons (dist/addin) are served beside the sources so Word can fetch the icons. */
function builtAddinFiles() {
  const dir = join(root, "dist/addin");
  const types = { ".png": "image/png", ".xml": "application/xml; charset=utf-8" };
  return {
    name: "sp-built-addin-files",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
        if (!/^\/(icons\/[\w.-]+\.png|manifest\.dev\.xml)$/.test(path)) return next();
        const file = join(dir, path);
        if (!existsSync(file)) return next();
        response.setHeader("content-type", types[extname(file)] ?? "application/octet-stream");
        response.end(readFileSync(file));
      });
    },
  };
}

function buildManifest() {
  try {
    execFileSync("npx", ["tsx", "manifest/office/build.ts"], { cwd: root, stdio: "pipe" });
    return true;
  } catch (error) {
    say(`Manifestet kunde inte byggas: ${String(error.stderr ?? error.message).split("\n")[0]}`);
    return false;
  }
}

const https = await certificates();
const manifestBuilt = buildManifest();
let server;
try {
  server = await createServer({
    root,
    configFile: join(root, "vite.config.ts"),
    mode: "addin",
    plugins: [builtAddinFiles()],
    server: { port: PORT, strictPort: true, host: "localhost", ...(https ? { https } : {}) },
  });
  await server.listen();
} catch (error) {
  say(
    error.code === "EADDRINUSE" || /in use/i.test(String(error.message))
      ? `Port ${PORT} används redan. Stoppa det andra programmet (eller en tidigare npm start) och försök igen.`
      : `Utvecklingsservern kunde inte starta: ${error.message}`,
  );
  process.exit(1);
}

const origin = `${https ? "https" : "http"}://localhost:${PORT}`;
say();
say("Samverkansprotokoll – utvecklingsserver");
say(`  Aktivitetsfönstret:  ${origin}/${PATHS.taskpane}`);
say(`  Kommandon:           ${origin}/${PATHS.commands}`);
say(`  Provsida (testdubblett – inte Word): ${origin}/${PATHS.trial}`);
if (!https) {
  say();
  say("UTAN HTTPS: Word kräver https för tillägg, så sidladdning i Word fungerar inte nu.");
  say("Provsidan fungerar ändå i webbläsaren.");
}
say();
say("Sidladda i Word på webben:");
say("  1. Öppna ett dokument i Word på webben (Microsoft 365).");
say("  2. Start > Tillägg > Fler tillägg > Mina tillägg > Ladda upp mitt tillägg.");
say(`  3. Välj ${manifestBuilt ? PATHS.manifest : `${PATHS.manifest} (bygg först: npm run build)`}.`);
say("Sidladda i Word för skrivbordet:");
say("  Windows: dela en mapp med manifestet och lägg till den under Arkiv > Alternativ >");
say("  Säkerhetscenter > Inställningar för Säkerhetscenter > Betrodda tilläggskataloger; starta om Word och");
say("  välj tillägget under Start > Tillägg > Avancerat > Delad mapp.");
say("  Mac: kopiera manifestet till ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/.");
say("Kör sedan Självtest under Hjälp i ett tomt dokument (se docs/sideloading.md).");
say();
say("Avsluta med Ctrl+C.");

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
