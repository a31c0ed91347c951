/**
 * The page going away or coming back, as one capture needs to know it: `pagehide` and `freeze` hide it (resumable
 * when it goes into the back/forward cache or is frozen), `pageshow` from the cache and `resume` bring it back.
 */
export interface PageLifecycleListener {
  /** The page is hidden; `resumable` when it may come back as it was. */
  hidden(resumable: boolean): void;
  /** The page came back from the back/forward cache, or was thawed. */
  shown(): void;
}

/** Follows the page's lifecycle; returns the unsubscribe. A no-op where there is no window (Node, SSR). */
export function watchPageLifecycle(listener: PageLifecycleListener): () => void {
  const win = globalThis.window;
  const doc = globalThis.document;
  if (!win || !doc) return () => {};
  const onHide = (event: Event) => listener.hidden(event.type === 'freeze' || (event as PageTransitionEvent).persisted);
  const onShow = (event: Event) => {
    if (event.type === 'resume' || (event as PageTransitionEvent).persisted) listener.shown();
  };
  win.addEventListener('pagehide', onHide);
  win.addEventListener('pageshow', onShow);
  doc.addEventListener('freeze', onHide);
  doc.addEventListener('resume', onShow);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.removeEventListener('pageshow', onShow);
    doc.removeEventListener('freeze', onHide);
    doc.removeEventListener('resume', onShow);
  };
}

/** What {@link pauseWithPage} drives. */
export interface PausableCapture {
  active(): boolean;
  stop(): void;
  start(): void;
}

/**
 * Stops `capture` when the page goes away, into the back/forward cache, or is frozen (no camera stays on behind
 * it), and starts it again when the page comes back from the cache or is thawed, if it was live or being
 * requested. Returns the unsubscribe.
 */
export function pauseWithPage(capture: PausableCapture): () => void {
  let resume = false;
  return watchPageLifecycle({
    hidden: resumable => {
      resume = resumable && capture.active();
      capture.stop();
    },
    shown: () => {
      if (resume) capture.start();
      resume = false;
    },
  });
}
