export const PASSWORD_MIN_LENGTH = 12

/** Returns why a password is too weak (in French), or null when it is acceptable. */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password)).length
  if (classes < 3) {
    return 'Le mot de passe doit mêler au moins trois types de caractères parmi : minuscules, majuscules, chiffres et symboles.'
  }
  const localPart = email?.split('@')[0]?.toLowerCase()
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    return "Le mot de passe ne doit pas contenir votre adresse électronique."
  }
  return null
}
