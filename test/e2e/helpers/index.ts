export { type LaunchedChromium, type LaunchOptions, launchChromium, OFFICE_JS_URL } from "./browser";
export { chooseByKeyboard, fillMeetingByKeyboard, selectTabByKeyboard, tabTo } from "./keyboard";
export { screenshotPath } from "./screenshots";
export { type ServeOptions, type StaticServer, serveDir } from "./server";
export { openTab } from "./tabs";
export { DIST_DIR, ensureTrialBuilt, openTrial, TRIAL_PATH, useTrialPage } from "./trial";
