import { ImageResponse } from 'next/og'

import { cardFonts } from './fonts'
import { CARD_SIZE, ShareCard, type ShareCardProps } from './ShareCard'

/** The PNG for an `opengraph-image` route. */
export async function renderShareCard(props: ShareCardProps): Promise<ImageResponse> {
  return new ImageResponse(<ShareCard {...props} />, { ...CARD_SIZE, fonts: await cardFonts() })
}
