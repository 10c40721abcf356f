import type { WordDouble } from "./install";

/**
 * TEST DOUBLE — NOT WORD. Draws the double's document into a page: headings as headings, content controls as
 * outlined boxes with their title, hyperlinks as links. Click selects a paragraph, Shift+click extends the
 * selection; with focus on the document, ↑/↓ move the selection (Shift extends). Text is only ever set as
 * text, never as markup.
 */

const STYLE_ID = "word-double-style";
const CSS = `
.wd-root{font:11pt/1.45 "Segoe UI",system-ui,sans-serif;color:#242424;background:#fff;padding:12px 16px;border:1px solid #d1d1d1;max-width:50em;outline-offset:2px}
.wd-banner{font-size:9pt;color:#8a3707;background:#fff4ce;border:1px solid #f9e2ae;padding:2px 8px;margin:0 0 8px}
.wd-p{margin:0 0 4px;padding:1px 4px;min-height:1.2em;cursor:text;border-left:3px solid transparent}
.wd-p[data-selected="true"]{background:#cfe4fa;border-left-color:#0f6cbd}
.wd-Title{font-size:18pt;font-weight:600}.wd-Heading1{font-size:14pt;font-weight:600}
.wd-Heading2{font-size:12pt;font-weight:600}.wd-Heading3{font-size:11pt;font-weight:600;font-style:italic}
.wd-cc{position:relative;border:1px solid var(--wd-cc,#616161);border-radius:2px;margin:10px 0 6px;padding:8px 4px 2px}
.wd-cc[data-appearance="Tags"]{border-style:dashed}
.wd-cc-title{position:absolute;top:-0.8em;left:6px;font-size:8pt;line-height:1.4;padding:0 4px;color:#fff;background:var(--wd-cc,#616161);border-radius:2px}
`;

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = CSS;
  doc.head.append(style);
}

function draw(double: WordDouble, root: HTMLElement): void {
  const doc = root.ownerDocument;
  const paragraphs = double.paragraphs();
  const controls = double.contentControls();
  const { from, to } = double.selection();
  const banner = doc.createElement("p");
  banner.className = "wd-banner";
  banner.textContent =
    "Testdubblett av Word – ingen riktig Word-värd. Klicka på ett stycke för att markera det.";
  const content = doc.createElement("div");
  const open: { to: number; box: HTMLElement }[] = [{ to: Number.POSITIVE_INFINITY, box: content }];
  let next = 0;
  paragraphs.forEach((paragraph, index) => {
    while ((open.at(-1)?.to ?? 0) < index) open.pop();
    while (controls[next] && controls[next]!.from === index) {
      const control = controls[next++]!;
      const box = doc.createElement("section");
      box.className = "wd-cc";
      box.dataset.tag = control.tag;
      box.dataset.appearance = control.appearance;
      box.style.setProperty("--wd-cc", control.color || "#616161");
      box.setAttribute("aria-label", control.title || control.tag);
      const title = doc.createElement("span");
      title.className = "wd-cc-title";
      title.textContent = control.title || control.tag;
      box.append(title);
      open.at(-1)!.box.append(box);
      open.push({ to: control.to, box });
    }
    const p = doc.createElement("p");
    p.className = `wd-p wd-${paragraph.style}`;
    p.dataset.index = String(index);
    p.dataset.style = paragraph.style;
    p.dataset.selected = String(index >= from && index <= to);
    const runs = paragraph.links.length > 0 ? linkRuns(double, index) : [{ text: paragraph.text }];
    for (const run of runs) {
      if (run.href) {
        const a = doc.createElement("a");
        a.href = run.href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.textContent = run.text;
        p.append(a);
      } else {
        p.append(doc.createTextNode(run.text));
      }
    }
    open.at(-1)!.box.append(p);
  });
  root.replaceChildren(banner, content);
  root.querySelector('[data-selected="true"]')?.scrollIntoView?.({ block: "nearest" });
}

function linkRuns(double: WordDouble, index: number): { text: string; href?: string }[] {
  return double.model.paragraphs[index]?.runs.map((run) => ({ ...run })) ?? [];
}

/** Renders the document into `element` and keeps it current; returns a function that stops rendering. */
export function renderDocument(double: WordDouble, element: HTMLElement): () => void {
  ensureStyle(element.ownerDocument);
  element.classList.add("wd-root");
  element.tabIndex = 0;
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", "Dokument (testdubblett av Word)");
  let anchor = double.selection().from;

  const onClick = (event: MouseEvent) => {
    const p = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(".wd-p");
    if (!p || event.target instanceof HTMLAnchorElement) return;
    const index = Number(p.dataset.index);
    if (!event.shiftKey) anchor = index;
    double.setSelection(anchor, index);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const { from, to } = double.selection();
    const focus = anchor === from ? to : from;
    const last = double.model.paragraphs.length - 1;
    const moved = Math.max(0, Math.min(last, focus + (event.key === "ArrowDown" ? 1 : -1)));
    if (!event.shiftKey) anchor = moved;
    double.setSelection(anchor, moved);
  };
  element.addEventListener("click", onClick);
  element.addEventListener("keydown", onKey);
  const stop = double.onChange(() => draw(double, element));
  draw(double, element);
  return () => {
    stop();
    element.removeEventListener("click", onClick);
    element.removeEventListener("keydown", onKey);
  };
}
