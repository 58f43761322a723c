import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { adviseSupport, formValue, parseAnswers, pillarLevel } from '../../../src/modules/support-assessment/advice.ts'
import { questionIds, type AssessmentAnswers } from '../../../src/modules/support-assessment/questionnaire.ts'

describe('adviseSupport', () => {
  it('calls a pillar strong when it scores high, and suggests nothing for it', () => {
    const advice = adviseSupport({ 'contacts.helpers': 4, 'contacts.organisations': 3, 'contacts.peers': 4 })
    const contacts = advice.pillars.contacts
    assert.equal(contacts.level, 'strong')
    assert.equal(contacts.average, 11 / 3)
    assert.equal(contacts.scored, 3)
    assert.deepEqual(contacts.suggestions, [])
  })

  it('calls a pillar weak when it scores low, and suggests every kind of support of that pillar', () => {
    const advice = adviseSupport({ 'contacts.helpers': 2, 'contacts.organisations': 1, 'contacts.peers': 2 })
    const contacts = advice.pillars.contacts
    assert.equal(contacts.level, 'weak')
    assert.deepEqual(
      contacts.suggestions.map((suggestion) => suggestion.kind).sort(),
      ['marketplaceEvent', 'neighbourhoodOrganisation', 'similarInitiative'],
    )
    // The lowest answer (organisations: 1) leads.
    assert.deepEqual(contacts.suggestions[0]?.because, ['contacts.organisations', 'contacts.helpers'])
    for (const suggestion of contacts.suggestions) {
      assert.ok(suggestion.title.nl && suggestion.title.en && suggestion.explanation.nl && suggestion.explanation.en)
    }
  })

  it('calls a pillar mixed when it is in between, and suggests only what the low answers point to', () => {
    const advice = adviseSupport({ 'skillsAndMeans.knowHow': 4, 'skillsAndMeans.placeAndThings': 3, 'skillsAndMeans.money': 1 })
    const means = advice.pillars.skillsAndMeans
    assert.equal(means.level, 'mixed')
    assert.deepEqual(means.suggestions.map((suggestion) => suggestion.kind), ['initiativeFund'])
    assert.deepEqual(means.suggestions[0]?.needs, ['money'])
    assert.deepEqual(means.suggestions[0]?.because, ['skillsAndMeans.money'])
  })

  it('calls a pillar unknown when nothing is scored, counting "don\'t know yet" answers', () => {
    const advice = adviseSupport({ 'empathy.neighboursView': null, 'empathy.informed': null })
    const empathy = advice.pillars.empathy
    assert.equal(empathy.level, 'unknown')
    assert.equal(empathy.average, undefined)
    assert.equal(empathy.dontKnow, 2)
    assert.deepEqual(empathy.suggestions, [])
    assert.equal(advice.answered, 2)
    assert.equal(advice.total, questionIds.length)
    assert.equal(advice.pillars.motivation.level, 'unknown')
  })

  it('judges a pillar on the answers it has, ignoring "don\'t know yet"', () => {
    const advice = adviseSupport({ 'embedding.municipality': 1, 'embedding.rules': null })
    assert.equal(advice.pillars.embedding.level, 'weak')
    assert.equal(advice.pillars.embedding.average, 1)
    assert.equal(advice.pillars.embedding.scored, 1)
    assert.equal(advice.pillars.embedding.suggestions[0]?.kind, 'departmentContact')
  })

  it('puts support that relates to what the initiator asked for first, and says so', () => {
    const answers: AssessmentAnswers = { 'skillsAndMeans.knowHow': 1, 'skillsAndMeans.placeAndThings': 2, 'skillsAndMeans.money': 2 }
    const without = adviseSupport(answers).pillars.skillsAndMeans.suggestions
    assert.equal(without[0]?.kind, 'trainingOrKnowledgeHelper')
    assert.deepEqual(without[0]?.askedFor, [])
    const withNeeds = adviseSupport(answers, { needs: ['money'] }).pillars.skillsAndMeans.suggestions
    assert.equal(withNeeds[0]?.kind, 'initiativeFund')
    assert.deepEqual(withNeeds[0]?.askedFor, ['money'])
  })

  it('levels: weak at an average of 2 or lower, strong from 3 without a "not at all", mixed otherwise', () => {
    assert.equal(pillarLevel([]), 'unknown')
    assert.equal(pillarLevel([2, 2]), 'weak')
    assert.equal(pillarLevel([1, 3]), 'weak')
    assert.equal(pillarLevel([2, 3]), 'mixed')
    assert.equal(pillarLevel([4, 4, 1]), 'mixed')
    assert.equal(pillarLevel([3, 3]), 'strong')
    assert.equal(pillarLevel([4, 3, 2]), 'strong')
  })
})

describe('parseAnswers', () => {
  it('reads scores and "unknown", leaves unanswered questions out and ignores other fields', () => {
    const result = parseAnswers({ _csrf: 'token', 'motivation.ownWish': '3', 'contacts.peers': 'unknown', 'embedding.rules': ' 1 ', 'empathy.informed': '', somethingElse: 'x' })
    assert.ok('answers' in result)
    assert.deepEqual(result.answers, { 'motivation.ownWish': 3, 'contacts.peers': null, 'embedding.rules': 1 })
  })

  it('rejects values outside the scale', () => {
    for (const bad of ['0', '5', 'two', '2.5', 'null', 'UNKNOWN', '1 2']) {
      const result = parseAnswers({ 'motivation.ownWish': bad, 'contacts.helpers': '2' })
      assert.ok('errors' in result, bad)
      assert.deepEqual(result.errors, [{ field: 'motivation.ownWish', problem: 'invalid' }])
      assert.deepEqual(result.validAnswers, { 'contacts.helpers': 2 })
    }
  })

  it('rejects two answers to one question', () => {
    const result = parseAnswers({ 'contacts.helpers': ['2', '3'] })
    assert.ok('errors' in result)
    assert.deepEqual(result.errors, [{ field: 'contacts.helpers', problem: 'invalid' }])
  })

  it('reports fields named like a question this questionnaire does not have', () => {
    const result = parseAnswers({ 'contacts.helpers': '2', 'contacts.oldQuestion': '3', 'unrelated.thing': '9' })
    assert.ok('errors' in result)
    assert.deepEqual(result.errors, [{ field: 'contacts.oldQuestion', problem: 'invalid' }])
  })

  it('does not trip over inherited property names', () => {
    const form = JSON.parse('{"__proto__": "1", "constructor": "2"}') as Record<string, string>
    assert.deepEqual(parseAnswers(form), { answers: {} })
  })

  it('round-trips with formValue', () => {
    const answers: AssessmentAnswers = { 'motivation.ownWish': 1, 'motivation.firstStep': 4, 'empathy.informed': null }
    const form = Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, formValue(value)]))
    assert.deepEqual(parseAnswers(form), { answers })
  })
})
