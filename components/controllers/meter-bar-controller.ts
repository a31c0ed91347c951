import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CaptureState } from '../core/constants.js';
import { readBarPaint, type BarPaint } from '../core/meter/bar-paint.js';
import { canvasMetersSupported } from '../core/meter/canvas-meters.js';
import type { AudioLevelController } from './audio-level-controller.js';

/** A meter, as its bar sees it. */
export type MeterBarHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: ParentNode;
    readonly hasUpdated: boolean;
    readonly state: string;
    readonly renderer: string;
    readonly orientation: string;
    readonly speaking: boolean;
    readonly clipping: boolean;
  };

// The canvases whose paint may have changed with `speaking` or `clipping`, read in one animation frame: reading a
// computed style after an attribute changed forces a style pass, one for all meters that flipped together.
const repaints = new Set<MeterBarController>();
let frame = 0;
function repaintAll(): void {
  frame = 0;
  for (const bar of [...repaints]) bar.repaint();
  repaints.clear();
}

/**
 * Draws a meter's bar: its DOM bar (`.bar`, `.fill`, `.lane`), moved with transforms on each reading, or, with
 * `renderer="auto"` where the browser can, a canvas that the meters' worker draws (core/meter/), told the paint of the
 * hidden `fill` and `peak` parts when the host updates or flips `speaking` or `clipping`. The host renders the canvas
 * while `onCanvas`; a paint the canvas can't draw, or a worker that fails, puts the DOM bar back for good.
 */
export class MeterBarController implements ReactiveController {
  /** Whether the bar is drawn on a canvas: the host then renders one in its track. */
  onCanvas = false;

  #refused = false;
  /** What the canvas was last told (its paint and orientation), and the flags it was read with. */
  #painted = '';
  #paintedFlags = '';
  /** The paint read for each state of the flags since the host last updated (a page's styles may follow them). */
  readonly #paints = new Map<string, BarPaint | undefined>();
  /** The DOM bar's clipping box, fill and peak marker's lane, once rendered. */
  #drawn: HTMLElement[] | undefined;
  #drawnAt: [empty: number, marker: number, vertical: boolean] = [NaN, NaN, false];

  constructor(
    private readonly host: MeterBarHost,
    private readonly levels: AudioLevelController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.host.requestUpdate(); // back on a canvas, if it was (see hostDisconnected)
  }

  hostDisconnected(): void {
    repaints.delete(this);
    // The worker lets go of the canvas (a canvas is handed over once: a move gets a new one when it re-renders).
    if (this.onCanvas) {
      this.onCanvas = false;
      this.levels.drawOn(null);
    }
  }

  hostUpdated(): void {
    this.#paints.clear();
    this.#follow();
    if (!this.levels.onCanvas) this.draw();
  }

  /** A reading came (see AudioLevelController): `moved`, the displayed step changed. */
  changed(moved: boolean): void {
    if (!this.levels.onCanvas) {
      if (moved) this.draw();
    } else if (this.#flags() !== this.#paintedFlags && !repaints.has(this)) {
      // The fill's colour may follow `speaking` and `clipping` (a style of the page, or of the meter's own): known
      // for these flags since the last update, or read with the other meters' in the next frame.
      if (this.#paints.has(this.#flags())) return this.repaint();
      repaints.add(this);
      frame ||= requestAnimationFrame(repaintAll);
    }
  }

  /** The worker can't draw: the DOM bar from now on. */
  refuse(): void {
    this.#refused = true;
    this.host.requestUpdate();
  }

  /**
   * Moves the bar to a canvas once live, where `renderer` and the browser allow and the parts' styles are drawable
   * (the next render has the canvas, handed to the worker in `repaint`), or back to the DOM bar.
   */
  #follow(): void {
    const wanted = this.host.renderer === 'auto' && !this.#refused;
    if (!wanted && this.onCanvas) {
      this.onCanvas = false;
      this.levels.drawOn(null);
      this.host.requestUpdate();
    } else if (wanted && !this.onCanvas && this.host.state === CaptureState.Live && canvasMetersSupported()) {
      if (this.#paint()) {
        this.onCanvas = true;
        this.host.requestUpdate();
      } else {
        this.#refused = true;
      }
    } else if (wanted && this.onCanvas) {
      this.repaint();
    }
  }

  #flags(): string {
    return `${this.host.speaking} ${this.host.clipping}`;
  }

  /** What the canvas must paint, from the hidden `fill` and `peak` parts' styles; undefined if it can't. */
  #paint(): BarPaint | undefined {
    const flags = this.#flags();
    if (this.#paints.has(flags)) return this.#paints.get(flags);
    const root = this.host.renderRoot;
    const [fill, peak] = [root.querySelector('.fill'), root.querySelector('.peak')];
    const paint = fill && peak ? readBarPaint(fill, peak, this.host.orientation === 'vertical') : undefined;
    this.#paints.set(flags, paint);
    return paint;
  }

  /** @internal Hands the canvas to the worker, or tells it the paint and orientation that changed; refuses what it can't draw. */
  repaint(): void {
    const canvas = this.host.renderRoot.querySelector('canvas');
    if (!canvas || !this.onCanvas) return;
    const paint = this.#paint();
    if (!paint) {
      this.#refused = true;
      return this.#follow();
    }
    const vertical = this.host.orientation === 'vertical';
    const painted = JSON.stringify([paint, vertical]);
    if (!this.levels.onCanvas) this.levels.drawOn(canvas, paint, vertical);
    else if (painted !== this.#painted) this.levels.repaint(paint, vertical);
    this.#painted = painted;
    this.#paintedFlags = this.#flags();
  }

  /**
   * Moves the DOM bar and the peak marker to the displayed level, with transforms only (see the styles): the fewest
   * style changes, and no layout or paint, on each of the level feed's readings.
   */
  draw(): void {
    // No render root on a server (@lit-labs/ssr), where the meter renders its idle state only.
    this.#drawn ??= [...(this.host.renderRoot?.querySelectorAll<HTMLElement>('.bar, .fill, .lane') ?? [])];
    const [bar, fill, lane] = this.#drawn;
    if (!bar || !fill || !lane) return void (this.#drawn = undefined);
    const { level, peak } = this.levels.shown();
    const vertical = this.host.orientation === 'vertical';
    const axis = vertical ? 'translateY(' : 'translateX(';
    const empty = (vertical ? 1 - level : level - 1) * 100;
    const marker = (vertical ? -peak : peak) * 100;
    // Compared with what was written, not read back from the style (reading it serializes the whole declaration).
    if (empty !== this.#drawnAt[0] || vertical !== this.#drawnAt[2]) {
      bar.style.transform = `${axis}${empty}%)`;
      fill.style.transform = `${axis}${-empty}%)`;
    }
    if (marker !== this.#drawnAt[1] || vertical !== this.#drawnAt[2]) lane.style.transform = `${axis}${marker}%)`;
    this.#drawnAt = [empty, marker, vertical];
  }
}
