import { Select, SubmitButton } from '../../platform/forms/fields.tsx'
import { localized } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AreaListing } from '../areas/area-repository.ts'
import type { ThemeRow } from '../themes/theme-table.ts'
import { needLabel, statusLabel } from '../initiatives/labels.ts'
import { initiativeStatuses, needKinds } from '../initiatives/vocabulary.ts'

export interface MapFilterValues {
  thema: string
  wijk: string
  status: string
  hulpvraag: string
}

export function MapPage({ ctx, tileUrl, areas, themes, filters }: { ctx: ViewContext; tileUrl: string; areas: AreaListing[]; themes: ThemeRow[]; filters: MapFilterValues }) {
  const { t, locale } = ctx
  const listQuery = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString()
  return (
    <Shell ctx={ctx} title={t('map.title')} scripts={['/assets/vendor/leaflet.js', '/assets/map.js']} styles={['/assets/vendor/leaflet.css']}>
      <h1 class="utrecht-heading-1">{t('map.title')}</h1>
      <p class="utrecht-paragraph">{t('map.intro')}</p>
      <form class="utrecht-form noaber-filter-form" method="get" action="/kaart" id="map-filters">
        <Select name="thema" label={t('inbox.filter.theme')} placeholder={t('inbox.filter.all')} value={filters.thema} options={themes.map((theme) => ({ value: theme.slug, label: localized(theme.name, locale) }))} />
        <Select name="wijk" label={t('inbox.filter.area')} placeholder={t('inbox.filter.all')} value={filters.wijk} options={areas.map((area) => ({ value: area.slug, label: area.name }))} />
        <Select name="status" label={t('inbox.filter.status')} placeholder={t('inbox.filter.all')} value={filters.status} options={initiativeStatuses.filter((status) => status !== 'unconfirmed' && status !== 'withdrawn').map((status) => ({ value: status, label: t(statusLabel[status]) }))} />
        <Select name="hulpvraag" label={t('inbox.filter.need')} placeholder={t('inbox.filter.all')} value={filters.hulpvraag} options={needKinds.map((kind) => ({ value: kind, label: t(needLabel[kind]) }))} />
        <SubmitButton variant="secondary">{t('inbox.filter.apply')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" id="map-list-link" href={`/zoeken${listQuery ? `?${listQuery}` : ''}`}>{t('map.showList')}</a>
      </p>
      <p class="noaber-alert noaber-alert--warning" id="map-tiles-note" role="status" hidden>{t('map.tilesUnavailable')}</p>
      <div
        id="map"
        class="noaber-map"
        role="region"
        aria-label={t('map.region')}
        data-tiles={tileUrl}
        data-attribution={t('map.attribution')}
        data-cluster-label={t('map.clusterLabel')}
      >
        <noscript>
          <p class="utrecht-paragraph">{t('map.noScript')}</p>
        </noscript>
      </div>
    </Shell>
  )
}
