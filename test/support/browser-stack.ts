import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../platform/mail/smtp-sink.ts'
import { launchBrowser } from './browser.ts'
import { freePort, runNoaber, startServer, type RunningServer } from './server-process.ts'

/** A real Noaber server on a fresh data directory, with a real SMTP sink and a browser. */
export interface BrowserStack {
  server: RunningServer
  browser: Browser
  sink: SmtpSink
  /** DATA_DIR and BASE_URL, for running `noaber` commands before the server starts. */
  env: Record<string, string>
  close(): Promise<void>
}

/**
 * `prepare` runs `noaber` commands against the data directory before the server takes its lock;
 * the demo municipality is seeded first when there is something to prepare.
 */
export async function startBrowserStack(prepare?: (env: Record<string, string>) => Promise<void>): Promise<BrowserStack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-browser-'))
  const sink = await startSmtpSink()
  const port = await freePort()
  const env = { DATA_DIR: dataDir, BASE_URL: `http://127.0.0.1:${port}` }
  if (prepare) {
    await runNoaber(['seed', '--demo'], env)
    await prepare(env)
  }
  const server = await startServer({ ...env, PORT: String(port), SMTP_URL: sink.url })
  const browser = await launchBrowser()
  return {
    server,
    browser,
    sink,
    env,
    close: async () => {
      await browser.close()
      await server.stop()
      await sink.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Adds a staff member with `noaber user add` and returns the set-password link it prints. */
export async function staffInvitationLink(env: Record<string, string>, args: string[]): Promise<string> {
  const result = await runNoaber(['user', 'add', ...args], env)
  const link = /at: (\S+)/.exec(result.stdout)?.[1] ?? ''
  assert.ok(link.startsWith(env.BASE_URL!), result.stdout + result.stderr)
  return link
}

/** Waits until a mail to this address with a matching subject has arrived at the sink. */
export async function waitForMail(sink: SmtpSink, address: string, subject: RegExp, timeoutMs = 30_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const mail = sink.received.find((received) => received.envelopeTo.includes(address) && subject.test(received.parsed.subject ?? ''))
    if (mail) return mail
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no mail to ${address} with a subject matching ${subject}`)
}

/** The first link in a mail's plain text whose path matches. */
export function linkIn(mail: ReceivedMail, pathPattern: RegExp): string {
  const link = (mail.parsed.text ?? '').match(/https?:\/\/\S+/g)?.find((url) => pathPattern.test(new URL(url).pathname)) ?? ''
  assert.ok(link, `the mail holds a link to ${pathPattern}`)
  return link
}
