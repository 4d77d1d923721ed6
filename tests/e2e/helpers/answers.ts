/** Answers of a 19-year-old job seeker in the Lot, eligible for the CEJ of the demo data. */
export const JOB_SEEKER = {
  age: 19,
  situation: 'demandeur_emploi',
  inscriptions: ['mission_locale'],
  projet_emploi: 'emploi',
  diplome: 'bac',
  permis: 'non',
  handicap: 'non',
}
