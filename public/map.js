// The initiatives map: Leaflet over the configured tiles, area outlines, and clusters computed on the
// server for what is in view. When tiles fail, the outlines and markers stay and a note says why.
;(() => {
  const element = document.getElementById('map')
  if (!element || !window.L) return
  const L = window.L
  const note = document.getElementById('map-tiles-note')
  const filterForm = document.getElementById('map-filters')
  const clusterLabel = element.dataset.clusterLabel ?? '{count}'

  // The container gets its height before Leaflet measures it.
  element.classList.add('noaber-map--active')
  const map = L.map(element, { center: [52.3, 6.65], zoom: 11, keyboard: true })
  const tiles = L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 19, crossOrigin: true })
  let tileErrors = 0
  tiles.on('tileerror', () => {
    tileErrors += 1
    if (note && tileErrors === 1) note.hidden = false
  })
  tiles.addTo(map)

  const filters = () => {
    const params = new URLSearchParams()
    if (!filterForm) return params
    const data = new FormData(filterForm)
    const names = { thema: 'theme', wijk: 'area', status: 'status', hulpvraag: 'need' }
    for (const [formName, apiName] of Object.entries(names)) {
      const value = data.get(formName)
      if (value) params.set(apiName, String(value))
    }
    return params
  }

  const markers = L.layerGroup().addTo(map)
  let latest = 0

  async function loadClusters() {
    const bounds = map.getBounds()
    const params = filters()
    params.set('bbox', [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((n) => n.toFixed(6)).join(','))
    params.set('zoom', String(map.getZoom()))
    const request = ++latest
    const response = await fetch(`/api/v1/map/clusters?${params.toString()}`, { headers: { accept: 'application/json' } })
    if (!response.ok || request !== latest) return
    const collection = await response.json()
    markers.clearLayers()
    for (const feature of collection.features) {
      const [lon, lat] = feature.geometry.coordinates
      const props = feature.properties
      if (props.cluster) {
        const label = clusterLabel.replace('{count}', String(props.count))
        const icon = L.divIcon({ className: 'noaber-cluster', html: `<span aria-hidden="true">${props.count}</span>`, iconSize: [40, 40] })
        const marker = L.marker([lat, lon], { icon, title: label, alt: label, keyboard: true })
        const zoomIn = () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 19))
        marker.on('click', zoomIn)
        // Leaflet turns Enter into a keypress event on the marker, not a click.
        marker.on('keypress', (event) => {
          if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') zoomIn()
        })
        marker.addTo(markers)
        marker.getElement()?.setAttribute('aria-label', label)
        marker.getElement()?.setAttribute('role', 'button')
      } else {
        const icon = L.divIcon({ className: 'noaber-point', html: '', iconSize: [18, 18] })
        const marker = L.marker([lat, lon], { icon, title: props.title, keyboard: true })
        const link = document.createElement('a')
        link.href = props.url
        link.className = 'utrecht-link'
        link.textContent = props.title
        marker.bindPopup(link)
        marker.addTo(markers)
        marker.getElement()?.setAttribute('aria-label', props.title)
        marker.getElement()?.setAttribute('role', 'button')
      }
    }
    element.dataset.features = String(collection.features.length)
    element.dataset.zoom = String(map.getZoom())
  }

  async function loadAreas() {
    const response = await fetch('/api/v1/map/areas', { headers: { accept: 'application/json' } })
    if (!response.ok) return
    const outlines = L.geoJSON(await response.json(), { style: { color: '#154273', weight: 2, fillOpacity: 0.04 }, interactive: false })
    outlines.addTo(map)
    if (outlines.getBounds().isValid()) map.fitBounds(outlines.getBounds())
  }

  map.on('moveend', () => void loadClusters())
  loadAreas().finally(() => void loadClusters())
})()
