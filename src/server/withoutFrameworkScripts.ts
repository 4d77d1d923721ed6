import { isNextErrorShell } from './nextErrorShell'

/**
 * The public site's pages without Next.js's client runtime. Every page is complete as the server renders it and
 * works without JavaScript (the browser tests walk the whole flow with JavaScript off), so what the framework
 * adds for the browser — its scripts (≈ 175 KB on a first visit), their preloads, and the inline React payload
 * that repeats the page's content (half of a page's HTML) — is only weight for a young person on a weak phone.
 * The site's own scripts carry `data-boussole` and stay: the colour-scheme script and `/assets/site.js`.
 *
 * Two kinds of pages need React in the browser to show their content, and are left as they are (`kept: true`):
 * - a page that streams part of its content later (a Suspense boundary still pending when the shell was sent);
 * - Next.js's error shell (`<html id="__next_error__">`, an empty body), drawn in the browser from React's payload
 *   (an unexpected error; a 404 is replaced before, by the server-rendered 404 page: `notFoundShell.ts`).
 */
export const OWN_SCRIPT_ATTRIBUTE = 'data-boussole'

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*>/gi
/** React's markers of content sent after the shell (`<div hidden id="S:0">` segments, `<template id="B:0">` holes). */
const STREAMED_LATER = /<div hidden id="S:\d+"|<template id="B:\d+"/

export function withoutFrameworkScripts(html: string): { html: string; kept: boolean } {
  if (STREAMED_LATER.test(html) || isNextErrorShell(html)) return { html, kept: true }
  const stripped = html
    .replace(SCRIPT, (script, attributes: string) => (new RegExp(`\\s${OWN_SCRIPT_ATTRIBUTE}(?:[\\s=/]|$)`).test(attributes) ? script : ''))
    .replace(SCRIPT_PRELOAD, '')
  return { html: stripped, kept: false }
}
