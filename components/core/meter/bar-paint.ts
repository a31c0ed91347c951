/**
 * What a meter drawn on a canvas takes from CSS: the colours (or linear gradient), opacity and size of its `fill` and
 * `peak` parts, read from the computed style of those (hidden) part elements when something may have changed them,
 * never per reading. Everything else about the box (the track's background, border, radius, the segments' gaps) stays
 * the DOM's: the canvas is drawn inside the `track` part, which clips and masks it.
 */

/** A CSS linear gradient laid along the whole track, as the DOM bar's fill is. */
export interface LinearGradient {
  /** CSS angle in degrees: 0 points up, 90 right. */
  angle: number;
  /** Offsets 0..1 along the gradient line, in order, and their colours. */
  stops: [number, string][];
}

/** A colour (anything the canvas takes as `fillStyle`), a gradient, or nothing to draw. */
export type Paint = string | LinearGradient | null;

export interface BarPaint {
  fill: Paint;
  fillOpacity: number;
  peak: Paint;
  peakOpacity: number;
  /** The peak marker's thickness, in CSS pixels. */
  peakSize: number;
}

/**
 * Computed styles that a canvas can't draw: with any of them off its initial value on the `fill` or `peak` part, the
 * meter keeps its DOM bar (`renderer="auto"`).
 */
const UNDRAWABLE: [string, string][] = [
  ['box-shadow', 'none'],
  ['filter', 'none'],
  ['backdrop-filter', 'none'],
  ['mask-image', 'none'],
  ['clip-path', 'none'],
  ['mix-blend-mode', 'normal'],
  ['animation-name', 'none'],
  ['border-top-style', 'none'],
  ['outline-style', 'none'],
];

/** Splits `text` at the commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

const SIDES: Record<string, number> = { 'to top': 0, 'to right': 90, 'to bottom': 180, 'to left': 270 };
const UNITS: Record<string, number> = { deg: 1, turn: 360, rad: 180 / Math.PI, grad: 0.9 };

/** The angle of a gradient's first argument, or undefined if it is not one (it is then a colour stop). */
function angleOf(arg: string): number | undefined {
  if (arg in SIDES) return SIDES[arg];
  const match = /^(-?[\d.]+)(deg|turn|rad|grad)$/.exec(arg);
  return match ? Number(match[1]) * UNITS[match[2]!]! : undefined;
}

/**
 * A computed `linear-gradient(...)` as the canvas draws it: an angle or a side, then colour stops with at most two
 * positions in %. Undefined for anything else (a radial, conic or repeating gradient, a corner, px positions, colour
 * hints, an interpolation space).
 */
export function parseLinearGradient(image: string): LinearGradient | undefined {
  const match = /^linear-gradient\((.*)\)$/s.exec(image.trim());
  if (!match) return undefined;
  const args = splitTopLevel(match[1]!);
  const first = angleOf(args[0]!);
  if (first !== undefined) args.shift();
  const raw: [number | undefined, string][] = [];
  for (const arg of args) {
    const stop = /^(.*?)((?:\s+-?[\d.]+%){0,2})$/s.exec(arg)!;
    const color = stop[1]!.trim();
    if (!color || /^-?[\d.]+(%|px)?$/.test(color) || /\s(in|to)\s|^(in|to)\s/.test(` ${color} `) || /px$/.test(color)) return undefined;
    const positions = stop[2]!.trim().split(/\s+/).filter(Boolean).map(p => parseFloat(p) / 100);
    if (positions.length === 0) raw.push([undefined, color]);
    for (const position of positions) raw.push([position, color]);
  }
  if (raw.length < 2) return undefined;
  // CSS: the first stop defaults to 0, the last to 1, the ones between are spread evenly, none goes backwards.
  raw[0]![0] ??= 0;
  raw[raw.length - 1]![0] ??= 1;
  for (let i = 1; i < raw.length; i++) {
    if (raw[i]![0] !== undefined) continue;
    const next = raw.findIndex((stop, j) => j > i && stop[0] !== undefined);
    const from = raw[i - 1]![0]!;
    raw[i]![0] = from + (raw[next]![0]! - from) / (next - i + 1);
  }
  let last = -Infinity;
  const stops = raw.map(([position, color]): [number, string] => [(last = Math.max(last, position!)), color]);
  return { angle: first ?? 180, stops };
}

/** What the canvas paints for a part with this computed style, or undefined if it can't. */
function paintOf(style: CSSStyleDeclaration): Paint | undefined {
  if (style.display === 'none' || style.visibility === 'hidden') return null;
  for (const [property, initial] of UNDRAWABLE) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) return undefined;
  }
  const image = style.backgroundImage;
  if (image && image !== 'none') return parseLinearGradient(image);
  return style.backgroundColor;
}

/**
 * The paint of a meter's `fill` and `peak` part elements, as their computed styles say now; undefined when the
 * canvas can't draw them as the DOM would (see UNDRAWABLE and parseLinearGradient).
 */
export function readBarPaint(fill: Element, peak: Element, vertical: boolean): BarPaint | undefined {
  const fillStyle = getComputedStyle(fill);
  const peakStyle = getComputedStyle(peak);
  const fillPaint = paintOf(fillStyle);
  const peakPaint = paintOf(peakStyle);
  if (fillPaint === undefined || peakPaint === undefined) return undefined;
  return {
    fill: fillPaint,
    fillOpacity: Number(fillStyle.opacity),
    peak: peakPaint,
    peakOpacity: Number(peakStyle.opacity),
    peakSize: parseFloat(vertical ? peakStyle.height : peakStyle.width) || 0,
  };
}
