// Later pages of the list share its card.
export { alt, contentType, default, size } from '../../opengraph-image'
