// Validates the environment before anything starts: a malformed variable stops dev, build and start.
import './lib/env.ts'
import { securityHeaders } from './lib/security-headers.ts'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets a second build (benchmarks, parallel work) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The bundled dataset is read at run time, so deployments must ship it with the server code.
  outputFileTracingIncludes: { '/**': ['./sanity/seed/**'] },
  async headers() {
    return securityHeaders(process.env.NODE_ENV === 'development')
  },
}

export default nextConfig
