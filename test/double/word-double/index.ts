/**
 * TEST DOUBLE — NOT WORD. An in-memory stand-in for the Word host, for the trial page and the tests only.
 * Never shipped in the add-in build. See README.md in this folder.
 */
export {
  type ControlView,
  type DoubleOptions,
  installWordDouble,
  type ParagraphView,
  type WordDouble,
} from "./install";
export { DoubleError } from "./model";
export { renderDocument } from "./render";
