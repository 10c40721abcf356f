export { type LaunchedChromium, type LaunchOptions, launchChromium, OFFICE_JS_URL } from "./browser";
export { type ServeOptions, type StaticServer, serveDir } from "./server";
