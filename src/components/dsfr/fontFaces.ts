/**
 * The font faces of the public site: the weights its pages use (`npm run measure:web` lists them), in woff2.
 * The DSFR's Medium (500, its buttons and links) and Light (300) are drawn with the Regular file: two
 * downloads instead of four. `npm run dsfr:css` keeps exactly these @font-face rules; both files are preloaded
 * (`DsfrHead`), being on every page above the fold (body text, titles).
 */
export const FONT_FACES = [
  { family: 'Marianne', weight: '400', style: 'normal' },
  { family: 'Marianne', weight: '700', style: 'normal' },
] as const
