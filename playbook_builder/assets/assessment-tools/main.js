/* The self-assessment's tools, loaded when first needed (assessment/lazy.js): import, export, share, print, reset,
 * compare and subjects. The page's script hands over its Assessment (assessment/page.js). */

import { ACTIONS, answersFromLink, compareFile, importFile, readFile } from "../assessment/actions.js";
import { drawDifferences, linkTo } from "../assessment/compare.js";
import { newSubject, showSubjects, switchSubject } from "../assessment/tools.js";

const TOOLS = {
  /* A button's action, by its data-action. */
  act(assessment, name, button) {
    if (name === "new-subject") newSubject(assessment);
    else if (Object.hasOwn(ACTIONS, name)) ACTIONS[name].call(assessment, button);
  },
  /* A file picked to import or to compare. */
  pick(assessment, input) {
    const handle = input.dataset.action === "compare" ? compareFile : importFile;
    readFile(assessment, input, (text, file) => handle(assessment, text, file));
  },
  answersFromLink,
  drawDifferences,
  linkTo,
  showSubjects,
  switchSubject,
};

window.playbookAssessmentTools = window.playbookAssessmentTools || Object.freeze(TOOLS);
