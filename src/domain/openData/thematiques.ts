import type { Thematique } from './dataInclusionSchema'

interface ThemeMapping {
  /** When the offer has no sub-theme, or one this table does not know yet. */
  fallback: Thematique[]
  bySubTheme: Record<string, Thematique[]>
}

/**
 * Boussole theme → data·inclusion thématiques, refined by sub-theme. Concrete sub-thématiques only
 * (data·inclusion v1 has no bare top-level values).
 */
export const THEMATIQUES_BY_THEME: Record<string, ThemeMapping> = {
  emploi: {
    fallback: ['trouver-un-emploi--repondre-a-des-offres-demploi', 'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi'],
    bySubTheme: {
      'trouver-un-emploi': [
        'trouver-un-emploi--repondre-a-des-offres-demploi',
        'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi',
        'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
      ],
      'alternance-stage': [
        'trouver-un-emploi--faire-des-candidatures-spontanees',
        'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
        'se-former--trouver-sa-formation',
      ],
      'creer-son-activite': [
        'creer-une-entreprise--definir-son-projet-de-creation-dentreprise',
        'creer-une-entreprise--structurer-son-projet-de-creation-dentreprise',
      ],
    },
  },
  formation: {
    fallback: ['se-former--trouver-sa-formation'],
    bySubTheme: {
      'choisir-son-orientation': [
        'choisir-un-metier--identifier-ses-points-forts-et-ses-competences',
        'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
        'se-former--trouver-sa-formation',
      ],
      'se-former': ['se-former--trouver-sa-formation', 'se-former--monter-son-dossier-de-formation'],
      'reprendre-ses-etudes': ['se-former--trouver-sa-formation', 'se-former--monter-son-dossier-de-formation'],
    },
  },
  logement: {
    fallback: ['logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement'],
    bySubTheme: {
      'trouver-un-logement': ['logement-hebergement--louer-un-logement', 'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement'],
      'aides-au-logement': [
        'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement',
        'logement-hebergement--se-maintenir-dans-le-logement',
      ],
      urgence: ['logement-hebergement--rechercher-une-solution-dhebergement-temporaire'],
    },
  },
  sante: {
    fallback: ['sante--acces-aux-soins'],
    bySubTheme: {
      'acces-aux-soins': ['sante--acces-aux-soins'],
      'sante-mentale': ['sante--sante-mentale'],
      'sante-sexuelle': ['sante--sante-sexuelle'],
      addictions: ['sante--addictions'],
    },
  },
  'mobilite-internationale': {
    fallback: ['souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger'],
    bySubTheme: {
      'etudier-a-l-etranger': ['souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger', 'se-former--trouver-sa-formation'],
      'travailler-a-l-etranger': [
        'souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger',
        'souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger',
      ],
      volontariat: ['souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger', 'remobilisation--benevolat-action-citoyenne'],
    },
  },
}

/** The thématiques of an offer, or null for a theme the table does not know (nothing is guessed). */
export function thematiquesFor(themeSlug: string | null | undefined, subTheme: string | null | undefined): Thematique[] | null {
  const mapping = themeSlug ? THEMATIQUES_BY_THEME[themeSlug] : undefined
  if (!mapping) return null
  return [...((subTheme && mapping.bySubTheme[subTheme]) || mapping.fallback)]
}
