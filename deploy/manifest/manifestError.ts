/** A manifest that cannot be deployed: the file and line at fault, and why. Nothing was changed. */
export class ManifestError extends Error {
  readonly code = 'MANIFEST_INVALID'

  constructor(
    /** `cloudbaserc.json:14` */
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`)
    this.name = 'ManifestError'
  }
}
