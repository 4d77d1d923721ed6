// Boussole theme ⇄ data·inclusion thématiques: pure data shared by the publication and the import (domain).
export { THEMATIQUES_BY_THEME, thematiquesFor } from '@/domain/openData/thematiques'
