import { readBarPaint, type BarPaint } from './bar-paint.js';
import { CanvasMeter, type CanvasMeterOptions } from './canvas-meters.js';

/** A meter's bar as its painter sees it: where the parts are, and what its state is now. */
export interface PaintedBar {
  readonly root: ParentNode;
  readonly vertical: boolean;
  /** The state the paint may follow (`speaking`, `clipping`), as a key. */
  readonly flags: string;
}

/** Where the painter hands the canvas's meter and its paint (the meter's AudioLevelController). */
export interface PaintTarget {
  readonly canvasOptions: CanvasMeterOptions;
  readonly onCanvas: boolean;
  drawOn(meter: CanvasMeter, paint: BarPaint, vertical: boolean): void;
  repaint(paint: BarPaint, vertical: boolean): void;
}

// The painters whose paint may have changed with their flags, read in one animation frame: reading a computed style
// after an attribute changed forces a style pass, one for all meters that flipped together.
const due = new Set<BarPainter>();
let frame = 0;
function repaintDue(): void {
  frame = 0;
  for (const painter of [...due]) painter.repaint();
  due.clear();
}

/**
 * Tells the worker what one meter's canvas paints: the computed style of its hidden `fill` and `peak` parts, read
 * when the meter updates (`forget`, then `repaint`) and when its flags change, kept per state of the flags until the
 * next update. The first `repaint` hands the canvas over.
 */
export class BarPainter {
  /** What the worker was last told (paint and orientation), and the flags it was read with. */
  #painted = '';
  #paintedFlags = '';
  readonly #paints = new Map<string, BarPaint | undefined>();

  constructor(
    private readonly bar: PaintedBar,
    private readonly target: PaintTarget,
    /** The styles became something a canvas can't draw. */
    private readonly refused: () => void,
  ) {}

  /** The paint of the parts for the bar's flags now; undefined if a canvas can't draw it. */
  paint(): BarPaint | undefined {
    const { flags, root, vertical } = this.bar;
    if (this.#paints.has(flags)) return this.#paints.get(flags);
    const [fill, peak] = [root.querySelector('.fill'), root.querySelector('.peak')];
    const paint = fill && peak ? readBarPaint(fill, peak, vertical) : undefined;
    this.#paints.set(flags, paint);
    return paint;
  }

  /** The meter updated: its styles may have changed. */
  forget(): void {
    this.#paints.clear();
  }

  /** A reading came: if the flags changed, repaint now (their paint is known) or in the next frame. */
  flagsMayHaveChanged(): void {
    if (this.bar.flags === this.#paintedFlags || due.has(this)) return;
    if (this.#paints.has(this.bar.flags)) return this.repaint();
    due.add(this);
    frame ||= requestAnimationFrame(repaintDue);
  }

  /** Hands the canvas over, or tells the worker the paint and orientation that changed. */
  repaint(): void {
    const canvas = this.bar.root.querySelector('canvas');
    if (!canvas) return;
    const paint = this.paint();
    if (!paint) return this.refused();
    const { vertical } = this.bar;
    const painted = JSON.stringify([paint, vertical]);
    if (!this.target.onCanvas) this.target.drawOn(new CanvasMeter(canvas, this.target.canvasOptions), paint, vertical);
    else if (painted !== this.#painted) this.target.repaint(paint, vertical);
    this.#painted = painted;
    this.#paintedFlags = this.bar.flags;
  }

  dispose(): void {
    due.delete(this);
  }
}
