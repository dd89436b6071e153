import { describeEveryListPages } from './support/everyListPages'

describeEveryListPages('a database capping every query at 100 (EMULATOR_MAX_LIMIT=100)', 100)
