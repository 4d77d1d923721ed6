export const PASSWORD_MIN_LENGTH = 12

/** Pieces of an email address a password must not contain: the part before « @ » and its words of 4 letters or more. */
export function emailParts(email: string | null | undefined): string[] {
  const localPart = email?.trim().toLowerCase().split('@')[0] ?? ''
  const words = localPart.split(/[^\p{L}\p{N}]+/u)
  return [...new Set([localPart, ...words])].filter((part) => part.length >= 4)
}

/**
 * Returns why a password is too weak (in French), or null when it is acceptable. `emails`: every address
 * of the account the password must not contain (the stored one, and the one being set if it changes).
 */
export function passwordWeakness(password: string, emails?: string | null | (string | null | undefined)[]): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password)).length
  if (classes < 3) {
    return 'Le mot de passe doit mêler au moins trois types de caractères parmi : minuscules, majuscules, chiffres et symboles.'
  }
  const lowered = password.toLowerCase()
  const parts = (Array.isArray(emails) ? emails : [emails]).flatMap(emailParts)
  if (parts.some((part) => lowered.includes(part))) {
    return 'Le mot de passe ne doit pas contenir votre adresse électronique, ni une partie de celle-ci.'
  }
  return null
}
