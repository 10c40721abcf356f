import { addinManifestMessages } from "../../shared/i18n/messages/addin-manifest";

/**
 * A classic script for the task pane's page, written into it after the build (`withLegacyEngineMessage`, a
 * step of manifest/office/build.ts) and kept to
 * ES5 so every engine parses it. Word 2016 and 2019 volume-licensed show add-ins in Internet Explorer 11,
 * which ignores `type="module"`; Word 2019 retail without WebView2 in Edge Legacy, which loads modules but
 * cannot parse `?.` (Microsoft's "Browsers and webview controls used by Office Add-ins"). Either way the pane
 * would stay blank; instead this says, in Swedish and English, which Word versions work.
 */
export function legacyEngineScript(): string {
  // Both languages at once, at build time: read from its part, not through `t`.
  const { sv, en } = addinManifestMessages["word.legacyEngine"];
  return `(function(){var ok="noModule" in document.createElement("script");if(ok){try{new Function("a","return a?.b??1")}catch(e){ok=false}}if(ok)return;document.addEventListener("DOMContentLoaded",function(){var app=document.getElementById("app");if(!app)return;while(app.firstChild)app.removeChild(app.firstChild);var m=[${JSON.stringify(sv)},${JSON.stringify(en)}];for(var i=0;i<m.length;i++){var p=document.createElement("p");if(i===0)p.setAttribute("role","alert");else p.setAttribute("lang","en");p.appendChild(document.createTextNode(m[i]));app.appendChild(p)}})})();`;
}

const MARKER = /<!-- legacy-engine:[\s\S]*?-->/;

/** The built task pane page with the script in place of its marker comment; refuses a page without it. */
export function withLegacyEngineMessage(html: string): string {
  if (!MARKER.test(html)) throw new Error("The task pane page has no legacy-engine marker");
  return html.replace(MARKER, () => `<script>${legacyEngineScript()}</script>`);
}
