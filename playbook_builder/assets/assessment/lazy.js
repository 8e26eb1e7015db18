/* The tools script (assets/assessment-tools/): import, export, share, compare and subjects, which most visits never
 * use, so the page's first script stays small. It is loaded with a classic script element beside this one (the
 * site also works from file://, where module imports are refused); the questionnaire file inlines it instead. */

/* Where this script came from, read while it runs for the first time (document.currentScript is gone later). */
const HERE = document.currentScript && document.currentScript.src;
let loading = null;

/* The tools (window.playbookAssessmentTools, which the tools script sets), loaded once per window. */
export function tools() {
  if (window.playbookAssessmentTools) return Promise.resolve(window.playbookAssessmentTools);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL("assessment-tools.js", HERE || location.href).href;
      script.onload = () => (window.playbookAssessmentTools ? resolve(window.playbookAssessmentTools) : reject());
      script.onerror = () => {
        loading = null;
        script.remove();
        reject(new Error("the tools script could not be loaded"));
      };
      document.head.append(script);
    });
  }
  return loading;
}
