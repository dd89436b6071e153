import { describeEveryListPages } from './support/everyListPages'

describeEveryListPages('the platform limits (100 without limit, 1000 with)', undefined)
