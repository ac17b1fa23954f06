// The texts of the built-in data set's dates (and of the years around them) in one locale, for core's
// `addDateTexts`: a timeline's first paint writes them without creating an Intl.DateTimeFormat. In the browser build
// (scripts/build.mjs) each dates-<locale>.ts is replaced by the texts as the build's Intl writes them; here there are
// none (Intl writes them).
export const dateTexts: Readonly<Record<string, string>> = {};
