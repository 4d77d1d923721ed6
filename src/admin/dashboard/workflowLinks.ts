/**
 * The back-office views other parts of the admin provide (src/admin/workflows), linked from the dashboards,
 * with the collection lists they complement.
 */
export function workflowLinks(adminRoute: string) {
  return {
    /** « File de validation des offres » (animators, admins) */
    offerQueue: `${adminRoute}/validation`,
    /** « Annuaire des homologues » */
    annuaire: `${adminRoute}/annuaire`,
    /** « Importer depuis data·inclusion » (animators, admins) */
    dataInclusionImport: `${adminRoute}/import-data-inclusion`,
    closedLeads: `${adminRoute}/collections/leads?where[status][equals]=cloturee`,
    openLeads: `${adminRoute}/collections/leads?where[status][not_equals]=cloturee`,
    searches: `${adminRoute}/collections/searches`,
  }
}
