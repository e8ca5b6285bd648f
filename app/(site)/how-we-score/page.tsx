import type { Metadata } from 'next'

import { PageContainer } from '@/components/layout/PageContainer'
import { ScoreBadge } from '@/components/score/ScoreBadge'
import { ScoreMeter, scoreMeterScaleNote } from '@/components/score/ScoreMeter'
import { ASPECT_SCORE_TOLERANCE } from '@/lib/editorial/status'
import { AUDIENCE_RATING_MAX, AUDIENCE_RATING_MIN } from '@/lib/reactions/audience'
import { MINIMUM_RATINGS_FOR_AVERAGE } from '@/lib/reactions/types'
import { HOW_WE_SCORE_PATH } from '@/lib/routes'
import { bandMaximum, formatScore, SCORE_BANDS, SCORE_MAX, SCORE_MIN, SCORE_STEP } from '@/lib/score'
import { buildMetadata } from '@/lib/seo'

const intro =
  `Every critic’s review carries a score from ${SCORE_MIN} to ${SCORE_MAX}. ` +
  'Here is what the numbers and the bands mean, and how episode scores relate to a series’ score.'

export const metadata: Metadata = buildMetadata({ title: 'How we score', description: intro, path: HOW_WE_SCORE_PATH })

// Two aspects a point apart, to show what the bars make visible.
const exampleAspects = [
  { aspect: 'Example: story', score: 8.6 },
  { aspect: 'Example: acting', score: 9.6 },
]

/** The score scale, the bands (read from lib/score.ts, as every badge is), aspect scores and episode scores. */
export default function HowWeScorePage() {
  return (
    <PageContainer className="space-y-10 py-10 sm:py-14">
      <header className="max-w-measure space-y-2">
        <h1 className="text-4xl sm:text-5xl">How we score</h1>
        <p className="font-serif text-lg text-ink-muted">{intro}</p>
      </header>

      <section aria-labelledby="scale" className="max-w-measure space-y-3 font-serif text-lg">
        <h2 id="scale" className="text-2xl">
          The scale
        </h2>
        <p>
          A score is out of {SCORE_MAX}, in steps of {SCORE_STEP}, and we always print its decimal: a score of nine
          reads {formatScore(9)}, so it lines up with the scores around it. It is not a percentage, and not an average
          of readers’ ratings: it is one critic’s judgement of what they watched, written down as a number.
        </p>
      </section>

      <section aria-labelledby="bands" className="space-y-3">
        <h2 id="bands" className="text-2xl">
          The bands
        </h2>
        <p className="max-w-measure font-serif text-lg">
          Each score falls in a band, and the band’s name is printed beside the number wherever there is room. The badge
          takes the band’s colour, so a low score never looks like a recommendation.
        </p>
        <table className="w-full max-w-xl border-collapse text-left font-sans">
          <caption className="mb-2 text-left text-sm text-ink-muted">Score bands, highest first</caption>
          <thead>
            <tr className="border-b border-rule-strong">
              <th scope="col" className="py-2 pr-4 font-semibold">
                Band
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Scores
              </th>
              <th scope="col" className="py-2 font-semibold">
                Looks like
              </th>
            </tr>
          </thead>
          <tbody>
            {SCORE_BANDS.map((band) => (
              <tr key={band.id} className="border-b border-rule" data-band={band.id}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  {band.label}
                </th>
                <td className="py-2 pr-4 tabular-nums">
                  {formatScore(band.minimum)} to {formatScore(bandMaximum(band))}
                </td>
                <td className="py-2">
                  <ScoreBadge score={band.minimum} size="sm" showBand={false} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="aspects" className="max-w-measure space-y-3 font-serif text-lg">
        <h2 id="aspects" className="text-2xl">
          Aspect scores
        </h2>
        <p>
          A review may also score parts of a show on the same scale: its story, its acting, the leads’ chemistry, how it
          looks, its ending, whichever the critic thinks worth singling out, each with a one-line verdict. They show
          where the overall score comes from; they do not add up to it. The overall score is the critic’s verdict on the
          whole, not the average of its parts.
        </p>
        <p>
          Still, the two should agree. When the aspects of a review average more than {ASPECT_SCORE_TOLERANCE} points
          away from its overall score, our editors’ tools flag the review for a second look, in case of a slip.
        </p>
        <p>
          Aspect scores are drawn as bars. Most scores on the site sit near the top of the scale, so the bars leave out
          its lower half, where two aspects a point apart would look the same. {scoreMeterScaleNote()}
        </p>
        <div className="space-y-3 font-sans text-base" aria-label="Example bars" role="group">
          {exampleAspects.map((example) => (
            <div key={example.aspect}>
              <p className="flex justify-between">
                <span>{example.aspect}</span>
                <span aria-hidden="true" className="font-semibold tabular-nums">
                  {formatScore(example.score)}
                </span>
              </p>
              <ScoreMeter score={example.score} label={example.aspect} className="mt-1" />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="episodes" className="max-w-measure space-y-3 font-serif text-lg">
        <h2 id="episodes" className="text-2xl">
          Episode scores and the series score
        </h2>
        <p>
          An episode review scores one episode, on the same scale. A series page charts those scores episode by episode,
          taking each episode’s first published review, so a second opinion never counts twice.
        </p>
        <p>
          The series score is the score of our latest review of the whole series. It is not worked out from the episode
          scores: a series can be more, or less, than the sum of its hours. Before that, a first-impressions review
          scores it on its opening episodes; once the full review is out, the series page shows how the score moved
          between the two.
        </p>
      </section>

      <section aria-labelledby="readers" className="max-w-measure space-y-3 font-serif text-lg">
        <h2 id="readers" className="text-2xl">
          Readers’ ratings
        </h2>
        <p>
          Readers rate in whole numbers from {AUDIENCE_RATING_MIN} to {AUDIENCE_RATING_MAX}. Their average is shown
          apart from the critic’s score, labelled as readers’, and only once {MINIMUM_RATINGS_FOR_AVERAGE} readers have
          rated.
        </p>
      </section>
    </PageContainer>
  )
}
