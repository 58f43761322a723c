import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderToString } from 'preact-render-to-string'
import { adviseSupport } from '../../../src/modules/support-assessment/advice.ts'
import { AssessmentAdvice, AssessmentForm } from '../../../src/modules/support-assessment/assessment-views.tsx'
import { questionIds, questionnaire } from '../../../src/modules/support-assessment/questionnaire.ts'
import type { Locale } from '../../../src/platform/i18n/locale.ts'
import { translator } from '../../../src/platform/i18n/translate.ts'
import type { ViewContext } from '../../../src/platform/layout/view-context.ts'

function context(locale: Locale): ViewContext {
  return { locale, t: translator(locale), tenant: { name: 'Esveld', slug: 'esveld' }, currentPath: '/', person: undefined, csrfToken: 'csrf-token' }
}

function attributesOf(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((attribute) => [attribute[1]!, attribute[2] ?? ''])),
  )
}

const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'")

describe('AssessmentForm', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`renders one labelled radio group per question with unique ids (${locale})`, () => {
      const html = renderToString(<AssessmentForm ctx={context(locale)} action="/initiatieven/1/steun" />)
      const radios = attributesOf(html, 'input').filter((input) => input.type === 'radio')
      const names = [...new Set(radios.map((radio) => radio.name))]
      assert.deepEqual(names, [...questionIds])
      for (const id of questionIds) {
        const group = radios.filter((radio) => radio.name === id)
        assert.deepEqual(group.map((radio) => radio.value), ['1', '2', '3', '4', 'unknown'], id)
        assert.equal(group.filter((radio) => 'checked' in radio).length, 0)
      }

      const ids = attributesOf(html, '[a-z0-9]+').map((element) => element.id).filter((id): id is string => Boolean(id))
      assert.equal(new Set(ids).size, ids.length, 'ids are unique')

      const labelFor = new Map(attributesOf(html, 'label').map((label) => [label.for, label]))
      for (const radio of radios) {
        assert.ok(radio.id, 'radio has an id')
        assert.ok(labelFor.has(radio.id), `label for ${radio.id}`)
        assert.match(labelFor.get(radio.id)!.class ?? '', /utrecht-form-label--radio/)
        assert.match(radio.class ?? '', /utrecht-radio-button--html-input/)
      }
      assert.match(html, locale === 'nl' ? /Weet ik nog niet/ : /Don’t know yet/)

      // One fieldset per pillar and one per question, each with a legend.
      const fieldsets = html.match(/<fieldset\b/g) ?? []
      const legends = html.match(/<legend\b/g) ?? []
      assert.equal(fieldsets.length, questionnaire.length + questionIds.length)
      assert.equal(legends.length, fieldsets.length)
      for (const pillar of questionnaire) {
        assert.ok(decode(html).includes(pillar.title[locale]), pillar.id)
        for (const question of pillar.questions) {
          assert.ok(decode(html).includes(`<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${question.statement[locale]}</legend>`), question.id)
        }
      }
      assert.match(html, /name="_csrf" value="csrf-token"/)
      assert.doesNotMatch(html, /style=|<script/)
    })
  }

  it('checks earlier answers, including "don\'t know yet"', () => {
    const html = renderToString(<AssessmentForm ctx={context('nl')} action="/x" answers={{ 'contacts.helpers': 3, 'empathy.informed': null }} />)
    const checked = attributesOf(html, 'input').filter((input) => 'checked' in input)
    assert.deepEqual(checked.map((input) => `${input.name}=${input.value}`), ['contacts.helpers=3', 'empathy.informed=unknown'])
  })

  it('summarises errors with links to the question, or to its pillar for a question that no longer exists', () => {
    const html = renderToString(
      <AssessmentForm
        ctx={context('nl')}
        action="/x"
        errors={[{ field: 'contacts.helpers', problem: 'invalid' }, { field: 'motivation.old', problem: 'invalid' }]}
      />,
    )
    assert.match(html, /role="alert"/)
    assert.match(html, /href="#field-contacts\.helpers"/)
    assert.match(html, /href="#field-assessment-motivation"/)
    assert.match(html, /id="field-assessment-motivation"/)
    assert.match(html, /<fieldset class="[^"]*utrecht-form-fieldset--invalid[^"]*" id="field-contacts\.helpers" aria-describedby="field-contacts\.helpers-error"/)
  })
})

describe('AssessmentAdvice', () => {
  it('shows per pillar its level and, where support might help, the suggestions', () => {
    const advice = adviseSupport(
      { 'contacts.helpers': 1, 'contacts.organisations': 2, 'contacts.peers': 1, 'motivation.ownWish': 4, 'motivation.firstStep': 4, 'skillsAndMeans.money': 1, 'skillsAndMeans.knowHow': 4, 'skillsAndMeans.placeAndThings': 3 },
      { needs: ['money'] },
    )
    const html = decode(renderToString(<AssessmentAdvice ctx={context('nl')} advice={advice} />))
    assert.match(html, /<h2 class="utrecht-heading-2" id="support-advice-heading">Wat zou kunnen passen<\/h2>/)
    assert.equal((html.match(/<h3 /g) ?? []).length, 5)
    assert.match(html, /Kan steun gebruiken/)
    assert.match(html, /Sterk/)
    assert.match(html, /Wisselend/)
    assert.match(html, /Nog onbekend/)
    assert.match(html, /In contact brengen met een vergelijkbaar initiatief/)
    assert.match(html, /Wijzen op het initiatievenfonds/)
    assert.match(html, /Sluit aan bij de hulpvraag: geld/)
    assert.match(html, /geen voorschrift/)
    assert.doesNotMatch(html, /Een kleine eerste stap/)
    assert.match(html, /Gemiddeld 1,3 van 4/)
  })

  it('renders in English', () => {
    const html = decode(renderToString(<AssessmentAdvice ctx={context('en')} advice={adviseSupport({ 'embedding.rules': 1 })} headingLevel={3} />))
    assert.match(html, /<h3 class="utrecht-heading-3" id="support-advice-heading">What might fit<\/h3>/)
    assert.match(html, /Checking early which rules apply/)
    assert.match(html, /Average 1 out of 4, based on 1 of the 3 questions/)
  })
})
