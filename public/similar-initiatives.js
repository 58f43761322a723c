// Suggests existing public initiatives while someone types the title of a new one, so they can join
// instead of starting a second one. The form works the same without this script.
;(() => {
  const input = document.getElementById('field-title')
  const box = document.getElementById('similar-initiatives')
  if (!input || !box) return
  let timer
  let lastQuery = ''

  function render(items) {
    box.replaceChildren()
    if (items.length === 0) {
      box.hidden = true
      return
    }
    const heading = document.createElement('h3')
    heading.className = 'utrecht-heading-3'
    heading.textContent = box.dataset.heading
    const intro = document.createElement('p')
    intro.className = 'utrecht-paragraph'
    intro.textContent = box.dataset.intro
    const list = document.createElement('ul')
    list.className = 'utrecht-unordered-list'
    for (const item of items) {
      const li = document.createElement('li')
      const link = document.createElement('a')
      link.className = 'utrecht-link'
      link.href = `/initiatieven/${item.id}`
      link.textContent = item.title
      li.append(link, document.createTextNode(` \u2013 ${item.summary}`))
      list.append(li)
    }
    box.append(heading, intro, list)
    box.hidden = false
  }

  async function lookUp() {
    const query = input.value.trim()
    if (query === lastQuery) return
    lastQuery = query
    if (query.length < 3) return render([])
    try {
      const response = await fetch(`/api/v1/initiative-suggestions?title=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } })
      if (!response.ok || query !== lastQuery) return
      render((await response.json()).items)
    } catch {
      // Suggestions are a nicety; without them the form still works.
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(lookUp, 300)
  })
})()
