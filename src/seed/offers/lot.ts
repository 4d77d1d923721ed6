import { CAHORS_AREA, FIGEAC_AREA, NORTH_LOT } from '../places'
import { age, either, no, oneOf, yes, type OfferSeed } from './types'

const ML_CAHORS = { address: '24 boulevard Gambetta', commune: 'cahors' } as const
const ML_FIGEAC = { address: 'Antenne de Figeac, 6 avenue Fernand Pezet', commune: 'figeac' } as const
const PIJ_CAHORS = { address: '68 rue Frédéric Suisse', commune: 'cahors' } as const

export const LOT_OFFERS: readonly OfferSeed[] = [
  /* ---------- Mission Locale du Lot ---------- */
  {
    title: 'Contrat d’engagement jeune (CEJ)',
    partner: 'missionLocaleLot',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Tu n’as ni emploi ni formation ? Avec le CEJ, un conseiller ou une conseillère te suit de près pendant 6 à 12 mois, avec un programme de 15 à 20 heures par semaine et une allocation selon tes ressources.',
    description: [
      'Le Contrat d’engagement jeune, c’est un accompagnement personnalisé pour trouver ta voie et décrocher un emploi durable. Tu as un ou une conseillère attitrée, que tu vois régulièrement.',
      'Au programme, selon ton projet :\n- des stages en entreprise pour découvrir des métiers\n- des ateliers CV, lettre de motivation et entretien\n- une formation ou un service civique\n- de l’aide pour le permis, le logement ou la santé',
      'Tu peux toucher une allocation chaque mois, selon tes ressources et celles de ta famille. On en parle ensemble dès le premier rendez-vous.',
    ],
    benefits: 'Un premier rendez-vous sous 3 jours, puis un accompagnement de 6 à 12 mois et une allocation mensuelle possible.',
    contactDelayDays: 3,
    // An alternative « ou »: a young person already followed by the Mission Locale, whatever their situation.
    rules: [age(16, 25), either(oneOf('situation', 'demandeur_emploi', 'sans_activite'), oneOf('inscriptions', 'mission_locale'))],
    location: ML_CAHORS,
  },
  {
    title: 'Trouver ton alternance dans le Lot',
    partner: 'missionLocaleLot',
    theme: 'emploi',
    subTheme: 'alternance-stage',
    summary:
      'Tu veux apprendre un métier tout en étant payé ? On t’aide à trouver une entreprise, à préparer ta candidature et à choisir le bon centre de formation.',
    description: [
      'L’alternance te permet de préparer un diplôme (du CAP au master) en alternant cours et travail en entreprise, avec un vrai contrat et un salaire.',
      'Ta conseillère t’aide à cibler les entreprises qui recrutent dans le Lot, à refaire ton CV et à t’entraîner aux entretiens. Elle peut aussi te mettre en relation directe avec des employeurs partenaires.',
    ],
    benefits: 'Des offres d’alternance locales, une aide à la candidature et un suivi jusqu’à la signature du contrat.',
    contactDelayDays: 5,
    rules: [age(16, 29), oneOf('projet_emploi', 'alternance', 'stage')],
    location: ML_CAHORS,
  },
  {
    title: 'Aide au financement du permis B',
    partner: 'missionLocaleLot',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Dans le Lot, le permis est souvent indispensable pour travailler. Si tu n’as pas encore le tien, on regarde ensemble quelles aides peuvent financer ton code et tes heures de conduite.',
    description: [
      'Plusieurs aides peuvent se cumuler : aide de l’État pour les apprentis, aides de la Région et du Département, permis à un euro par jour, bourse de la Mission Locale.',
      'On monte ton dossier avec toi et on t’oriente vers une auto-école partenaire près de chez toi.',
    ],
    benefits: 'Un dossier de financement monté avec toi, jusqu’à plusieurs centaines d’euros d’aide selon ta situation.',
    contactDelayDays: 7,
    rules: [age(18, 25), no('permis')],
    location: ML_CAHORS,
    validUntil: '2027-06-30',
  },
  {
    title: 'Faire le point sur ton orientation',
    partner: 'missionLocaleLot',
    theme: 'formation',
    subTheme: 'choisir-son-orientation',
    summary:
      'Tu ne sais pas quel métier choisir, ou tu as envie de changer de voie ? Un entretien pour faire le point sur ce que tu aimes, ce que tu sais faire et les formations possibles.',
    description: [
      'On prend le temps de discuter de ton parcours, de tes envies et de tes contraintes (transport, budget, famille).',
      'Tu repars avec des pistes concrètes : métiers à découvrir, stages d’immersion, formations accessibles près de chez toi ou à distance.',
    ],
    benefits: 'Un entretien d’une heure, en face à face ou par téléphone, et un plan d’action pour la suite.',
    rules: [age(16, 25)],
    location: { ...ML_CAHORS, remote: true },
  },
  {
    title: 'Déclic : 8 semaines pour rebondir',
    partner: 'missionLocaleLot',
    theme: 'formation',
    subTheme: 'se-former',
    summary:
      'Un parcours collectif de 8 semaines à Figeac pour reprendre un rythme, découvrir des métiers en entreprise et construire ton projet de formation, avec d’autres jeunes.',
    description: [
      'Déclic s’adresse aux jeunes du Grand-Figeac qui ont quitté l’école sans diplôme ou avec un CAP, et qui veulent repartir sur de bonnes bases.',
      'Au programme : ateliers le matin, visites et stages en entreprise, remise à niveau en français et en maths, et du sport une fois par semaine.',
      'Les frais de transport peuvent être pris en charge.',
    ],
    benefits: '8 semaines d’accompagnement, deux stages en entreprise et une rémunération de stagiaire de la formation professionnelle.',
    contactDelayDays: 3,
    rules: [age(16, 25), oneOf('situation', 'demandeur_emploi', 'sans_activite'), oneOf('diplome', 'aucun', 'cap_bep')],
    location: ML_FIGEAC,
    communes: FIGEAC_AREA,
  },
  {
    title: 'Atelier CV et simulation d’entretien',
    partner: 'missionLocaleLot',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    status: 'brouillon',
    summary: 'Deux heures pour refaire ton CV et t’entraîner à un entretien d’embauche, en petit groupe.',
    description: ['Chaque mardi après-midi à Cahors. Apporte ton CV si tu en as un, sinon on le crée ensemble.'],
    benefits: 'Un CV à jour et un entraînement filmé à l’entretien.',
    location: ML_CAHORS,
  },

  /* ---------- PIJ de Cahors ---------- */
  {
    title: 'Trouver un job d’été ou un job étudiant',
    partner: 'pijCahors',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary: 'Dès 16 ans, tu peux travailler pendant les vacances ou à côté de tes études. Viens consulter les offres de jobs du Lot et fais relire ton CV.',
    description: [
      'Le PIJ collecte les offres de jobs saisonniers du département : tourisme, agriculture, animation, grande distribution, restauration.',
      'On t’explique aussi tes droits (contrat, salaire, horaires quand on est mineur) et on relit ta candidature avant que tu l’envoies.',
    ],
    benefits: 'L’accès aux offres de jobs locales, une relecture de ton CV et des conseils sur tes droits.',
    rules: [age(16, 30)],
    location: PIJ_CAHORS,
  },
  {
    title: 'Parcoursup, BTS, fac : on t’aide à choisir',
    partner: 'pijCahors',
    theme: 'formation',
    subTheme: 'choisir-son-orientation',
    summary:
      'Tu dois faire des vœux sur Parcoursup ou tu hésites à te réorienter ? Une informatrice jeunesse t’aide à comparer les formations et à préparer ton dossier.',
    description: [
      'On regarde ensemble les formations qui correspondent à ce que tu aimes, leurs débouchés, leur coût et les possibilités de logement.',
      'On peut aussi relire ton projet de formation motivé avant la date limite.',
    ],
    benefits: 'Un rendez-vous individuel, sur place ou en visio, et une relecture de ton dossier Parcoursup.',
    rules: [oneOf('situation', 'lyceen', 'etudiant')],
    location: { ...PIJ_CAHORS, remote: true },
  },
  {
    title: 'Passer ton BAFA avec une aide financière',
    partner: 'pijCahors',
    theme: 'formation',
    subTheme: 'se-former',
    summary:
      'Le BAFA te permet d’encadrer des enfants en centre de loisirs ou en colo. On t’explique la formation et les aides qui peuvent en réduire fortement le coût.',
    description: [
      'Le BAFA se passe en trois étapes : une session de formation générale, un stage pratique rémunéré, puis une session d’approfondissement.',
      'La CAF, la commune et l’État proposent des aides : on t’aide à les demander et à trouver un organisme de formation près de chez toi.',
    ],
    benefits: 'Les dates des prochaines sessions, un dossier d’aide financière et des contacts pour ton stage pratique.',
    rules: [age(17, 30)],
    location: PIJ_CAHORS,
  },
  {
    title: 'Forum jobs d’été 2026',
    partner: 'pijCahors',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    status: 'archivee',
    summary: 'Rencontre en direct des employeurs qui recrutent pour l’été dans le Lot. Apporte ton CV !',
    description: ['Le forum a eu lieu le 8 avril 2026 à l’Espace Clément Marot, à Cahors.'],
    benefits: 'Des entretiens sur place avec une trentaine d’employeurs.',
    rules: [age(16, 30)],
    location: { address: 'Espace Clément Marot, place Bessières', commune: 'cahors' },
    validFrom: '2026-03-01',
    validUntil: '2026-04-08',
  },

  /* ---------- PIJ de Figeac ---------- */
  {
    title: 'Un rendez-vous au PIJ pour ton projet',
    partner: 'pijFigeac',
    theme: 'formation',
    subTheme: 'choisir-son-orientation',
    summary:
      'Une question sur tes études, un projet, un job ou ton logement ? Au PIJ de Figeac, on t’écoute et on t’aide à trouver la bonne info, quelle que soit ta situation.',
    description: [
      'Le Point Information Jeunesse est ouvert à tous les jeunes, sans condition. L’accueil est gratuit, anonyme si tu le souhaites, et sans rendez-vous le mercredi.',
      'Si ta question dépasse ce que l’on connaît, on t’oriente directement vers le bon interlocuteur du Grand-Figeac.',
    ],
    benefits: 'Une réponse personnalisée et, si besoin, un contact direct avec le bon service.',
    location: { address: '2 boulevard Pasteur', commune: 'figeac' },
    communes: FIGEAC_AREA,
  },
  {
    title: 'Trouver un logement dans le Grand-Figeac',
    partner: 'pijFigeac',
    theme: 'logement',
    subTheme: 'trouver-un-logement',
    summary:
      'Tu cherches un studio, une colocation ou une chambre chez l’habitant autour de Figeac ? On partage avec toi les annonces locales et les bons réflexes pour éviter les arnaques.',
    description: [
      'Le PIJ tient à jour une liste de logements proposés par des particuliers et des bailleurs du territoire, dont des chambres chez l’habitant pour les stagiaires et les alternants.',
      'On t’aide aussi à constituer ton dossier de location et à demander la garantie Visale.',
    ],
    benefits: 'Des annonces vérifiées, un dossier de location complet et une aide pour la garantie Visale.',
    contactDelayDays: 3,
    rules: [age(16, 30), oneOf('besoin_logement', 'trouver_logement')],
    location: { address: '2 boulevard Pasteur', commune: 'figeac' },
    communes: FIGEAC_AREA,
  },

  /* ---------- PIJ de Gourdon ---------- */
  {
    title: 'Trouver une mission de service civique',
    partner: 'pijGourdon',
    theme: 'formation',
    subTheme: 'choisir-son-orientation',
    summary:
      'Tu as entre 16 et 25 ans et envie d’être utile ? Le service civique, c’est 6 à 12 mois de mission indemnisée dans une association ou une collectivité. On t’aide à trouver la tienne.',
    description: [
      'Aucun diplôme n’est demandé : ce qui compte, c’est ta motivation. Tu reçois une indemnité chaque mois et tu es accompagné pour construire ton projet d’avenir.',
      'Le PIJ connaît les structures qui accueillent des volontaires en Bouriane et dans le nord du Lot, et t’aide à postuler.',
    ],
    benefits: 'Une sélection de missions près de chez toi et une aide pour ta candidature.',
    rules: [age(16, 25)],
    location: { address: '11 boulevard des Martyrs', commune: 'gourdon' },
    communes: NORTH_LOT,
  },
  {
    title: 'Jobs saisonniers en vallée de la Dordogne',
    partner: 'pijGourdon',
    theme: 'emploi',
    subTheme: 'trouver-un-emploi',
    summary:
      'Campings, restaurants, sites touristiques, cueillette : chaque été, le nord du Lot recrute. On te met en relation avec les employeurs et on t’aide à trouver un logement pour la saison.',
    description: [
      'Les recrutements commencent dès février pour l’été. Viens tôt pour avoir le choix !',
      'Le PIJ organise aussi des rencontres avec les employeurs et peut t’orienter vers les solutions de logement saisonnier.',
    ],
    benefits: 'Des offres de saison, des contacts directs avec les employeurs et des pistes de logement.',
    contactDelayDays: 4,
    rules: [age(16, 30)],
    location: { address: '11 boulevard des Martyrs', commune: 'gourdon' },
    communes: NORTH_LOT,
  },

  /* ---------- PIJ de Souillac (charter pending) ---------- */
  {
    title: 'Logement saisonnier : on t’aide à trouver',
    partner: 'pijSouillac',
    theme: 'logement',
    subTheme: 'trouver-un-logement',
    status: 'brouillon',
    summary: 'Tu viens travailler pour la saison à Souillac ou à Rocamadour ? On t’aide à trouver une chambre ou un logement pour quelques mois.',
    description: ['Liste des logeurs partenaires et des aides pour les saisonniers : en cours de préparation pour la saison 2027.'],
    benefits: 'Des contacts de logeurs et une aide pour ton dossier.',
    rules: [yes('saisonnier')],
    location: { address: '5 place Pierre Betz', commune: 'souillac' },
    communes: NORTH_LOT,
  },

  /* ---------- Habitat Jeunes du Lot ---------- */
  {
    title: 'Un logement meublé en résidence Habitat Jeunes',
    partner: 'habitatJeunesLot',
    theme: 'logement',
    subTheme: 'trouver-un-logement',
    summary:
      'Une chambre ou un studio meublé à Cahors ou à Figeac, avec un loyer adapté à tes revenus et une équipe pour t’accompagner. Pour les 16-30 ans qui travaillent, se forment ou cherchent un emploi.',
    description: [
      'Nos résidences proposent des logements meublés et équipés, avec laverie, espaces communs et wifi. Tu peux toucher l’APL, ce qui réduit beaucoup ton loyer.',
      'Une équipe est présente pour t’aider dans ton installation, ton budget et tes démarches, et des activités sont proposées toute l’année.',
    ],
    benefits: 'Un logement meublé dès que possible, sans garant, avec un accompagnement personnalisé.',
    rules: [age(16, 30), oneOf('situation', 'salarie', 'apprenti', 'demandeur_emploi', 'service_civique', 'etudiant')],
    location: { address: '129 rue des Augustins', commune: 'cahors' },
  },
  {
    title: 'Saisonniers, stagiaires, alternants : une chambre pour quelques semaines',
    partner: 'habitatJeunesLot',
    theme: 'logement',
    subTheme: 'trouver-un-logement',
    summary:
      'Tu arrives dans le Lot pour une saison, un stage ou une période en entreprise ? On te propose une chambre meublée à la semaine ou au mois, à Cahors ou à Figeac.',
    description: [
      'Des chambres sont réservées aux séjours courts, d’une semaine à six mois. Le linge de lit est fourni et tu peux arriver rapidement.',
      'Si tu es alternant ou alternante, tu peux avoir une chambre dans deux villes pour suivre ton rythme entre l’école et l’entreprise.',
    ],
    benefits: 'Une chambre meublée disponible rapidement, à un prix adapté aux petits salaires.',
    contactDelayDays: 3,
    rules: [age(18, 30), yes('saisonnier')],
    location: { address: 'Résidence du Célé, 12 rue Émile Zola', commune: 'figeac' },
  },
  {
    title: 'Caution, APL, Visale : on t’aide pour ton installation',
    partner: 'habitatJeunesLot',
    theme: 'logement',
    subTheme: 'aides-au-logement',
    summary: 'Louer un logement coûte cher au départ. On t’aide à demander l’APL, la garantie Visale à la place d’un garant et l’avance de ta caution.',
    description: [
      'Beaucoup de jeunes ne demandent pas les aides auxquelles ils ont droit. En un rendez-vous, on fait le tour de ta situation et on remplit les demandes avec toi.',
      '- APL ou ALS avec la CAF ou la MSA\n- garantie Visale, qui remplace le garant\n- avance Loca-Pass pour payer ta caution\n- aide à l’installation du Département',
    ],
    benefits: 'Toutes tes demandes d’aides envoyées en un rendez-vous, sur place ou par téléphone.',
    rules: [age(18, 30), oneOf('besoin_logement', 'payer_logement')],
    location: { address: '129 rue des Augustins', commune: 'cahors', remote: true },
  },

  /* ---------- CCAS de Cahors ---------- */
  {
    title: 'Mise à l’abri et hébergement d’urgence',
    partner: 'ccasCahors',
    theme: 'logement',
    subTheme: 'urgence',
    summary:
      'Tu n’as pas d’endroit où dormir ou tu risques de te retrouver à la rue ? Le CCAS te rappelle sous 24 heures pour trouver une solution d’hébergement. Ce soir, appelle le 115.',
    description: [
      'Le CCAS travaille avec les structures d’hébergement de Cahors pour proposer une mise à l’abri rapide, puis une solution plus durable.',
      'Un travailleur social fait le point avec toi sur tes droits (RSA jeunes actifs, CEJ, aides d’urgence) et peut t’accompagner dans tes démarches.',
      'En cas d’urgence, la nuit ou le week-end, appelle le 115 : c’est gratuit.',
    ],
    benefits: 'Un rappel sous 24 heures, une solution d’hébergement et un accompagnement social.',
    contactDelayDays: 1,
    rules: [yes('urgence')],
    notificationEmails: ['contact.ccas-cahors@boussole.test', 'astreinte.ccas-cahors@boussole.test'],
    location: { address: '73 boulevard Gambetta', commune: 'cahors' },
    communes: CAHORS_AREA,
  },
  {
    title: 'Coup de pouce pour payer ton loyer',
    partner: 'ccasCahors',
    theme: 'logement',
    subTheme: 'aides-au-logement',
    summary:
      'Tu as du mal à payer ton loyer, tes factures d’énergie ou ta caution ? Le CCAS peut t’accorder une aide ponctuelle et t’aider à éviter les dettes.',
    description: [
      'L’aide est étudiée selon tes ressources et ta situation. Elle peut être versée directement à ton propriétaire ou à ton fournisseur d’énergie.',
      'On regarde aussi avec toi si tu peux demander le Fonds de solidarité logement ou un échelonnement de ta dette.',
    ],
    benefits: 'Une aide financière ponctuelle et un rendez-vous avec un travailleur social.',
    contactDelayDays: 4,
    rules: [age(18, 30), oneOf('ressources', 'aucune', 'moins_500', 'de_500_a_1000'), oneOf('besoin_logement', 'payer_logement', 'garder_logement')],
    location: { address: '73 boulevard Gambetta', commune: 'cahors' },
    communes: CAHORS_AREA,
  },

  /* ---------- Maison des adolescents du Lot (Santé opens soon in the Lot) ---------- */
  {
    title: 'Parler à quelqu’un quand ça ne va pas',
    partner: 'mdaLot',
    theme: 'sante',
    subTheme: 'sante-mentale',
    status: 'soumise',
    summary:
      'Stress, tristesse, conflits, harcèlement : un ou une professionnelle de la Maison des adolescents t’écoute gratuitement et en toute confidentialité.',
    description: [
      'Tu peux venir seul ou accompagné, à Cahors ou lors de nos permanences à Figeac et Gourdon. L’entretien est gratuit et confidentiel.',
      'Si besoin, on t’oriente vers un ou une psychologue ou un médecin, sans avance de frais.',
    ],
    benefits: 'Un entretien d’écoute avec un ou une professionnelle, et un suivi si tu en as besoin.',
    rules: [age(15, 25)],
    location: { address: '262 rue Victor Hugo', commune: 'cahors', remote: true },
  },
  {
    title: 'Contraception et dépistage : une consultation confidentielle',
    partner: 'mdaLot',
    theme: 'sante',
    subTheme: 'sante-sexuelle',
    status: 'soumise',
    summary:
      'Une consultation gratuite pour parler contraception, faire un dépistage ou poser tes questions sur ta vie affective, sans avoir besoin de l’accord de tes parents.',
    description: ['Les consultations ont lieu avec la sage-femme du centre de santé sexuelle partenaire, à Cahors.'],
    benefits: 'Une consultation gratuite et confidentielle, contraception et dépistages compris.',
    rules: [age(15, 25)],
    location: { address: '262 rue Victor Hugo', commune: 'cahors' },
  },
]
