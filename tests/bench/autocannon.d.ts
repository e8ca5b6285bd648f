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
    /** Return the raw result, to be merged with others by `aggregateResult`. */
    skipAggregateResult?: boolean
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
  /** One run before aggregation (`skipAggregateResult: true`); `duration` is in seconds. */
  interface RawResult {
    duration: number
    totalCompletedRequests: number
    errors: number
    timeouts: number
    non2xx: number
  }
  interface Instance<T> extends Promise<T> {
    stop: () => void
    /** Each failed request: a connection error, or a timeout ("request timed out"). */
    on(event: 'reqError', listener: (error: Error & { code?: string }) => void): Instance<T>
  }
  function autocannon(options: Options): Instance<Result>
  namespace autocannon {
    function aggregateResult(results: RawResult[], options: Pick<Options, 'url' | 'connections'>): Result
  }
  export default autocannon
  export type { Options, RawResult, Result }
}
