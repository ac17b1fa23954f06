// Requests a browser build makes on its own, not the page: Debian's Chromium asks every origin for
// /favicon.ico (the Chromium of @sparticuz/chromium does not), and the test servers answer 404. A test judges the
// page, so these never count as its console errors or failed requests, whichever Chromium runs it.
const own = new Set(['/favicon.ico']);

/** Whether `url` is a request the browser makes by itself (its path is /favicon.ico). */
export function isBrowserOwnRequest(url) {
  try {
    return own.has(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** Whether a console message is the browser reporting its own request (e.g. "Failed to load resource" for the favicon). */
export function isBrowserNoise(message) {
  return isBrowserOwnRequest(message.location().url ?? '');
}
