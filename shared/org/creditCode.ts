import * as v from 'valibot'

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) a company
 * applies with (R7: the notice serves 企业和群众 alike). 18 characters from
 * 31 (digits and capitals without I, O, Z, S, V); the last is a check
 * character over the first 17, weighted 3^i mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/

/** What people type, made comparable: full-width letters and digits, spaces and lower case forgiven. */
export function normalizeCreditCode(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase()
}

/** The check character the first 17 characters call for. */
export function creditCodeCheckChar(first17: string): string {
  const sum = [...first17].reduce((total, c, i) => total + CHARSET.indexOf(c) * WEIGHTS[i], 0)
  return CHARSET[(31 - (sum % 31)) % 31]
}

/** Why a code is wrong, in words for the applicant; undefined when it is right. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return `统一社会信用代码应为18位，现在是${code.length}位`
  if (!SHAPE.test(code)) return '统一社会信用代码只含数字和大写字母（不含I、O、Z、S、V）'
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验不通过，请对照营业执照核对'
  return undefined
}

/** The code as an input field: normalized, then checked by its check character. */
export const creditCodeSchema = v.pipe(
  v.string('请填写统一社会信用代码'),
  v.transform(normalizeCreditCode),
  v.nonEmpty('请填写统一社会信用代码'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const problem = creditCodeProblem(dataset.value)
    if (problem) addIssue({ message: problem })
  }),
)
