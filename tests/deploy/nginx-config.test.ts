/**
 * The nginx configuration shipped for deploy/compose.yaml passes `nginx -t`. The compose service
 * names (app-a, app-b) and container paths only exist inside compose, so the check runs on a copy
 * pointed at loopback and at the deploy folder; every directive is the shipped one. The rules in
 * site.conf and maps.conf are exercised for real by tests/load/behind-nginx.spec.ts.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { nginxAvailable } from '../support/nginx'

const deployDir = path.resolve('deploy/nginx')

describe.skipIf(!nginxAvailable() && !process.env.CI)('deploy/nginx/nginx.conf', () => {
  it('is a configuration nginx accepts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-check-'))
    try {
      const shipped = readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8')
      const config = shipped
        .replace(/server app-a:3000/, 'server 127.0.0.1:3000')
        .replace(/server app-b:3000/, 'server 127.0.0.1:3001')
        .replaceAll('/etc/nginx/site.conf', path.join(deployDir, 'site.conf'))
        .replaceAll('/etc/nginx/maps.conf', path.join(deployDir, 'maps.conf'))
        .replace('/var/cache/nginx/pages', path.join(dir, 'cache'))
      expect(config).not.toMatch(/app-[ab]:|\/etc\/nginx\/(site|maps)\.conf|\/var\/cache/)
      const file = path.join(dir, 'nginx.conf')
      writeFileSync(file, `pid ${path.join(dir, 'nginx.pid')};\n${config}`)
      const check = spawnSync('nginx', ['-t', '-p', dir, '-c', file, '-e', path.join(dir, 'error.log')], {
        encoding: 'utf8',
        env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` },
      })
      expect(check.stderr).toContain('test is successful')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
