// What the pane uses of the minutes analysis and review; loaded lazily through ./load.
export { analyseMinutes, marksFromAnalysis, UNIONS_JOINTLY } from "../../../shared/analysis/index";
export { documentModel, reviewDocument } from "../../../shared/review/review";
