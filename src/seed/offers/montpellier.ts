import { age, oneOf, yes, type OfferSeed } from './types'

const CRIJ = { address: '3 avenue Charles Flahault', commune: 'montpellier' } as const
const ML = { address: '1 place Francis Ponge', commune: 'montpellier' } as const
const ESJ = { address: '9 rue Saint-Louis', commune: 'montpellier' } as const

export const MONTPELLIER_OFFERS: readonly OfferSeed[] = [
  /* ---------- CRIJ Occitanie ---------- */
  {
    title: 'Trouver un job ou un emploi saisonnier',
    partner: 'crijOccitanie',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Plages, festivals, restauration, animation : la Métropole recrute des jeunes toute l’année et surtout l’été. Consulte les offres du CRIJ et fais relire ton CV.',
    description: [
      'Le CRIJ publie chaque semaine des offres de jobs et organise au printemps le forum Jobs d’été de Montpellier.',
      'Tu peux venir sans rendez-vous pour être aidé dans ta candidature, ou demander à être rappelé.',
    ],
    benefits: 'L’accès aux offres de jobs de la Métropole et une aide à la candidature.',
    rules: [age(16, 30)],
    location: CRIJ,
  },
  {
    title: 'S’orienter : un entretien avec un informateur jeunesse',
    partner: 'crijOccitanie',
    theme: 'formation',
    subTheme: 'choisir-son-orientation',
    summary:
      'Tu ne sais pas vers quoi aller, ou tu veux changer d’orientation ? Un informateur ou une informatrice jeunesse t’aide à explorer les métiers et les formations, sans jugement.',
    description: [
      'L’entretien est gratuit et ouvert à tous, quel que soit ton âge, ton niveau ou ta situation.',
      'Tu peux aussi utiliser en libre accès la documentation du CRIJ et les outils de découverte des métiers.',
    ],
    benefits: 'Un entretien personnalisé, sur place ou en visio, et des ressources pour la suite.',
    location: { ...CRIJ, remote: true },
    // Offered in the Sicoval too (the CRIJ's charter covers both), validated by the Sicoval's animation.
    alsoIn: [{ territory: 'sicoval', status: 'validee' }],
  },
  {
    title: 'Logement jeune : trouver et financer ton logement',
    partner: 'crijOccitanie',
    theme: 'logement',
    subTheme: 'aides-au-logement',
    summary:
      'Se loger à Montpellier coûte cher. On t’aide à connaître toutes les aides (APL, Visale, Loca-Pass, Mobili-Jeune) et les solutions de logement accessibles aux jeunes.',
    description: [
      'Le CRIJ anime chaque mois un atelier « Trouver son logement » et propose des rendez-vous individuels.',
      '- comprendre les aides et les demander\n- repérer les arnaques aux annonces\n- préparer un dossier de location solide',
    ],
    benefits: 'Un rendez-vous ou un atelier, et une aide pour demander tes aides au logement.',
    rules: [age(18, 30)],
    location: CRIJ,
  },
  {
    title: 'Santé, droits, mutuelle : on t’aide à t’y retrouver',
    partner: 'crijOccitanie',
    theme: 'sante',
    subTheme: 'acces-aux-soins',
    summary: 'Carte Vitale, médecin traitant, complémentaire santé, remboursements : le CRIJ t’explique comment ça marche et t’aide à faire tes démarches.',
    description: ['On t’aide à créer ton compte ameli, à déclarer ton médecin traitant et à demander la complémentaire santé solidaire si tu y as droit.'],
    benefits: 'Tes démarches de santé faites avec toi, en un rendez-vous.',
    location: { ...CRIJ, remote: true },
    // Proposed in the Sicoval, waiting for its animation's decision.
    alsoIn: [{ territory: 'sicoval', status: 'en_attente' }],
  },

  /* ---------- Mission Locale Montpellier ---------- */
  {
    title: 'Contrat d’engagement jeune (CEJ)',
    partner: 'missionLocaleMontpellier',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Tu as entre 16 et 25 ans, sans emploi ni formation ? Le CEJ t’offre un accompagnement intensif, des stages en entreprise et une allocation selon tes ressources.',
    description: [
      'Tu es suivi par un conseiller ou une conseillère dans l’antenne la plus proche de chez toi : centre-ville, Mosson, Près d’Arènes, Castelnau-le-Lez ou Lattes.',
      'Le programme est construit avec toi, selon ton projet et ton rythme.',
    ],
    benefits: 'Un accompagnement de 6 à 12 mois et une allocation mensuelle possible.',
    rules: [age(16, 25), oneOf('situation', 'demandeur_emploi', 'sans_activite')],
    location: ML,
  },
  {
    title: 'Prépa apprentissage : trouver ton métier et ton entreprise',
    partner: 'missionLocaleMontpellier',
    theme: 'formation',
    subTheme: 'se-former',
    summary:
      'Un parcours de quelques semaines pour découvrir des métiers, faire des stages et trouver une entreprise qui t’accueillera en apprentissage. Rémunéré et sans condition de diplôme.',
    description: [
      'La prépa apprentissage t’aide à lever ce qui te bloque : choix du métier, remise à niveau, savoir-être en entreprise, recherche d’employeur.',
      'À la fin du parcours, l’objectif est de signer un contrat d’apprentissage.',
    ],
    benefits: 'Un parcours rémunéré et un contrat d’apprentissage en ligne de mire.',
    rules: [age(16, 29), oneOf('diplome', 'aucun', 'cap_bep')],
    location: ML,
  },
  {
    title: 'Obtenir ta complémentaire santé solidaire',
    partner: 'missionLocaleMontpellier',
    theme: 'sante',
    subTheme: 'acces-aux-soins',
    summary:
      'Sans mutuelle, les soins coûtent vite cher. Selon tes revenus, la complémentaire santé solidaire peut être gratuite : on vérifie tes droits et on fait la demande avec toi.',
    description: [
      'La demande prend une vingtaine de minutes. Apporte ta carte Vitale (ou ton numéro de sécurité sociale) et tes derniers justificatifs de ressources.',
    ],
    benefits: 'Ta demande de complémentaire santé solidaire remplie et envoyée.',
    contactDelayDays: 4,
    rules: [age(16, 25), oneOf('couverture_sante', 'secu_seule', 'aucune')],
    location: ML,
  },
  {
    title: 'Trouver un emploi avec une reconnaissance de handicap',
    partner: 'missionLocaleMontpellier',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Tu as une RQTH ou un dossier MDPH ? Un conseiller ou une conseillère spécialisée t’aide à trouver un emploi adapté et à connaître les aides pour toi et ton futur employeur.',
    description: [
      'On travaille avec Cap emploi et les entreprises engagées pour l’emploi des personnes en situation de handicap.',
      'Si tu n’as pas encore de RQTH mais que tu penses y avoir droit, on t’aide aussi à faire la demande.',
    ],
    benefits: 'Un accompagnement spécialisé et des mises en relation avec des employeurs engagés.',
    contactDelayDays: 4,
    rules: [age(16, 30), yes('handicap')],
    location: { ...ML, remote: true },
  },

  /* ---------- Habitat Jeunes Montpellier ---------- */
  {
    title: 'Chambre ou studio en résidence Habitat Jeunes',
    partner: 'habitatJeunesMontpellier',
    theme: 'logement',
    subTheme: 'trouver-un-logement',
    summary:
      'Un logement meublé près du tram, avec un loyer adapté à tes revenus et l’APL déduite, pour les 16-30 ans qui travaillent, sont en alternance ou en formation.',
    description: [
      'La résidence Les Cévennes propose 120 chambres et studios meublés, une cuisine partagée, une laverie et une salle de sport.',
      'Une équipe t’accompagne pour ton budget, tes démarches et ton projet, et organise des activités toute l’année.',
    ],
    benefits: 'Un logement meublé sans garant, avec un accompagnement à l’installation.',
    rules: [age(16, 30), oneOf('situation', 'salarie', 'apprenti', 'service_civique', 'demandeur_emploi')],
    location: { address: '45 rue des Cévennes', commune: 'montpellier' },
  },
  {
    title: 'Logement temporaire pour alternants',
    partner: 'habitatJeunesMontpellier',
    theme: 'logement',
    subTheme: 'trouver-un-logement',
    status: 'soumise',
    summary:
      'Tu es en alternance à Montpellier ? Une chambre meublée à louer seulement pendant tes semaines en entreprise, pour ne payer que ce que tu utilises.',
    description: ['Offre en cours de validation par l’animation du territoire.'],
    benefits: 'Une chambre meublée à la semaine, au rythme de ton alternance.',
    rules: [age(16, 30), oneOf('situation', 'apprenti')],
    location: { address: '45 rue des Cévennes', commune: 'montpellier' },
  },

  /* ---------- Espace Santé Jeunes de Montpellier ---------- */
  {
    title: 'Consultations gratuites en santé sexuelle',
    partner: 'espaceSanteJeunesMontpellier',
    theme: 'sante',
    subTheme: 'sante-sexuelle',
    summary:
      'Contraception, contraception d’urgence, dépistage des IST, questions sur ta vie amoureuse : une sage-femme ou un médecin te reçoit gratuitement et en toute confidentialité.',
    description: [
      'Les consultations sont gratuites, sans avance de frais et sans carte Vitale si tu es mineur. Tes parents ne sont pas informés.',
      'Tu peux venir seul ou accompagné de la personne de ton choix.',
    ],
    benefits: 'Une consultation gratuite, confidentielle, et les moyens de contraception ou le dépistage dont tu as besoin.',
    rules: [age(15, 25)],
    location: ESJ,
  },
  {
    title: 'Un ou une psychologue gratuitement, près de chez toi',
    partner: 'espaceSanteJeunesMontpellier',
    theme: 'sante',
    subTheme: 'sante-mentale',
    summary: 'Anxiété, déprime, difficultés avec tes proches ou à l’école : jusqu’à 8 séances gratuites avec un ou une psychologue, sans avance de frais.',
    description: [
      'Après un premier entretien à l’Espace Santé Jeunes, on t’oriente vers un ou une psychologue proche de chez toi ou de ton lieu d’études.',
      'Tu peux aussi être reçu en visio si tu préfères.',
    ],
    benefits: 'Jusqu’à 8 séances gratuites avec un ou une psychologue.',
    rules: [age(15, 25)],
    location: { ...ESJ, remote: true },
  },
  {
    title: 'Permanence santé jeunes à Lattes et Pérols',
    partner: 'espaceSanteJeunesMontpellier',
    theme: 'sante',
    subTheme: 'acces-aux-soins',
    summary:
      'Une infirmière tient une permanence chaque mercredi à Lattes et à Pérols : vaccins, petits soins, questions de santé, orientation vers un médecin.',
    description: [
      'La permanence est gratuite et sans rendez-vous. Tu peux aussi demander à être rappelé pour préparer ta venue.',
      'Apporte ton carnet de santé si tu l’as, pour vérifier tes vaccins.',
    ],
    benefits: 'Des soins et conseils gratuits près de chez toi, sans rendez-vous.',
    contactDelayDays: 3,
    rules: [age(15, 25)],
    location: { address: 'Maison des jeunes, avenue de Montpellier', commune: 'lattes' },
    communes: ['lattes', 'perols'],
  },
]
