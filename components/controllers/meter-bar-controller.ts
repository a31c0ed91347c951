import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CaptureState } from '../core/constants.js';
import { lazy } from '../core/lazy.js';
import type { BarPainter } from '../core/meter/bar-painter.js';
import { canvasMetersSupported } from '../core/meter/support.js';
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

/**
 * The canvas bar's code (the worker's page side, the paint read from the parts): a chunk of its own, loaded with the
 * first meter that goes live on a canvas.
 */
const canvasBar = lazy(() => import('../core/meter/canvas-bar.js'));

/**
 * Draws a meter's bar: its DOM bar (`.bar`, `.fill`, `.lane`), moved with transforms on each reading, or, with
 * `renderer="auto"` where the browser can, a canvas that the meters' worker draws (core/meter/: its code loads when
 * the first meter goes live), told the paint of the hidden `fill` and `peak` parts (core/meter/bar-painter.ts). The
 * host renders the canvas while `onCanvas`; a paint the canvas can't draw, or a worker that fails, puts the DOM bar
 * back for good.
 */
export class MeterBarController implements ReactiveController {
  /** Whether the bar is drawn on a canvas: the host then renders one in its track. */
  onCanvas = false;

  #refused = false;
  #painter: BarPainter | undefined;
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
    // The worker lets go of the canvas (a canvas is handed over once: a move gets a new one when it re-renders).
    if (this.onCanvas) this.#toDom();
  }

  hostUpdated(): void {
    this.#painter?.forget();
    this.#follow();
    if (!this.levels.onCanvas) this.draw();
  }

  /** A reading came (see AudioLevelController): `moved`, the displayed step changed. */
  changed(moved: boolean): void {
    if (this.levels.onCanvas) this.#painter?.flagsMayHaveChanged();
    else if (moved) this.draw();
  }

  /** The worker or the styles can't draw: the DOM bar from now on. */
  refuse(): void {
    this.#refused = true;
    this.#rerender();
  }

  /**
   * Renders once more, after the update this is called from: the next render depends on what this one drew. Asked
   * for within hostUpdated() it would be an update scheduled as one completes, which Lit warns of (change-in-update).
   */
  #rerender(): void {
    queueMicrotask(() => this.host.requestUpdate());
  }

  #toDom(): void {
    this.onCanvas = false;
    this.#painter?.dispose();
    this.#painter = undefined;
    this.levels.drawOn(null);
  }

  /**
   * Moves the bar to a canvas once live, where `renderer` and the browser allow and the parts' styles are drawable
   * (the next render has the canvas, handed to the worker by the painter), or back to the DOM bar.
   */
  #follow(): void {
    const { host } = this;
    const wanted = host.renderer === 'auto' && !this.#refused;
    if (!wanted && this.onCanvas) {
      this.#toDom();
      this.#rerender();
    } else if (wanted && this.onCanvas) {
      this.#painter!.repaint();
    } else if (wanted && host.state === CaptureState.Live && canvasMetersSupported()) {
      const loaded = canvasBar.value;
      if (!loaded) {
        canvasBar.load().then(() => host.requestUpdate(), () => this.refuse());
        return;
      }
      const bar = {
        root: host.renderRoot,
        get vertical() {
          return host.orientation === 'vertical';
        },
        get flags() {
          return `${host.speaking} ${host.clipping}`;
        },
      };
      this.#painter = new loaded.BarPainter(bar, this.levels, () => this.refuse());
      if (this.#painter.paint()) {
        this.onCanvas = true;
        this.#rerender();
      } else {
        this.#painter = undefined;
        this.#refused = true;
      }
    }
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
