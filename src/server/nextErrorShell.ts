/**
 * Next.js's error shell: the empty `<html id="__next_error__">` it sends when a page fails before its first byte
 * (a `notFound()`, an error), leaving React to draw the page in the browser. The production server recognises it
 * once, here (`withoutFrameworkScripts`, `notFoundShell`, `errorShellPage`).
 */
export const isNextErrorShell = (html: string): boolean => /<html id="__next_error__"/.test(html)
