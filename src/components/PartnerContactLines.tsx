/** An organisation's published ways to reach it (only what it chose to make public): phone, email, website. */
export function PartnerContactLines({ name, phone, email, website }: { name: string; phone?: string | null; email?: string | null; website?: string | null }) {
  return (
    <>
      {phone && (
        <p className="fr-mb-1w">
          <span className="fr-icon-phone-line fr-icon--sm" aria-hidden="true" /> <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a>
        </p>
      )}
      {email && (
        <p className="fr-mb-1w">
          <span className="fr-icon-mail-line fr-icon--sm" aria-hidden="true" /> <a href={`mailto:${email}`}>{email}</a>
        </p>
      )}
      {website && (
        <p className="fr-mb-1w">
          <a href={website} target="_blank" rel="noopener" title={`Site de ${name} — nouvelle fenêtre`}>
            Site internet de l’organisme
          </a>
        </p>
      )}
    </>
  )
}
