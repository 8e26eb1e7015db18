/* A link that arrives with a situation (the home page's ways in: `start-here/?situation=size=small`). Pure: strings
 * in, data out. */

import { decodeSituation } from "../situation/saved.js";

/* The query parameter of a link that arrives with a situation (`start-here/?situation=size=small`). */
export const ARRIVAL_PARAM = "situation";

/* The answers a page's address carries (`search` is location.search), not yet cleaned; null when it carries none. */
export function arrivalSituation(search) {
  const value = new URLSearchParams(typeof search === "string" ? search : "").get(ARRIVAL_PARAM);
  return value === null ? null : decodeSituation(value);
}

/* The address without its situation, to put in the address bar once the answers are taken and saved (a reload or a
 * bookmark then shows the reader's own answers, not the link's). */
export function addressWithoutSituation(href) {
  const url = new URL(href);
  url.searchParams.delete(ARRIVAL_PARAM);
  return url.pathname + url.search + url.hash;
}
