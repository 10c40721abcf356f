import type { Messages } from "./types";

/**
 * The secretary's help in the Hjälp tab ("pane.help." keys). Loaded with that tab only: it is no part of the
 * catalogue (`catalogue.ts`) and never registered, so the pane's and the ribbon's first load do not carry it;
 * it is read with `textIn(paneHelpMessages, key)`.
 */
export const paneHelpMessages = {
  "pane.help.heading": { sv: "Så använder du Samverkansprotokoll", en: "How to use Samverkansprotokoll" },
  "pane.help.tabs": { sv: "Vad flikarna är till för", en: "What the tabs are for" },
  "pane.help.tabsList": { sv: "Flikarna", en: "The tabs" },
  "pane.help.tab.meeting": {
    sv: "– mötets uppgifter, vilka som var där och vilka som justerar. Spara i dokumentet när de är ifyllda.",
    en: "– the meeting's details, who was there and who approves. Save them to the document when filled in.",
  },
  "pane.help.tab.templates": {
    sv: "– skapa protokollet från en mall, infoga en punkt vid markören, importera och exportera mallar eller läs in ett protokoll som skrevs utan Word-tillägget.",
    en: "– create the minutes from a template, insert an item at the cursor, import and export templates or read minutes written without the Word add-in.",
  },
  "pane.help.tab.statements": {
    sv: "– markera de fackliga organisationernas och arbetsgivarens inspel i texten.",
    en: "– mark the unions' and the employer's statements in the text.",
  },
  "pane.help.tab.disagreements": {
    sv: "– markera var en facklig organisation är oenig; det kommer med i justeringen.",
    en: "– mark where a union disagrees; it goes into the approval block.",
  },
  "pane.help.tab.inbox": {
    sv: "– nämndens punkter från webbläsartillägget, att infoga i protokollet.",
    en: "– the committee's items from the browser extension, to insert into the minutes.",
  },
  "pane.help.tab.justering": {
    sv: "– se och skriv justeringen, och granska protokollet innan det justeras.",
    en: "– preview and write the approval block, and review the minutes before approval.",
  },
  "pane.help.tab.help": {
    sv: "– den här hjälpen, och självtestet för den som installerar Word-tillägget.",
    en: "– this help, and the self-test for whoever installs the Word add-in.",
  },
  "pane.help.agenda": { sv: "Få in nämndens punkter", en: "Getting the committee's items in" },
  "pane.help.agenda.clip": {
    sv: "Öppna nämndens föredragningslista i webbläsaren, klicka på Samverkansprotokoll bland webbläsartilläggen och välj Hämta punkter från sidan. Välj punkterna, ange MBL-klass (§\u00a011 eller §\u00a019) och tryck på Lägg i kön. Är listan en PDF- eller Word-fil: välj Öppna PDF eller Word-fil.",
    en: "Open the committee's agenda in the browser, click Samverkansprotokoll among the browser extensions and choose Get items from the page. Choose the items, give their MBL class (§\u00a011 or §\u00a019) and press Add to queue. Is the agenda a PDF or Word file: choose Open PDF or Word file.",
  },
  "pane.help.agenda.web": {
    sv: "I Word på webben kommer klippen av sig själva under fliken Föredragningslista.",
    en: "In Word on the web the clips arrive by themselves in the Agenda tab.",
  },
  "pane.help.agenda.desktop": {
    sv: "I Word på datorn: välj Kopiera till Word i webbläsartillägget och klistra in i rutan under fliken Föredragningslista, eller välj Spara som fil och Öppna klippfil här.",
    en: "In Word on the computer: choose Copy to Word in the browser extension and paste into the box in the Agenda tab, or choose Save as file and Open clip file here.",
  },
  "pane.help.agenda.insert": {
    sv: "Kryssa i punkterna och tryck på Infoga markerade. Punkter enligt MBL\u00a0§\u00a011 hamnar i mallens del för §\u00a011 (i FSG/VSG under Beslut), punkter enligt §\u00a019 bland informationen och punkter utan klass på ett neutralt ställe. Raden under varje punkt visar nämndens nummer.",
    en: "Tick the items and press Insert selected. Items under MBL\u00a0§\u00a011 go into the template's §\u00a011 part (in FSG/VSG under Beslut), items under §\u00a019 among the information and items without a class to a neutral place. The line under each item shows the committee's number.",
  },
  "pane.help.marks": { sv: "Inspel och oenighet", en: "Statements and disagreement" },
  "pane.help.marks.statement": {
    sv: "Skriv inspelet i dokumentet under punkten det gäller, markera stycket och välj under fliken Inspel vems det är. Ett gemensamt inspel markeras för varje organisation som står bakom det.",
    en: "Write the statement in the document under its item, select the paragraph and choose in the Statements tab whose it is. A joint statement is marked for each organisation behind it.",
  },
  "pane.help.marks.disagreement": {
    sv: "Står det att en facklig organisation är oenig: markera stycket och välj organisationerna under fliken Oenighet. Justeringen skriver sedan ”(oenighet under …)” efter deras justerare.",
    en: "Where the text says a union disagrees: select the paragraph and choose the unions in the Disagreement tab. The approval block then writes “(oenighet under …)” after their approvers.",
  },
  "pane.help.marks.list": {
    sv: "Markeringarna listas per punkt i flikarna; klicka på en för att visa den i dokumentet. Texten ändras aldrig av en markering.",
    en: "The marks are listed per item in the tabs; click one to show it in the document. A mark never changes the text.",
  },
  "pane.help.keys": { sv: "Kortkommandon", en: "Keyboard shortcuts" },
  "pane.help.keys.tabs": {
    sv: "Här i fönstret: vänster- och högerpilen, Home och End byter flik. Tab flyttar mellan fälten.",
    en: "In this pane: the left and right arrows, Home and End change tabs. Tab moves between the fields.",
  },
  "pane.help.keys.ribbon": {
    sv: "I Word: tryck Alt och följ bokstäverna Word visar för fliken Start och knapparna Fackligt inspel och Markera oenighet. De markerar för den organisation du senast valde här.",
    en: "In Word: press Alt and follow the letters Word shows for the Home tab and the Fackligt inspel and Markera oenighet buttons. They mark for the organisation you last chose here.",
  },
  "pane.help.keys.browser": {
    sv: "I webbläsaren: Alt+Shift+P öppnar webbläsartillägget. Alt+Shift+K klipper det som är markerat på sidan.",
    en: "In the browser: Alt+Shift+P opens the browser extension. Alt+Shift+K clips what is selected on the page.",
  },
  "pane.help.keys.paste": {
    sv: "Ctrl+V (Cmd+V på Mac) klistrar in ett kopierat klipp i rutan under fliken Föredragningslista.",
    en: "Ctrl+V (Cmd+V on a Mac) pastes a copied clip into the box in the Agenda tab.",
  },
} as const satisfies Messages;
