import { createMain } from '../../../server/main'
import { me } from './me'

/** `catalog`: what anyone may read (architecture.md). */
export const main = createMain({ me })
