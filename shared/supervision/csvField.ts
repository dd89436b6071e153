/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell (RFC 4180): text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` so that Excel and WPS show it as text
 * instead of running it as a formula; a cell with a comma, a quote or a line
 * break is quoted, its quotes doubled. Numbers the report computed are
 * written as they are.
 *
 * @example csvField('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Rows of cells as CSV text with CRLF line ends, as Excel writes it. */
export function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
