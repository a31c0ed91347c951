/**
 * What a person sees of a control's colours: its text colour over the background behind it (its own, else its
 * ancestors' across shadow roots and slots, else the page's canvas), as WCAG's contrast ratio.
 */

type RGBA = [number, number, number, number];

let context: OffscreenCanvasRenderingContext2D | undefined;

/** Any CSS colour the browser computes (rgb(), color(srgb ...), oklab() ...) as sRGB 0..255 and alpha 0..1. */
export function rgba(color: string): RGBA {
  context ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom`. */
function over([r, g, b, a]: RGBA, [br, bg, bb]: RGBA): RGBA {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

/** The element, shadow host or slot its box is drawn in. */
function parentOf(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The page's own background: the canvas colour in the page's colour scheme, where the page paints none. */
function canvasColor(): RGBA {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.background = 'Canvas';
  const color = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

/** The opaque colour behind `element`'s text: its background, over its ancestors', over the page's canvas. */
export function backgroundBehind(element: Element): RGBA {
  const layers: RGBA[] = [];
  for (let at: Element | null = element; at; at = parentOf(at)) {
    const layer = rgba(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  let color = layers.at(-1)?.[3] === 1 ? layers.pop()! : canvasColor();
  for (const layer of layers.reverse()) color = over(layer, color);
  return color;
}

function luminance([r, g, b]: RGBA): number {
  const [R, G, B] = [r, g, b].map(v => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** WCAG's contrast ratio of two colours (the first composited over the second if translucent). */
export function contrast(foreground: string | RGBA, background: RGBA): number {
  const front = over(typeof foreground === 'string' ? rgba(foreground) : foreground, background);
  const [light, dark] = [luminance(front), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The contrast of `element`'s text colour on what is behind it. */
export function textContrast(element: Element): number {
  return contrast(getComputedStyle(element).color, backgroundBehind(element));
}
