import type { DefaultColorScheme } from '@codegouvfr/react-dsfr/next-app-router'

/** Follows the device's light/dark preference until the person picks one in « Paramètres d'affichage ». */
export const defaultColorScheme: DefaultColorScheme = 'system'
