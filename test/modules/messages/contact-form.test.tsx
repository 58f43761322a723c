import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderToString } from 'preact-render-to-string'
import { ContactForm, contactRefusal, readContactForm } from '../../../src/modules/messages/contact-form.tsx'
import type { Locale } from '../../../src/platform/i18n/locale.ts'
import { translator } from '../../../src/platform/i18n/translate.ts'
import type { ViewContext } from '../../../src/platform/layout/view-context.ts'

function context(locale: Locale): ViewContext {
  return { locale, t: translator(locale), tenant: { name: 'Esveld', slug: 'esveld' }, currentPath: '/', person: undefined, csrfToken: 'csrf-token' }
}

describe('the contact form other modules show', () => {
  it('renders subject and message with their labels, limits and the CSRF token, posting to the calling module', () => {
    const html = renderToString(<ContactForm ctx={context('nl')} action="/ruimtes/4/contact" />)
    assert.match(html, /action="\/ruimtes\/4\/contact"/)
    assert.match(html, /name="_csrf" value="csrf-token"/)
    assert.match(html, /<label class="utrecht-form-label" for="contact-subject">Onderwerp<\/label>/)
    assert.match(html, /<label class="utrecht-form-label" for="contact-body">Uw bericht<\/label>/)
    assert.match(html, /maxlength="200"/i)
    assert.match(html, /maxlength="5000"/i)
    assert.match(html, /Maximaal 5\.000 tekens\./)
    assert.match(html, /Uw e-mailadres blijft verborgen/)
  })

  it('reads a filled-in form, and names what is missing or too long in the reader’s language', () => {
    const t = translator('nl')
    assert.deepEqual(readContactForm({ subject: '  Vraag over\nde ladder ', body: ' Mag ik hem lenen? ' }, t), { values: { subject: 'Vraag over de ladder', body: 'Mag ik hem lenen?' }, errors: [] })
    assert.deepEqual(readContactForm({ subject: '', body: '   ' }, t).errors, [
      { field: 'subject', message: 'Vul dit veld in.' },
      { field: 'body', message: 'Vul dit veld in.' },
    ])
    assert.deepEqual(readContactForm({ subject: 'Lang', body: 'x'.repeat(10_000) }, translator('en')).errors, [{ field: 'body', message: 'This is too long: at most 5000 characters.' }])
  })

  it('shows the errors it is given, each linked to its field', () => {
    const html = renderToString(<ContactForm ctx={context('en')} action="/hulp/3/contact" values={{ subject: '', body: 'Hi' }} errors={[{ field: 'subject', message: 'Fill in this field.' }]} />)
    assert.match(html, /href="#contact-subject">Fill in this field\./)
    assert.match(html, /aria-invalid="true"/)
  })

  it('has a sentence for every reason a conversation can be refused', () => {
    const t = translator('nl')
    assert.equal(t(contactRefusal.blocked), 'U kunt deze persoon geen bericht sturen, omdat een van u beiden de ander heeft geblokkeerd.')
    assert.equal(t(contactRefusal.self), 'U kunt uzelf geen bericht sturen.')
    assert.equal(t(contactRefusal['unknown-recipient']), 'Deze persoon kan geen berichten meer ontvangen.')
  })
})
