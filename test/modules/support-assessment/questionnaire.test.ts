import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { needKinds, supportCatalogue, supportKindNeeds, supportKinds } from '../../../src/modules/support-assessment/advice.ts'
import { isQuestionId, pillarIds, pillarOf, questionIds, questionnaire } from '../../../src/modules/support-assessment/questionnaire.ts'
import type { LocalizedText } from '../../../src/platform/i18n/localized-text.ts'

function assertBothLanguages(text: LocalizedText, what: string) {
  assert.ok(text.nl.trim().length > 0, `${what}: Dutch text is empty`)
  assert.ok(text.en.trim().length > 0, `${what}: English text is empty`)
  assert.notEqual(text.nl, text.en, `${what}: Dutch and English are the same`)
}

describe('support assessment questionnaire', () => {
  it('has the five pillars in order, each with a title, an explanation and two or three questions', () => {
    assert.deepEqual(questionnaire.map((pillar) => pillar.id), [...pillarIds])
    for (const pillar of questionnaire) {
      assertBothLanguages(pillar.title, `${pillar.id} title`)
      assertBothLanguages(pillar.explanation, `${pillar.id} explanation`)
      assert.ok(pillar.questions.length >= 2 && pillar.questions.length <= 3, `${pillar.id} has ${pillar.questions.length} questions`)
    }
  })

  it('uses every question id exactly once, under its own pillar, with text in both languages', () => {
    const used = questionnaire.flatMap((pillar) => pillar.questions.map((question) => question.id))
    assert.deepEqual(used, [...questionIds])
    assert.equal(new Set(used).size, used.length)
    for (const pillar of questionnaire) {
      for (const question of pillar.questions) {
        assert.equal(question.pillar, pillar.id)
        assert.equal(pillarOf(question.id), pillar.id)
        assertBothLanguages(question.statement, question.id)
      }
    }
    assert.equal(isQuestionId('contacts.peers'), true)
    assert.equal(isQuestionId('contacts.nope'), false)
    assert.equal(isQuestionId('__proto__'), false)
  })

  it('speaks of "de initiatiefnemers" in plain Dutch', () => {
    const dutch = questionnaire.flatMap((pillar) => [pillar.explanation.nl, ...pillar.questions.map((question) => question.statement.nl)]).join(' ')
    assert.match(dutch, /de initiatiefnemers/)
    assert.doesNotMatch(dutch, /\binitiatiefnemer\b|ACTIE|toerusting|inbedding/i)
  })
})

describe('support kinds', () => {
  it('each have a title and an explanation in both languages', () => {
    for (const kind of supportKinds) {
      const definition = supportCatalogue[kind]
      assert.equal(definition.id, kind)
      assertBothLanguages(definition.title, `${kind} title`)
      assertBothLanguages(definition.explanation, `${kind} explanation`)
    }
  })

  it('each belong to a pillar, point to questions of that pillar and map to known need kinds', () => {
    for (const kind of supportKinds) {
      const definition = supportCatalogue[kind]
      assert.ok(definition.questions.length > 0, `${kind} has no questions`)
      for (const question of definition.questions) assert.equal(pillarOf(question), definition.pillar, `${kind} → ${question}`)
      for (const need of supportKindNeeds[kind]) assert.ok((needKinds as readonly string[]).includes(need), `${kind} → ${need}`)
    }
  })

  it('cover every question and every pillar', () => {
    for (const question of questionIds) {
      assert.ok(supportKinds.some((kind) => supportCatalogue[kind].questions.includes(question)), `no support for ${question}`)
    }
    for (const pillar of pillarIds) assert.ok(supportKinds.filter((kind) => supportCatalogue[kind].pillar === pillar).length >= 2, pillar)
  })
})
