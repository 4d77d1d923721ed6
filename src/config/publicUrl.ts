/** The public address of the site (emails link to it). `PUBLIC_URL`, else the local dev server. */
export function publicUrl(): string {
  return (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '')
}
