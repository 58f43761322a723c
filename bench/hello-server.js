// The benchmark's baseline: the least a Fastify server can do on this machine, over the same loopback.
import Fastify from 'fastify'

const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))
app.get('/readyz', async () => ({ ready: true }))
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' })
process.on('SIGTERM', () => app.close().then(() => process.exit(0)))
