import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { simpleParser } from 'mailparser'
import { seedDemo } from '../../../src/demo/seed.ts'
import type { Config } from '../../../src/platform/config/config.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { registerDevMailRoutes } from '../../../src/platform/mail/dev-mail-routes.ts'
import { enqueueMail } from '../../../src/platform/mail/outbox.ts'
import { createTransport, MAIL_FILE_NAME } from '../../../src/platform/mail/transport.ts'
import { startMailWorker } from '../../../src/platform/mail/worker.ts'
import { testApp, testConfig } from '../../support/app.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { addressText } from './smtp-sink.ts'
import { recordingLogger } from './support.ts'

/** The application as configured; the development mail page is added here unless the app already has it. */
async function appWith(db: Db, env: Record<string, string>): Promise<{ app: FastifyInstance; config: Config }> {
  const overrides = { LOG_LEVEL: 'silent', ...env }
  const config = testConfig(overrides)
  const app = await testApp(db, overrides)
  if (!app.hasRoute({ method: 'GET', url: '/dev/mail' })) registerDevMailRoutes(app, config)
  await app.ready()
  return { app, config }
}

describeEachDatabase('mail without SMTP: files and the development page', (context) => {
  let dataDir: string
  let mailDir: string
  let tenantId: number

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-mail-'))
    mailDir = path.join(dataDir, 'mail')
    tenantId = (await seedDemo(context.database.db)).tenantId
  })
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  const mailFiles = () => (fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((name) => MAIL_FILE_NAME.test(name)).sort() : [])

  it('writes each mail as an .eml file into DATA_DIR/mail', async () => {
    const db = context.database.db
    const config = testConfig({ DATA_DIR: dataDir })
    const transport = createTransport(config)
    assert.equal(transport.kind, 'files')
    await enqueueMail(db, {
      tenantId,
      to: 'inwoner@example.nl',
      template: 'signInLink',
      locale: 'nl',
      params: { tenantName: 'Gemeente Esveld', link: 'https://esveld.example/inloggen/bevestigen?token=t1', minutes: 15 },
    })
    await enqueueMail(db, {
      tenantId,
      to: 'collega@example.com',
      template: 'staffInvitation',
      locale: 'en',
      params: { tenantName: 'Gemeente Esveld', inviterName: '<script>alert(1)</script>', link: 'https://esveld.example/wachtwoord-instellen?token=t2', roles: ['admin'] },
    })
    const worker = startMailWorker({ db, transport, logger: recordingLogger(), loop: false })
    assert.equal(await worker.runOnce(), 2)
    await worker.stop()

    const files = mailFiles()
    assert.equal(files.length, 2)
    assert.deepEqual(fs.readdirSync(mailDir).filter((name) => !MAIL_FILE_NAME.test(name)), [], 'no temporary files left')
    const parsed = await Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(mailDir, file)))))
    const dutch = parsed.find((mail) => addressText(mail.to) === 'inwoner@example.nl')
    assert.equal(dutch?.subject, 'Uw inloglink voor Gemeente Esveld')
    assert.match(dutch?.text ?? '', /https:\/\/esveld\.example\/inloggen\/bevestigen\?token=t1/)
    assert.match(String(dutch?.html), /<html lang="nl"/)
    assert.match(fs.readFileSync(path.join(mailDir, files[0]!), 'latin1'), /\r\n/, 'RFC 822 line ends')
  })

  it('lists the mail newest first and shows one message’s text, escaped, in development', async () => {
    const { app } = await appWith(context.database.db, { NODE_ENV: 'development', DATA_DIR: dataDir })
    try {
      // An older message under an older name, to see the order.
      const [first] = mailFiles()
      const older = '2001-01-01T00-00-00-000Z-0000abcd.eml'
      fs.copyFileSync(path.join(mailDir, first!), path.join(mailDir, older))

      const list = await app.inject({ url: '/dev/mail' })
      assert.equal(list.statusCode, 200)
      assert.match(list.headers['content-type'] as string, /text\/html/)
      assert.match(list.body, /Verstuurde e-mail \(ontwikkeling\)/)
      assert.match(list.body, /Uw inloglink voor Gemeente Esveld/)
      assert.match(list.body, /Invitation: join Gemeente Esveld on Noaber/)
      assert.match(list.body, /inwoner@example\.nl/)
      const links = [...list.body.matchAll(/href="\/dev\/mail\/([^"]+)"/g)].map((match) => match[1])
      assert.equal(links.length, 3)
      assert.equal(links.at(-1), older, 'the oldest comes last')
      assert.deepEqual(links, [...links].sort().reverse())

      const english = await app.inject({ url: '/dev/mail', cookies: { lang: 'en' } })
      assert.match(english.body, /Sent mail \(development\)/)

      const invitationFile = mailFiles().find((file) => fs.readFileSync(path.join(mailDir, file), 'latin1').includes('collega@example.com'))
      const message = await app.inject({ url: `/dev/mail/${invitationFile}` })
      assert.equal(message.statusCode, 200)
      assert.match(message.body, /<h1 class="utrecht-heading-1">Invitation: join Gemeente Esveld on Noaber<\/h1>/)
      assert.match(message.body, /collega@example\.com/)
      assert.ok(!message.body.includes('<script>alert(1)</script>'), 'the text is escaped')
      assert.match(message.body, /&lt;script>alert\(1\)&lt;\/script> invites you/)
      assert.match(message.body, /<a class="utrecht-link" href="https:\/\/esveld\.example\/wachtwoord-instellen\?token=t2">/, 'links can be followed')
    } finally {
      await app.close()
    }
  })

  it('refuses file names that are not the transport’s own, never with a 500', async () => {
    const { app } = await appWith(context.database.db, { NODE_ENV: 'development', DATA_DIR: dataDir })
    fs.writeFileSync(path.join(dataDir, 'secret.eml'), 'Subject: hidden\r\n\r\nnot-for-the-page-7f3a')
    try {
      for (const name of [
        '..%2Fsecret.eml',
        '..%2F..%2F..%2Fetc%2Fpasswd',
        '%2e%2e%2fsecret.eml',
        '..%5Csecret.eml',
        '.2001-01-01T00-00-00-000Z-0000abcd.eml.tmp',
        '2001-01-01T00-00-00-000Z-0000abcd.eml%00.txt',
        '2001-01-01T00-00-00-000Z-0000abcd.eml%2F..%2F..%2Fsecret.eml',
        '2099-01-01T00-00-00-000Z-0000abcd.eml',
        'x'.repeat(300),
      ]) {
        const response = await app.inject({ url: `/dev/mail/${name}` })
        // 400 (not a name the transport writes), 404 (no such mail), 414 (longer than a route parameter may be).
        assert.ok([400, 404, 414].includes(response.statusCode), `${name}: ${response.statusCode}`)
        assert.ok(!response.body.includes('not-for-the-page-7f3a'), `${name} shows nothing of the file`)
      }
      const dotted = await app.inject({ url: '/dev/mail/../../secret.eml' })
      assert.ok([400, 404].includes(dotted.statusCode))
      assert.ok(!dotted.body.includes('not-for-the-page-7f3a'))
    } finally {
      await app.close()
    }
  })

  it('says so when there is no mail yet', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-mail-empty-'))
    const { app } = await appWith(context.database.db, { NODE_ENV: 'development', DATA_DIR: empty })
    try {
      const response = await app.inject({ url: '/dev/mail' })
      assert.equal(response.statusCode, 200)
      assert.match(response.body, /Er is nog geen e-mail\./)
    } finally {
      await app.close()
      fs.rmSync(empty, { recursive: true, force: true })
    }
  })

  const otherEnvironments: Record<string, string>[] = [{ NODE_ENV: 'test' }, { NODE_ENV: 'production', SESSION_SECRET: 'a-production-secret-of-at-least-32-characters' }]
  for (const env of otherEnvironments) {
    it(`does not exist when NODE_ENV is ${env.NODE_ENV}`, async () => {
      const { app } = await appWith(context.database.db, { ...env, DATA_DIR: dataDir })
      try {
        for (const url of ['/dev/mail', `/dev/mail/${mailFiles()[0]}`]) {
          const response = await app.inject({ url })
          assert.equal(response.statusCode, 404, url)
          assert.ok(!response.body.includes('Uw inloglink'), url)
        }
      } finally {
        await app.close()
      }
    })
  }
})
