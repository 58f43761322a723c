// Search as you type: after a short pause, fetch the same search page for the current form and
// swap in its results. Without this script the form simply submits and works the same.
;(() => {
  const form = document.getElementById('search-form')
  const results = document.getElementById('search-results')
  const input = document.getElementById('field-q')
  if (!form || !results || !input) return
  let timer
  let latest = 0

  async function refresh() {
    const params = new URLSearchParams(new FormData(form))
    if ((params.get('q') ?? '').length > 200) return
    const url = `/zoeken?${params.toString()}`
    const request = ++latest
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' } })
      if (!response.ok || request !== latest) return
      const page = new DOMParser().parseFromString(await response.text(), 'text/html')
      const fresh = page.getElementById('search-results')
      if (!fresh) return
      results.replaceChildren(...fresh.childNodes)
      history.replaceState(null, '', url)
    } catch {
      // On a network error the form still submits normally.
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(refresh, 300)
  })
  form.addEventListener('change', () => {
    clearTimeout(timer)
    timer = setTimeout(refresh, 100)
  })
})()
