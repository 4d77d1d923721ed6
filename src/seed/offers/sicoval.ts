import { age, no, oneOf, type OfferSeed } from './types'

const ML_RAMONVILLE = { address: '3 rue de l’Ariège', commune: 'ramonville' } as const
const PIJ_RAMONVILLE = { address: '23 place Charles Jean', commune: 'ramonville' } as const

export const SICOVAL_OFFERS: readonly OfferSeed[] = [
  /* ---------- Mission Locale Haute-Garonne, antenne Sicoval ---------- */
  {
    title: 'Contrat d’engagement jeune (CEJ)',
    partner: 'missionLocaleSicoval',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Un accompagnement intensif de 6 à 12 mois pour trouver un emploi ou une formation, avec un conseiller ou une conseillère dédiée et une allocation selon tes ressources.',
    description: [
      'Le CEJ, c’est un programme de 15 à 20 heures par semaine construit avec toi : ateliers, stages en entreprise, formation, service civique…',
      'Les rendez-vous ont lieu à Ramonville, à deux pas du métro, ou dans nos permanences de Castanet-Tolosan et de Labège.',
    ],
    benefits: 'Un accompagnement personnalisé et une allocation mensuelle possible.',
    rules: [age(16, 25), oneOf('situation', 'demandeur_emploi', 'sans_activite')],
    location: ML_RAMONVILLE,
  },
  {
    title: 'Décrocher un contrat en alternance',
    partner: 'missionLocaleSicoval',
    theme: 'emploi',
    subTheme: 'alternance-stage',
    summary:
      'Les entreprises de Labège et du Sud-Est toulousain recrutent des alternants. On t’aide à trouver la tienne et à signer ton contrat avant la rentrée.',
    description: [
      'Job dating, ateliers de candidature et mise en relation avec les entreprises partenaires : on met toutes les chances de ton côté.',
      'Si tu n’as pas encore choisi de métier, on peut aussi t’aider à découvrir les formations en alternance accessibles près de chez toi.',
    ],
    benefits: 'Des offres d’alternance locales et un suivi jusqu’à la signature de ton contrat.',
    rules: [age(16, 29), oneOf('projet_emploi', 'alternance')],
    location: ML_RAMONVILLE,
  },
  {
    title: 'Te former à un métier qui recrute',
    partner: 'missionLocaleSicoval',
    theme: 'formation',
    subTheme: 'se-former',
    summary:
      'Logistique, aide à la personne, numérique, bâtiment : des formations gratuites et rémunérées existent pour apprendre un métier. On t’aide à trouver la bonne et à t’y inscrire.',
    description: [
      'La Région finance des formations qualifiantes pour les jeunes, souvent avec une rémunération pendant la formation.',
      'Ton conseiller ou ta conseillère vérifie avec toi les prérequis, t’aide à préparer les tests d’entrée et à organiser tes trajets.',
    ],
    benefits: 'Une formation gratuite, souvent rémunérée, et un suivi pendant toute sa durée.',
    contactDelayDays: 5,
    rules: [age(16, 25), oneOf('diplome', 'aucun', 'cap_bep', 'bac')],
    location: ML_RAMONVILLE,
  },
  {
    title: 'Un bilan de santé gratuit',
    partner: 'missionLocaleSicoval',
    theme: 'sante',
    subTheme: 'acces-aux-soins',
    summary:
      'Prends soin de toi : un bilan de santé complet et gratuit (prise de sang, vue, audition, vaccins, dents), organisé avec la CPAM. On t’inscrit et on t’accompagne si tu veux.',
    description: [
      'Le bilan dure une demi-matinée et se passe au centre d’examens de santé de Toulouse. Les transports peuvent être organisés en groupe depuis Ramonville.',
      'C’est aussi l’occasion de vérifier tes droits : carte Vitale, complémentaire santé, médecin traitant.',
    ],
    benefits: 'Un bilan de santé complet, gratuit, et la mise à jour de tes droits santé.',
    contactDelayDays: 7,
    rules: [age(16, 25)],
    location: ML_RAMONVILLE,
  },

  /* ---------- PIJ de Ramonville-Saint-Agne ---------- */
  {
    title: 'Créer ton activité : un premier rendez-vous pour y voir clair',
    partner: 'pijRamonville',
    theme: 'emploi',
    subTheme: 'creer-son-activite',
    summary:
      'Tu as une idée de projet ou d’entreprise ? On t’aide à la poser sur papier, à comprendre le statut de micro-entrepreneur et à trouver les bons réseaux d’accompagnement.',
    description: [
      'Pas besoin d’avoir un projet abouti pour venir : on part de ton idée et on voit ensemble les prochaines étapes.',
      'On t’oriente ensuite vers les structures qui financent et accompagnent les jeunes créateurs du Sud-Est toulousain.',
    ],
    benefits: 'Un rendez-vous individuel et des contacts avec les réseaux de création d’entreprise.',
    rules: [age(18, 30), oneOf('projet_emploi', 'creer_activite')],
    location: PIJ_RAMONVILLE,
  },
  {
    title: 'Trouver un stage ou un job étudiant',
    partner: 'pijRamonville',
    theme: 'emploi',
    subTheme: 'alternance-stage',
    summary: 'Stage de 3e, de seconde, de BTS ou de fac, ou job à côté des cours : on t’aide à trouver des entreprises et à préparer ta candidature.',
    description: [
      'Le PIJ partage les offres de stages et de jobs des entreprises du Sicoval et de la zone de Labège-Innopole.',
      'Tu peux aussi venir préparer ta lettre de motivation ou t’entraîner à l’entretien.',
    ],
    benefits: 'Des offres de stages et de jobs, et une aide à la candidature.',
    rules: [oneOf('situation', 'lyceen', 'etudiant')],
    location: { ...PIJ_RAMONVILLE, remote: true },
  },
  {
    title: 'Logement étudiant et colocation : les bons plans',
    partner: 'pijRamonville',
    theme: 'logement',
    subTheme: 'trouver-un-logement',
    summary:
      'Résidences étudiantes, colocation, chambre chez l’habitant près des campus de Rangueil et de Labège : on t’aide à trouver un logement et à monter ton dossier.',
    description: [
      'On te présente les différentes solutions et leurs prix, et on t’aide à faire ta demande au CROUS ou à la garantie Visale.',
      'Le PIJ anime aussi un dispositif de logement intergénérationnel : une chambre à petit prix chez une personne âgée, en échange d’un peu de présence.',
    ],
    benefits: 'Des contacts de logements étudiants et une aide pour ton dossier.',
    rules: [age(17, 30), oneOf('situation', 'etudiant', 'apprenti')],
    location: { ...PIJ_RAMONVILLE, remote: true },
  },
  {
    title: 'Reprendre tes études après une pause',
    partner: 'pijRamonville',
    theme: 'formation',
    subTheme: 'reprendre-ses-etudes',
    summary:
      'Tu as arrêté tes études et tu as envie d’y retourner ? On t’explique comment reprendre une formation, passer le DAEU ou faire valider ton expérience.',
    description: [
      'Reprendre ses études, c’est possible à tout âge. Il existe des diplômes accessibles sans le bac (DAEU), des formations à distance et des financements.',
      'On étudie ton parcours avec toi et on t’oriente vers les universités et organismes qui peuvent t’accueillir.',
    ],
    benefits: 'Un entretien d’orientation et un plan pour reprendre tes études.',
    rules: [age(18, 30), oneOf('sortie_etudes', 'un_a_deux_ans', 'plus_2_ans')],
    location: PIJ_RAMONVILLE,
  },

  /* ---------- Les Passerelles du Sud-Est toulousain ---------- */
  {
    title: 'Un deux-roues pour aller travailler ou te former',
    partner: 'passerellesSicoval',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Pas de permis, pas de bus à tes horaires ? Loue un scooter ou un vélo électrique à petit prix pour te rendre à ton travail, ton stage ou ta formation.',
    description: [
      'La location se fait au mois, pour 1 € par jour, casque et antivol compris. Une formation à la conduite en sécurité est proposée avant le départ.',
      'Il te faut une promesse d’embauche, un contrat ou une entrée en formation.',
    ],
    benefits: 'Un scooter ou un vélo électrique pour 1 € par jour, jusqu’à 6 mois.',
    rules: [age(18, 30), no('permis')],
    location: { address: '8 rue de la Découverte', commune: 'labege' },
  },
  {
    title: 'Parrainage vers l’emploi',
    partner: 'passerellesSicoval',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    status: 'archivee',
    summary: 'Un ou une professionnelle bénévole t’accompagne pendant 6 mois dans ta recherche d’emploi.',
    description: ['La session 2025-2026 est complète. Une nouvelle session sera proposée au printemps.'],
    benefits: 'Un parrain ou une marraine et son réseau professionnel.',
    rules: [age(18, 30), oneOf('situation', 'demandeur_emploi')],
    location: { address: '8 rue de la Découverte', commune: 'labege' },
  },

  /* ---------- PAEJ du Sud-Est toulousain ---------- */
  {
    title: 'Un espace pour parler, avec ou sans rendez-vous',
    partner: 'paejSudEst',
    theme: 'sante',
    subTheme: 'sante-mentale',
    summary: 'Tu te sens mal, stressé, seul ou en conflit avec tes proches ? Au Point Accueil Écoute Jeunes, quelqu’un t’écoute, gratuitement et anonymement.',
    description: [
      'Les accueillants sont des psychologues et des éducateurs. Tu peux venir une fois ou revenir autant que tu en as besoin.',
      'Les entretiens peuvent aussi se faire par téléphone ou en visio si c’est plus simple pour toi.',
    ],
    benefits: 'Des entretiens gratuits et anonymes avec un ou une psychologue.',
    contactDelayDays: 2,
    rules: [age(15, 25)],
    location: { address: '14 avenue de Toulouse', commune: 'castanet', remote: true },
  },
  {
    title: 'Alcool, cannabis, écrans : en parler sans jugement',
    partner: 'paejSudEst',
    theme: 'sante',
    subTheme: 'sante-mentale',
    summary:
      'Tu te poses des questions sur ta consommation ou celle d’un proche ? Un entretien confidentiel pour faire le point, sans morale et sans obligation.',
    description: [
      'Une consultation jeunes consommateurs a lieu chaque jeudi au PAEJ. Tu peux venir seul, avec un ami ou avec un parent.',
      'Si tu le souhaites, on t’aide à réduire ou à arrêter, à ton rythme.',
    ],
    benefits: 'Une consultation jeunes consommateurs gratuite et confidentielle.',
    contactDelayDays: 3,
    rules: [age(15, 25), oneOf('besoin_sante', 'addictions', 'moral')],
    location: { address: '14 avenue de Toulouse', commune: 'castanet' },
  },

  /* ---------- Mobil'Emploi Lauragais (charter pending) ---------- */
  {
    title: 'Ton permis B en auto-école sociale',
    partner: 'mobilEmploiLauragais',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    status: 'soumise',
    summary:
      'Un apprentissage du code et de la conduite adapté à ton rythme, à un tarif solidaire, pour décrocher le permis dont tu as besoin pour travailler.',
    description: ['Cours en petits groupes à Baziège, moniteurs formés à l’accompagnement des personnes qui ont eu des difficultés à l’école.'],
    benefits: 'Le permis B à tarif solidaire, avec des aides au financement.',
    rules: [age(18, 30), no('permis')],
    location: { address: '2 place de la Mairie', commune: 'baziege' },
  },
  {
    title: 'Conseil en mobilité : trouver comment te déplacer',
    partner: 'mobilEmploiLauragais',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    status: 'brouillon',
    summary: 'Bus, covoiturage, vélo, aides au transport : on cherche avec toi la meilleure solution pour aller travailler.',
    description: ['Un diagnostic mobilité d’une heure, puis un plan de déplacement sur mesure.'],
    benefits: 'Un diagnostic mobilité et un plan de déplacement.',
    location: { address: '2 place de la Mairie', commune: 'baziege' },
  },
]
