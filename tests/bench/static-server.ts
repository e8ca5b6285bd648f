/**
 * The throughput ceiling: a minimal static server that reads one HTML file from disk on every
 * request, with no framework in the way. Runs in its own process so it does not share an event
 * loop with the load generator.
 *
 *   node tests/bench/static-server.ts <file.html> <port>
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'

const [file, port] = process.argv.slice(2)
if (!file || !port) {
  console.error('usage: node tests/bench/static-server.ts <file.html> <port>')
  process.exit(2)
}

createServer(async (_request, response) => {
  try {
    const body = await readFile(file)
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
    response.end(body)
  } catch (error) {
    response.writeHead(500).end(String(error))
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`static server on 127.0.0.1:${port}`))
