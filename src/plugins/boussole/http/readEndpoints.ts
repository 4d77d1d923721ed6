import { badRequest } from '../core/errors'
import { searchCommunes } from '../geo/searchCommunes'
import { themesForCommune } from '../geo/themesForCommune'
import { matchOffers, resolveMatchContext } from '../matching/matchOffers'
import { publicEndpoint } from './endpoint'
import { readPublicJsonBody } from './jsonBody'

/** GET /api/boussole/communes?q=…&limit=… */
export const communesEndpoint = publicEndpoint('get', '/boussole/communes', async (req) => {
  const q = req.searchParams.get('q') ?? ''
  const limit = req.searchParams.get('limit')
  const results = await searchCommunes(req.payload, q, limit ? Number(limit) : undefined)
  return Response.json({ results }, { headers: { 'Cache-Control': 'public, max-age=60' } })
})

/** GET /api/boussole/communes/:code/themes */
export const communeThemesEndpoint = publicEndpoint('get', '/boussole/communes/:code/themes', async (req) =>
  Response.json(await themesForCommune(req.payload, req.routeParams?.code)),
)

/** GET /api/boussole/questionnaire?commune=…&theme=… */
export const questionnaireEndpoint = publicEndpoint('get', '/boussole/questionnaire', async (req) => {
  const context = await resolveMatchContext(req.payload, req.searchParams.get('commune'), req.searchParams.get('theme'))
  return Response.json({
    commune: { code: context.commune.code, name: context.commune.name },
    territory: { slug: context.territory.slug, name: context.territory.name },
    theme: { slug: context.theme.slug, name: context.theme.name },
    questions: context.questions,
  })
})

/** POST /api/boussole/match with { commune, theme, answers } */
export const matchEndpoint = publicEndpoint('post', '/boussole/match', async (req) => {
  const body = await readPublicJsonBody(req)
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest([{ message: 'Le corps de la requête doit être un objet JSON.' }])
  const { commune, theme, answers } = body as Record<string, unknown>
  return Response.json(await matchOffers(req.payload, { commune, theme, answers }))
})
