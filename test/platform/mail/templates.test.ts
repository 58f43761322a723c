import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { locales } from '../../../src/platform/i18n/locale.ts'
import { isMailTemplateName, mailTemplateNames, renderMail, type MailTemplates } from '../../../src/platform/mail/templates.ts'

const examples: { [K in keyof MailTemplates]: MailTemplates[K] } = {
  signInLink: { tenantName: 'Gemeente Esveld', link: 'https://esveld.example/inloggen/bevestigen?token=abc&x=1', minutes: 15 },
  staffInvitation: { tenantName: 'Gemeente Esveld', inviterName: 'Anouk de Vries', link: 'https://esveld.example/wachtwoord-instellen?token=def', roles: ['broker'] },
  initiativeConfirmation: { tenantName: 'Gemeente Esveld', initiativeTitle: 'Moestuin aan de Brink', link: 'https://esveld.example/initiatieven/bevestigen?token=ghi', days: 7 },
  initiativeUpdate: { tenantName: 'Gemeente Esveld', initiativeTitle: 'Moestuin aan de Brink', excerpt: 'De eerste oogst is binnen!', link: 'https://esveld.example/initiatieven/7', unsubscribeLink: 'https://esveld.example/volgen/afmelden?token=jkl' },
  brokerAssigned: { tenantName: 'Gemeente Esveld', initiativeTitle: 'Moestuin aan de Brink', brokerName: 'Ria Ruimtemaker', firstContactBy: 'dinsdag 1 december 2026', link: 'https://esveld.example/mijn/initiatieven/7' },
  promiseDigest: {
    tenantName: 'Gemeente Esveld', audience: 'broker', day: 'maandag 28 december 2026', link: 'https://esveld.example/werk',
    overdue: [{ brokerName: null, total: 1, items: [{ initiativeTitle: 'Moestuin aan de Brink', promise: 'Terugbellen over de vergunning', dueOn: 'donderdag 24 december 2026', link: 'https://esveld.example/werk/initiatieven/7' }] }],
    dueSoon: { brokerName: null, total: 1, items: [{ initiativeTitle: 'Repaircafé', promise: 'Sleutel van het dorpshuis regelen', dueOn: 'dinsdag 29 december 2026', link: 'https://esveld.example/werk/initiatieven/8' }] },
  },
  messageReceived: { tenantName: 'Gemeente Esveld', link: 'https://esveld.example/berichten/12' },
  connectionRequest: { tenantName: 'Gemeente Esveld', askerName: 'Sanne de Ruimtemaker', initiativeTitle: 'Moestuin aan de Brink', need: 'Vrijwilligers', message: 'Zou u op zaterdagochtend twee uur willen helpen spitten?', link: 'https://esveld.example/mijn/verzoeken' },
  connectionRequestAnswered: { tenantName: 'Gemeente Esveld', partyName: 'Kulturhus De Eike', initiativeTitle: 'Moestuin aan de Brink', decision: 'accepted', answer: 'Graag, de zaal is vrij.', link: 'https://esveld.example/werk/initiatieven/4' },
  connectionRequestWithdrawn: { tenantName: 'Gemeente Esveld', askerName: 'Sanne de Ruimtemaker', initiativeTitle: 'Moestuin aan de Brink', link: 'https://esveld.example/mijn/verzoeken' },
  organisationInvitation: { tenantName: 'Gemeente Esveld', organisationName: 'Voetbalvereniging Esveld', inviterName: 'Gerrit Pool', link: 'https://esveld.example/organisaties/voetbalvereniging-esveld' },
  neighbourPostHidden: { tenantName: 'Gemeente Esveld', postTitle: 'Ladder te leen', reason: 'Dit is betaald werk; daarvoor is deze plek niet bedoeld.', link: 'https://esveld.example/buurtvragen/3' },
  spaceBookingRequested: { tenantName: 'Gemeente Esveld', spaceName: 'Grote zaal kulturhus De Eike', requesterName: 'Fleur Jansen', when: 'vrijdag 4 december 2026, 19:00–21:00', peopleCount: 30, purpose: 'Buurtvergadering over de speeltuin', link: 'https://esveld.example/mijn/ruimtes' },
  spaceBookingAnswered: { tenantName: 'Gemeente Esveld', spaceName: 'Grote zaal kulturhus De Eike', when: 'vrijdag 4 december 2026, 19:00–21:00', accepted: false, reason: 'Die avond is er de kerstmarkt.', link: 'https://esveld.example/mijn/reserveringen' },
  spaceBookingCancelled: { tenantName: 'Gemeente Esveld', spaceName: 'Grote zaal kulturhus De Eike', requesterName: 'Fleur Jansen', when: 'vrijdag 4 december 2026, 19:00–21:00', link: 'https://esveld.example/mijn/ruimtes' },
  spaceBookingRevoked: { tenantName: 'Gemeente Esveld', spaceName: 'Grote zaal kulturhus De Eike', when: 'vrijdag 4 december 2026, 19:00–21:00', reason: 'Er is lekkage in het dak; de zaal is tot januari dicht.', link: 'https://esveld.example/mijn/reserveringen' },
  marketplaceFollowUp: { tenantName: 'Gemeente Esveld', eventTitle: 'Beursvloer Esveld 2026', giverName: 'Bouwbedrijf Nijhof', receiverName: 'Buurtvereniging De Marke', description: 'Twee timmerlieden bouwen een dag mee aan de speeltuin.', link: 'https://esveld.example/beursvloer/terugblik?token=mno' },
}

describe('mail templates', () => {
  it('render every template in Dutch and English: subject, plain text and HTML with the language set', () => {
    for (const name of mailTemplateNames) {
      for (const locale of locales) {
        const mail = renderMail(name, locale, examples[name] as never)
        assert.ok(mail.subject.length > 5 && !/[\r\n]/.test(mail.subject), `${name}/${locale} subject`)
        assert.match(mail.text, /Gemeente Esveld/)
        assert.ok(mail.text.includes(examples[name].link), `${name}/${locale} has the bare link in its text`)
        assert.match(mail.html, new RegExp(`^<!doctype html><html lang="${locale}"`))
        assert.match(mail.html, /<h1[^>]*>/)
        assert.match(mail.html, /role="presentation"/)
        assert.ok(mail.html.includes(`href="${examples[name].link.replace(/&/g, '&amp;')}"`), `${name}/${locale} links`)
      }
    }
  })

  it('write the sign-in mail in our words, with what to do if it was not asked for', () => {
    const nl = renderMail('signInLink', 'nl', examples.signInLink)
    assert.equal(nl.subject, 'Uw inloglink voor Gemeente Esveld')
    assert.match(nl.text, /15 minuten geldig/)
    assert.match(nl.text, /Heeft u niet om deze e-mail gevraagd\? Dan hoeft u niets te doen\./)
    assert.match(renderMail('signInLink', 'nl', { ...examples.signInLink, minutes: 1 }).text, /1 minuut geldig/)
    const en = renderMail('signInLink', 'en', examples.signInLink)
    assert.equal(en.subject, 'Your sign-in link for Gemeente Esveld')
    assert.match(en.text, /valid for 15 minutes/)
    assert.match(en.text, /Did you not ask for this e-mail\?/)
  })

  it('name the roles of an invitation in the reader’s language', () => {
    const params = { ...examples.staffInvitation, roles: ['broker', 'coordinator', 'councilMember'] }
    assert.match(renderMail('staffInvitation', 'nl', params).text, /Uw rollen: ruimtemaker, coördinator en raadslid\./)
    assert.match(renderMail('staffInvitation', 'en', params).text, /Your roles: broker, coordinator and council member\./)
    assert.match(renderMail('staffInvitation', 'nl', examples.staffInvitation).text, /Uw rol: ruimtemaker\./)
    assert.match(renderMail('staffInvitation', 'nl', examples.staffInvitation).text, /Anouk de Vries nodigt u uit/)
  })

  it('escape names in the HTML and keep them to one line in the subject', () => {
    const mail = renderMail('staffInvitation', 'nl', { ...examples.staffInvitation, tenantName: 'Esveld <script>alert(1)</script>\r\nBcc: x@y.z', inviterName: '"><img src=x onerror=alert(1)>' })
    assert.ok(!mail.html.includes('<script>'))
    assert.ok(!mail.html.includes('<img'))
    assert.match(mail.html, /&lt;script>/)
    assert.ok(!/[\r\n]/.test(mail.subject))
  })

  it('refuse links that are not http(s) and parameters that are missing', () => {
    assert.throws(() => renderMail('signInLink', 'nl', { ...examples.signInLink, link: 'javascript:alert(1)' }), /http/)
    assert.throws(() => renderMail('signInLink', 'nl', { ...examples.signInLink, link: '/relative' }), /absolute/)
    assert.throws(() => renderMail('signInLink', 'en', { tenantName: 'X', minutes: 5 } as never), /missing link/)
  })

  it('know which names are templates', () => {
    assert.equal(isMailTemplateName('signInLink'), true)
    assert.equal(isMailTemplateName('toString'), false)
    assert.equal(isMailTemplateName('nothing'), false)
  })
})
