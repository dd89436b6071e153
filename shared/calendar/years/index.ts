import type { YearCalendar } from '../yearCalendar'
import { notice2022, year2022 } from './2022'
import { notice2023, year2023 } from './2023'
import { notice2024, year2024 } from './2024'
import { notice2025, year2025 } from './2025'
import { notice2026, year2026 } from './2026'

/** The years the project ships (Decision under R5); admins add later ones. */
export const SHIPPED_YEARS: readonly YearCalendar[] = [year2022, year2023, year2024, year2025, year2026]

/** Each shipped year's notice text, by year: the parser's real-world test cases. */
export const SHIPPED_NOTICES: Readonly<Record<number, string>> = {
  2022: notice2022,
  2023: notice2023,
  2024: notice2024,
  2025: notice2025,
  2026: notice2026,
}
