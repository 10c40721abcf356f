/**
 * The analysis and the review are loaded on first use: most sessions never read old minutes, and the pane's
 * first load has a size budget (scripts/size.mjs).
 */
export const loadAnalysis = () => import("./analysis");
