import { CogIcon } from '@sanity/icons/Cog'
import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { DocumentVideoIcon } from '@sanity/icons/DocumentVideo'
import { FaceHappyIcon } from '@sanity/icons/FaceHappy'
import { PlayIcon } from '@sanity/icons/Play'
import { StarIcon } from '@sanity/icons/Star'
import { getPublishedId } from 'sanity'
import type { StructureBuilder, StructureResolver } from 'sanity/structure'
import { CHARACTER_IN_SERIES, EPISODE_IN_SERIES, EPISODE_REVIEW_IN_SERIES } from './templates'
import { studioQueryApiVersion } from './apiVersion'

/** Everything that belongs to one series, in the order an editor works through it. */
function seriesChildren(S: StructureBuilder, documentId: string) {
  const seriesId = getPublishedId(documentId)
  const params = { seriesId }
  return S.list()
    .id(`series-${seriesId}`)
    .title('Series')
    .items([
      S.listItem()
        .id('details')
        .title('Details')
        .icon(DocumentVideoIcon)
        .child(S.document().schemaType('series').documentId(seriesId)),
      S.listItem()
        .id('episodes')
        .title('Episodes')
        .icon(PlayIcon)
        .child(
          S.documentList()
            .id('episodes')
            .title('Episodes')
            .schemaType('episode')
            .apiVersion(studioQueryApiVersion)
            .filter('_type == "episode" && series._ref == $seriesId')
            .params(params)
            .defaultOrdering([{ field: 'number', direction: 'asc' }])
            .initialValueTemplates([S.initialValueTemplateItem(EPISODE_IN_SERIES, params)]),
        ),
      S.listItem()
        .id('reviews')
        .title('Reviews')
        .icon(StarIcon)
        .child(
          S.documentList()
            .id('reviews')
            .title('Reviews')
            .schemaType('review')
            .apiVersion(studioQueryApiVersion)
            .filter('_type == "review" && series._ref == $seriesId')
            .params(params)
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])
            .initialValueTemplates([S.initialValueTemplateItem(EPISODE_REVIEW_IN_SERIES, params)]),
        ),
      S.listItem()
        .id('characters')
        .title('Characters')
        .icon(FaceHappyIcon)
        .child(
          S.documentList()
            .id('characters')
            .title('Characters')
            .schemaType('character')
            .apiVersion(studioQueryApiVersion)
            .filter('_type == "character" && series._ref == $seriesId')
            .params(params)
            .defaultOrdering([
              { field: 'order', direction: 'asc' },
              { field: 'name', direction: 'asc' },
            ])
            .initialValueTemplates([S.initialValueTemplateItem(CHARACTER_IN_SERIES, params)]),
        ),
    ])
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id('series')
        .title('Series')
        .icon(DocumentVideoIcon)
        .child(
          S.documentTypeList('series')
            .title('Series')
            .child((documentId) => seriesChildren(S, documentId)),
        ),
      S.documentTypeListItem('review').title('All reviews'),
      S.divider(),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('critic').title('Critics'),
      S.documentTypeListItem('article').title('News').icon(DocumentTextIcon),
      S.divider(),
      S.listItem()
        .id('siteSettings')
        .title('Settings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings')),
    ])
