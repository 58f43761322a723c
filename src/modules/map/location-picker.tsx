import type { ViewContext } from '../../platform/layout/view-context.ts'

/**
 * The point on the map for a form: two hidden fields and the container that
 * `public/location-picker.js` turns into a map with an address search. Without JavaScript it stays
 * hidden and the area list beside it is the way to say where.
 */
export function LocationPicker({ ctx, tileUrl, latitude, longitude }: { ctx: ViewContext; tileUrl: string; latitude: string; longitude: string }) {
  const { t } = ctx
  return (
    <>
      <input type="hidden" name="latitude" id="field-latitude" value={latitude} />
      <input type="hidden" name="longitude" id="field-longitude" value={longitude} />
      <div
        id="location-picker"
        class="noaber-location"
        hidden
        data-tiles={tileUrl}
        data-attribution={t('map.attribution')}
        data-search-label={t('initiative.form.location.address')}
        data-search-hint={t('initiative.form.location.hint')}
        data-search-unavailable={t('initiative.form.location.unavailable')}
        data-chosen={t('initiative.form.location.chosen')}
        data-clear={t('initiative.form.location.clear')}
        data-map-label={t('initiative.form.location.map')}
      />
    </>
  )
}
