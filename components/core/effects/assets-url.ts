/**
 * Where the effect code finds its runtime and model (MediaPipe Tasks' WebAssembly and the selfie segmentation
 * model, copied into the package's dist/core/effects/assets/ by the build). Default: `assets/` beside the effect
 * code itself, which is right when the package's files are served as they are. A bundled app serves that folder
 * itself and says where (see the README, Effects): `setEffectAssets('/static/effects/')`. Never a CDN.
 */
let base: string | undefined;

/** Points the effects at a folder (URL, relative to the page) holding the files of dist/core/effects/assets/. */
export function setEffectAssets(url: string | URL): void {
  base = new URL(String(url).replace(/\/?$/, '/'), globalThis.document?.baseURI).href;
}

/** The assets folder in use: the one set by {@link setEffectAssets}, else `fallback`. */
export function effectAssets(fallback: URL): string {
  return base ?? fallback.href;
}
