// The parts of autocannon 9 the benchmarks and load tests use; the package ships no types.
declare module 'autocannon' {
  interface Histogram {
    average: number
    mean: number
    min: number
    max: number
    p50: number
    p90: number
    p99: number
    total: number
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    headers?: Record<string, string>
  }
  interface Result {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    statusCodeStats: Record<string, { count: number }>
    latency: Histogram
    requests: Histogram & { sent: number }
    throughput: Histogram
  }
  function autocannon(options: Options): Promise<Result> & { stop: () => void }
  export default autocannon
  export type { Options, Result }
}
