// Validates the environment before anything starts: a malformed variable stops dev, build and start.
import './lib/env.ts'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
