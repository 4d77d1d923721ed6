import type { BoussoleSettings } from '../core/options'

type Retention = BoussoleSettings['retention']

/**
 * What Boussole says to young people about the erasure of their data, written once: the pages
 * (confirmation, withdrawal, follow-up, personal data) and the emails all use these sentences, and the
 * durations come from the plugin settings (`retention`), so what is promised is what the sweep does.
 */

/** What is erased, at withdrawal or at the end of the retention period. */
export const ERASED_DATA = 'tes coordonnées (courriel, téléphone), tes réponses au questionnaire et les notes des professionnels'

/** What stays afterwards: nothing that identifies the young person. */
export const KEPT_DATA =
  'le thème, le territoire, la commune, les dates, l’état de la demande, la suite donnée, ta réponse à « As-tu été contacté(e) ? » et ta tranche d’âge (15-17, 18-25 ou 26-30 ans)'

const months = (count: number) => `${count} mois`

/** « Sans retrait, ces données sont effacées automatiquement 12 mois après la clôture (18 mois après l’envoi si jamais clôturée). » */
export function retentionSentence(retention: Retention): string {
  return (
    `Sans retrait, ces données sont effacées automatiquement ${months(retention.monthsAfterClosing)} après la clôture de ta demande ` +
    `(${months(retention.monthsAfterCreationIfOpen)} après son envoi si elle n’est jamais clôturée).`
  )
}

/** « Il ne reste alors … » */
export const KEPT_SENTENCE = `Il ne reste alors, pour les statistiques du service et sans rien qui permette de te reconnaître, que ${KEPT_DATA}.`

/** The whole notice, as one paragraph: erased at once on withdrawal, otherwise after the retention period. */
export function erasureNotice(retention: Retention): string {
  return `Si tu retires ta demande, ${ERASED_DATA} sont effacées tout de suite. ${retentionSentence(retention)} ${KEPT_SENTENCE}`
}

/** After the erasure (withdrawal done, or a link to an erased request). */
export const ERASED_DONE = `Tes coordonnées (courriel, téléphone), tes réponses au questionnaire et les notes des professionnels ont été effacées. ${KEPT_SENTENCE}`

/** For the personal-data page: how long the log of who opened the contact details is kept. */
export function accessLogSentence(retention: Retention): string {
  return (
    'Chaque fois qu’une personne de l’organisme ou de l’équipe Boussole affiche ou exporte tes coordonnées, Boussole note qui, ' +
    `quand et pour quelle demande ; ce registre est gardé ${months(retention.contactAccessLogMonths)}, puis effacé.`
  )
}
