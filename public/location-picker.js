// Lets someone place their initiative: click on the map, or look up an address through PDOK's
// Locatieserver. The chosen point goes into hidden fields; the server derives the area from it.
// Without this script (or without tiles or address lookup) the area list alone still works.
;(() => {
  const box = document.getElementById('location-picker')
  const latitude = document.getElementById('field-latitude')
  const longitude = document.getElementById('field-longitude')
  if (!box || !latitude || !longitude || !window.L) return
  const L = window.L
  box.hidden = false

  const label = document.createElement('label')
  label.className = 'utrecht-form-label'
  label.htmlFor = 'location-address'
  label.textContent = box.dataset.searchLabel
  const hint = document.createElement('p')
  hint.className = 'utrecht-form-field-description'
  hint.id = 'location-hint'
  hint.textContent = box.dataset.searchHint
  const input = document.createElement('input')
  input.type = 'search'
  input.id = 'location-address'
  input.className = 'utrecht-textbox utrecht-textbox--html-input'
  input.setAttribute('aria-describedby', 'location-hint')
  input.setAttribute('autocomplete', 'off')
  const suggestions = document.createElement('ul')
  suggestions.className = 'noaber-location__suggestions'
  const status = document.createElement('p')
  status.className = 'noaber-location__status'
  status.setAttribute('role', 'status')
  const clear = document.createElement('button')
  clear.type = 'button'
  clear.className = 'utrecht-button utrecht-button--secondary-action noaber-button noaber-button--secondary'
  clear.textContent = box.dataset.clear
  clear.hidden = true
  const mapElement = document.createElement('div')
  mapElement.className = 'noaber-location__map'
  mapElement.setAttribute('role', 'region')
  mapElement.setAttribute('aria-label', box.dataset.mapLabel)
  box.append(label, hint, input, suggestions, status, clear, mapElement)

  const map = L.map(mapElement, { center: [52.3, 6.65], zoom: 11 })
  L.tileLayer(box.dataset.tiles, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(map)
  let marker

  function choose(lat, lon, place) {
    latitude.value = lat.toFixed(6)
    longitude.value = lon.toFixed(6)
    if (marker) marker.setLatLng([lat, lon])
    else marker = L.marker([lat, lon], { icon: L.divIcon({ className: 'noaber-point', iconSize: [18, 18] }), keyboard: false }).addTo(map)
    status.textContent = box.dataset.chosen.replace('{place}', place ?? `${lat.toFixed(5)}, ${lon.toFixed(5)}`)
    clear.hidden = false
  }

  clear.addEventListener('click', () => {
    latitude.value = ''
    longitude.value = ''
    if (marker) marker.remove()
    marker = undefined
    status.textContent = ''
    clear.hidden = true
  })
  map.on('click', (event) => choose(event.latlng.lat, event.latlng.lng))

  fetch('/api/v1/map/areas', { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : undefined))
    .then((areas) => {
      if (!areas) return
      const outlines = L.geoJSON(areas, { style: { color: '#154273', weight: 2, fillOpacity: 0.04 }, interactive: false }).addTo(map)
      if (outlines.getBounds().isValid()) map.fitBounds(outlines.getBounds())
      if (latitude.value && longitude.value) choose(Number(latitude.value), Number(longitude.value))
    })
    .catch(() => {})

  let timer
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(async () => {
      const query = input.value.trim()
      suggestions.replaceChildren()
      if (query.length < 3) return
      try {
        const url = `https://api.pdok.nl/bzk/locatieserver/search/v3_1/free?rows=5&fl=weergavenaam,centroide_ll&fq=type:adres&q=${encodeURIComponent(query)}`
        const response = await fetch(url)
        if (!response.ok) throw new Error(String(response.status))
        const docs = (await response.json()).response?.docs ?? []
        for (const doc of docs) {
          const match = /POINT\(([-\d.]+) ([-\d.]+)\)/.exec(doc.centroide_ll ?? '')
          if (!match) continue
          const item = document.createElement('li')
          const button = document.createElement('button')
          button.type = 'button'
          button.className = 'noaber-location__suggestion'
          button.textContent = doc.weergavenaam
          button.addEventListener('click', () => {
            const lon = Number(match[1])
            const lat = Number(match[2])
            choose(lat, lon, doc.weergavenaam)
            map.setView([lat, lon], 16)
            suggestions.replaceChildren()
          })
          item.append(button)
          suggestions.append(item)
        }
      } catch {
        status.textContent = box.dataset.searchUnavailable
      }
    }, 350)
  })
})()
