import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server'

export interface ReceivedMail {
  /** RCPT TO addresses of the SMTP envelope. */
  envelopeTo: string[]
  parsed: ParsedMail
}

export interface SmtpSink {
  port: number
  url: string
  received: ReceivedMail[]
  /** Resolves once `count` messages have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<void>
  /** Resolves when the first held message (see `hold`) is being received. */
  held: Promise<void>
  close(): Promise<void>
}

export interface SmtpSinkOptions {
  /** 0 (default): any free port. */
  port?: number
  /** Messages (by arrival number, from 0) to take in but never answer, as a server that hangs would. */
  hold?: (index: number) => boolean
}

export function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return ''
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ')
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}

/** A real SMTP server on a loopback port that keeps what it receives, parsed, for the test to read. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = []
  const waiters = new Set<() => void>()
  let arrivals = 0
  let onHeld: () => void = () => {}
  const held = new Promise<void>((resolve) => (onHeld = resolve))

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const index = arrivals++
      const hold = options.hold?.(index) ?? false
      readAll(stream).then(
        async (raw) => {
          if (hold) {
            onHeld()
            return // never answered: the client waits until it gives up or dies
          }
          const parsed = await simpleParser(raw)
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed })
          for (const waiter of waiters) waiter()
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  server.on('error', () => {
    /* a client that vanished mid-message; nothing to do */
  })

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    held,
    waitFor: (count, timeoutMs = 20_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (received.length < count) return
          waiters.delete(check)
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`the SMTP sink received ${received.length} of ${count} messages in ${timeoutMs} ms`))
        }, timeoutMs)
        waiters.add(check)
        check()
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
