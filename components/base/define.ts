/**
 * Whether `tag` is free for `element`, for the define modules:
 * `if (canDefine(TagName.X, X)) customElements.define(TagName.X, X)`. Taken by the same class (its module ran
 * twice): false, silently. Taken by another class (a second copy of the kit on the page, or the page's own
 * element of that name): false, and a console warning, since the page then gets that element instead of the kit's.
 */
export function canDefine(tag: string, element: CustomElementConstructor): boolean {
  const taken = customElements.get(tag);
  if (taken && taken !== element) {
    console.warn(`<${tag}> is defined by another class (${taken.name}): local-media-elements' ${element.name} is not defined.`);
  }
  return !taken;
}
