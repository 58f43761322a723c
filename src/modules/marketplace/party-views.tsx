import type { ViewContext } from '../../platform/layout/view-context.ts'
import { listingKindLabel } from './labels.ts'
import type { MarketplaceListingRow } from './marketplace-tables.ts'
import { formatEuros } from './money.ts'
import type { PartyView } from './party-queries.ts'

/** A party as the public may see it: its public name (linked to its page if it has one), or a name-less description. */
export function PublicPartyName({ ctx, party }: { ctx: ViewContext; party: Pick<PartyView, 'kind' | 'publicName' | 'link'> | undefined }) {
  const { t } = ctx
  if (!party) return <>{t('marketplace.party.unknown')}</>
  if (party.publicName === null) return <>{t(party.kind === 'organisation' ? 'marketplace.party.unnamedOrganisation' : 'marketplace.party.unnamedInitiative')}</>
  return party.link ? <a class="utrecht-link" href={party.link}>{party.publicName}</a> : <>{party.publicName}</>
}

export function publicPartyName(ctx: ViewContext, party: Pick<PartyView, 'kind' | 'publicName'> | undefined): string {
  if (!party) return ctx.t('marketplace.party.unknown')
  return party.publicName ?? ctx.t(party.kind === 'organisation' ? 'marketplace.party.unnamedOrganisation' : 'marketplace.party.unnamedInitiative')
}

function ListingLine({ ctx, listing }: { ctx: ViewContext; listing: MarketplaceListingRow }) {
  const { t, locale } = ctx
  return (
    <li>
      <span class="noaber-tag">{t(listingKindLabel[listing.kind])}</span> <span class="noaber-prewrap">{listing.description}</span>
      {listing.value_cents !== null ? ` (${t('marketplace.listing.worth', { amount: formatEuros(listing.value_cents, locale) })})` : null}
      {listing.counter_offer ? (
        <>
          <br />
          <strong>{t('marketplace.listing.inReturn')}</strong> <span class="noaber-prewrap">{listing.counter_offer}</span>
        </>
      ) : null}
    </li>
  )
}

/** A party's offers and requests, each request with what the party gives in return. */
export function Listings({ ctx, listings, headingLevel = 3 }: { ctx: ViewContext; listings: MarketplaceListingRow[]; headingLevel?: 3 | 4 }) {
  const { t } = ctx
  const offers = listings.filter((listing) => listing.type === 'offer')
  const requests = listings.filter((listing) => listing.type === 'request')
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const headingClass = headingLevel === 3 ? 'utrecht-heading-3' : 'utrecht-heading-4'
  return (
    <>
      {offers.length > 0 ? (
        <>
          <Heading class={headingClass}>{t('marketplace.listing.offers')}</Heading>
          <ul class="utrecht-unordered-list">{offers.map((listing) => <ListingLine ctx={ctx} listing={listing} />)}</ul>
        </>
      ) : null}
      {requests.length > 0 ? (
        <>
          <Heading class={headingClass}>{t('marketplace.listing.requests')}</Heading>
          <ul class="utrecht-unordered-list">{requests.map((listing) => <ListingLine ctx={ctx} listing={listing} />)}</ul>
        </>
      ) : null}
      {listings.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.listing.none')}</p> : null}
    </>
  )
}
