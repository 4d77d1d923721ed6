/** A French message for the person, from whatever the Local API threw (validation errors keep their field messages). */
export function errorMessage(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string }[] } })?.data
  const details = data?.errors?.map((entry) => entry.message).filter(Boolean)
  if (details?.length) return details.join(' ')
  const status = (error as { status?: number })?.status
  if (status === 403 || status === 404) return "Vous n'avez pas accès à ce document, ou il n'existe plus."
  return error instanceof Error && error.message ? error.message : 'Une erreur est survenue.'
}
