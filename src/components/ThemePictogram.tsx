import Airport from '@codegouvfr/react-dsfr/picto/Airport'
import Companie from '@codegouvfr/react-dsfr/picto/Companie'
import Compass from '@codegouvfr/react-dsfr/picto/Compass'
import Health from '@codegouvfr/react-dsfr/picto/Health'
import House from '@codegouvfr/react-dsfr/picto/House'
import School from '@codegouvfr/react-dsfr/picto/School'

const PICTOGRAMS = { briefcase: Companie, book: School, home: House, heart: Health, globe: Airport, compass: Compass } as const

/** The theme's DSFR pictogram, inline (no request, no layout shift), decorative. */
export function ThemePictogram({ icon, size = '80px' }: { icon: string | null; size?: string }) {
  const Picto = PICTOGRAMS[(icon ?? 'compass') as keyof typeof PICTOGRAMS] ?? Compass
  return <Picto fontSize={size} />
}
