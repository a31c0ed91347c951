// The "sitting still" page: ?scenario=...&bundle=... puts one live thing on an otherwise empty page and reports
// once it is live; bench/still.mjs then measures the main thread over CDP while nothing else happens. The kit comes
// from the built bundle (`bundle`, the package's CDN entry), as a page that loads it from a CDN gets it.

const params = new URLSearchParams(location.search);
const scenario = params.get('scenario')!;
const report = (result: unknown): void => void Object.assign(window, { benchResult: result });

/** Resolves once `check()` holds, looking every 50 ms. */
function until(check: () => boolean): Promise<void> {
  return new Promise(resolve => {
    const look = () => (check() ? resolve() : setTimeout(look, 50));
    look();
  });
}

/** Resolves on the video's first presented frame. */
const firstFrame = (video: HTMLVideoElement) => new Promise<void>(resolve => video.requestVideoFrameCallback(() => resolve()));

async function run(): Promise<void> {
  switch (scenario) {
    case 'empty':
      break;
    case 'video': {
      const video = document.body.appendChild(document.createElement('video'));
      Object.assign(video, { muted: true, autoplay: true, playsInline: true });
      video.style.width = '320px';
      video.srcObject = await navigator.mediaDevices.getUserMedia({ video: true });
      await firstFrame(video);
      break;
    }
    case 'camera-preview':
    case 'mic-meter':
    case 'device-check': {
      await import(params.get('bundle')!);
      const element = document.body.appendChild(document.createElement(scenario));
      if (scenario === 'camera-preview') element.style.width = '320px';
      if (scenario === 'device-check') await until(() => element.getAttribute('status') === 'ready');
      else await until(() => element.getAttribute('state') === 'live');
      const video = element.shadowRoot?.querySelector('video');
      if (video) await firstFrame(video);
      break;
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
  report({ ready: true });
}

void run();
