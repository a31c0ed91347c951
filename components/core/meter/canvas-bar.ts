// What a meter needs to draw on a canvas, in one chunk that loads when the first meter goes live (never in an
// element's first download): the worker's page side and what reads the parts' styles.
export { BarPainter, type PaintedBar, type PaintTarget } from './bar-painter.js';
