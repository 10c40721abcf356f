// What the pane uses of the minutes analysis and review; loaded lazily through ./load, with its messages.
import "./analysis-messages";

export { analyseMinutes, marksFromAnalysis, UNIONS_JOINTLY } from "../../../shared/analysis/index";
export { reviewJusterareList } from "../../../shared/review/justerare-list";
export { documentModel, reviewDocument } from "../../../shared/review/review";
