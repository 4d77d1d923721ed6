// Partner type ⇄ data·inclusion réseaux porteurs: pure data shared by the publication and the import (domain).
export { RESEAUX_BY_PARTNER_TYPE, reseauxPorteursFor } from '@/domain/openData/reseauxPorteurs'
