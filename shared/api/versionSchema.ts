import * as v from 'valibot'

/**
 * The version an edit started from: a save over any other answers `CONFLICT`.
 * `first` is 0 where a record never saved starts from 0 (a year, the settings), else 1.
 */
export function versionSchema(first: 0 | 1) {
  return v.pipe(v.number('版本号缺失，请刷新后重试'), v.integer('版本号格式不正确，请刷新后重试'), v.minValue(first, '版本号格式不正确，请刷新后重试'))
}
