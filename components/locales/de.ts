// German. Loaded by the elements when a `lang` first asks for it; importing this module registers it too: `import 'local-media-elements/locales/de'`.
import type { CameraControlsStrings } from '../camera-controls/camera-controls.strings.js';
import type { CameraPreviewStrings } from '../camera-preview/camera-preview.strings.js';
import { registerShipped } from '../core/localize.js';
import type { DeviceCheckStrings } from '../device-check/device-check.strings.js';
import type { DeviceSelectStrings } from '../device-select/device-select.strings.js';
import type { MediaRecorderStrings } from '../media-recorder/media-recorder.strings.js';
import type { MediaToggleStrings } from '../media-toggle/media-toggle.strings.js';
import type { MicMeterStrings } from '../mic-meter/mic-meter.strings.js';
import type { ScreenPreviewStrings } from '../screen-preview/screen-preview.strings.js';

const cameraPreview: CameraPreviewStrings = {
  'video-label': 'Kameravorschau',
  requesting: 'Warten auf die Kamera …',
  live: 'Kamera ist an',
  stopped: 'Kamera ist aus',
  ended: 'Die Kamera wurde getrennt.',
  denied: 'Der Zugriff auf die Kamera ist blockiert. Sie können ihn über das Kamerasymbol in der Adressleiste oder in den Website-Einstellungen erlauben.',
  'denied-firefox': 'Der Zugriff auf die Kamera ist blockiert. Klicken Sie auf das durchgestrichene Kamerasymbol in der Adressleiste und erlauben Sie die Kamera.',
  'denied-safari': 'Der Zugriff auf die Kamera ist blockiert. Öffnen Sie Safari › Einstellungen für diese Website und setzen Sie Kamera auf Erlauben.',
  'denied-system': 'Ihre Systemeinstellungen verbieten diesem Browser die Kamera. Erlauben Sie sie in den Datenschutzeinstellungen des Systems und laden Sie die Seite neu.',
  'denied-system-macos': 'macOS verbietet diesem Browser die Kamera. Erlauben Sie sie unter Systemeinstellungen › Datenschutz & Sicherheit › Kamera und laden Sie die Seite neu.',
  'denied-system-windows': 'Windows verbietet diesem Browser die Kamera. Erlauben Sie sie unter Einstellungen › Datenschutz und Sicherheit › Kamera und laden Sie die Seite neu.',
  'denied-policy': 'Diese Seite darf die Kamera dort, wo sie eingebettet ist, nicht verwenden: Die umgebende Website muss es erlauben.',
  silent: 'Das Mikrofon scheint stummgeschaltet: Es kommt kein Ton an.',
  dark: 'Das Bild ist schwarz: Ist die Linse abgedeckt oder die Kameraabdeckung geschlossen?',
  frozen: 'Die Kamera sendet keine Bilder mehr: Verwendet eine andere Anwendung sie?',
  'not-found': 'Keine Kamera gefunden.',
  'in-use': 'Die Kamera wird gerade von einer anderen Anwendung verwendet.',
  overconstrained: 'Keine Kamera unterstützt die gewünschten Einstellungen.',
  insecure: 'Die Kamera funktioniert nur auf einer sicheren Seite (https).',
  unsupported: 'Dieser Browser kann die Kamera nicht anzeigen.',
  unknown: 'Die Kamera konnte nicht gestartet werden.',
  'photo-required': 'Nehmen Sie ein Foto auf.',
};

const micMeter: MicMeterStrings = {
  label: 'Mikrofonpegel',
  level: '{db} dB',
  speaking: 'Sprache erkannt',
  clipping: 'übersteuert',
  'suspended-hint': 'Klicken Sie irgendwo, um Ihren Pegel zu sehen',
  off: 'aus',
  unavailable: 'Mikrofon nicht verfügbar',
  requesting: 'Warten auf das Mikrofon …',
  live: 'Mikrofon ist an',
  stopped: 'Mikrofon ist aus',
  ended: 'Das Mikrofon wurde getrennt.',
  denied: 'Der Zugriff auf das Mikrofon ist blockiert. Sie können ihn über das Mikrofonsymbol in der Adressleiste oder in den Website-Einstellungen erlauben.',
  'denied-firefox': 'Der Zugriff auf das Mikrofon ist blockiert. Klicken Sie auf das durchgestrichene Mikrofonsymbol in der Adressleiste und erlauben Sie das Mikrofon.',
  'denied-safari': 'Der Zugriff auf das Mikrofon ist blockiert. Öffnen Sie Safari › Einstellungen für diese Website und setzen Sie Mikrofon auf Erlauben.',
  'denied-system': 'Ihre Systemeinstellungen verbieten diesem Browser das Mikrofon. Erlauben Sie es in den Datenschutzeinstellungen des Systems und laden Sie die Seite neu.',
  'denied-system-macos': 'macOS verbietet diesem Browser das Mikrofon. Erlauben Sie es unter Systemeinstellungen › Datenschutz & Sicherheit › Mikrofon und laden Sie die Seite neu.',
  'denied-system-windows': 'Windows verbietet diesem Browser das Mikrofon. Erlauben Sie es unter Einstellungen › Datenschutz und Sicherheit › Mikrofon und laden Sie die Seite neu.',
  'denied-policy': 'Diese Seite darf das Mikrofon dort, wo sie eingebettet ist, nicht verwenden: Die umgebende Website muss es erlauben.',
  silent: 'Das Mikrofon scheint stummgeschaltet: Es kommt kein Ton an. Prüfen Sie den Stummschalter und die Eingangslautstärke des Systems.',
  'not-found': 'Kein Mikrofon gefunden.',
  'in-use': 'Das Mikrofon wird gerade von einer anderen Anwendung verwendet.',
  overconstrained: 'Kein Mikrofon unterstützt die gewünschten Einstellungen.',
  insecure: 'Das Mikrofon funktioniert nur auf einer sicheren Seite (https).',
  unsupported: 'Dieser Browser kann das Mikrofon nicht verwenden.',
  unknown: 'Das Mikrofon konnte nicht gestartet werden.',
};

const screenPreview: ScreenPreviewStrings = {
  'video-label': 'Geteilter Bildschirm',
  start: 'Bildschirm teilen',
  'start-again': 'Erneut teilen',
  retry: 'Erneut versuchen',
  requesting: 'Wählen Sie aus, was Sie teilen möchten …',
  live: 'Ihr Bildschirm wird geteilt',
  stopped: 'Bildschirmfreigabe beendet.',
  ended: 'Bildschirmfreigabe beendet.',
  denied: 'Die Bildschirmfreigabe wurde abgebrochen oder blockiert.',
  'denied-system': 'Ihre Systemeinstellungen verbieten diesem Browser die Bildschirmaufnahme. Erlauben Sie sie in den Datenschutzeinstellungen des Systems und laden Sie die Seite neu.',
  'denied-system-macos': 'macOS verbietet diesem Browser die Bildschirmaufnahme. Erlauben Sie sie unter Systemeinstellungen › Datenschutz & Sicherheit › Bildschirm- & Systemaudioaufnahme und laden Sie die Seite neu.',
  'denied-policy': 'Diese Seite darf den Bildschirm dort, wo sie eingebettet ist, nicht freigeben: Die umgebende Website muss es erlauben.',
  'not-found': 'Es gibt nichts, was geteilt werden kann.',
  'in-use': 'Der Bildschirm konnte nicht aufgenommen werden.',
  overconstrained: 'Ihre Auswahl lässt sich mit den gewünschten Einstellungen nicht teilen.',
  insecure: 'Die Bildschirmfreigabe funktioniert nur auf einer sicheren Seite (https).',
  unsupported: 'Dieser Browser kann den Bildschirm nicht teilen.',
  unknown: 'Die Bildschirmfreigabe konnte nicht gestartet werden.',
};

const deviceSelect: DeviceSelectStrings = {
  videoinput: 'Kamera',
  'videoinput-numbered': 'Kamera {n}',
  'videoinput-none': 'Keine Kamera gefunden',
  'videoinput-hint': 'Die Namen erscheinen, sobald Sie den Zugriff auf die Kamera erlauben.',
  audioinput: 'Mikrofon',
  'audioinput-numbered': 'Mikrofon {n}',
  'audioinput-none': 'Kein Mikrofon gefunden',
  'audioinput-hint': 'Die Namen erscheinen, sobald Sie den Zugriff auf das Mikrofon erlauben.',
  audiooutput: 'Lautsprecher',
  'audiooutput-numbered': 'Lautsprecher {n}',
  'audiooutput-none': 'Kein Lautsprecher gefunden',
  'audiooutput-hint': 'Die Namen erscheinen, sobald Sie den Zugriff auf die Lautsprecher erlauben.',
};

const mediaRecorder: MediaRecorderStrings = {
  'controls-label': 'Aufnahme',
  record: 'Aufnehmen',
  pause: 'Pause',
  resume: 'Fortsetzen',
  stop: 'Beenden',
  'timer-label': 'Aufnahmedauer',
  download: 'Herunterladen',
  'file-name': 'aufnahme',
};

const mediaToggle: MediaToggleStrings = {
  label: 'Stummschalten',
};

const cameraControls: CameraControlsStrings = {
  label: 'Kamerasteuerung',
  zoom: 'Zoom',
  pan: 'Schwenken',
  tilt: 'Neigen',
  torch: 'Licht',
  focus: 'Fokusabstand',
  'focus-auto': 'Autofokus',
  exposure: 'Belichtung',
  'exposure-auto': 'Automatische Belichtung',
  'white-balance': 'Weißabgleich',
  'white-balance-auto': 'Automatischer Weißabgleich',
};

const deviceCheck: DeviceCheckStrings = {
  'camera-off': 'Kamera ausschalten',
  'microphone-off': 'Mikrofon stummschalten',
  'camera-is-off': 'Ihre Kamera ist aus',
  'camera-unavailable': 'Erst verfügbar, wenn die Kamera funktioniert.',
  'microphone-unavailable': 'Erst verfügbar, wenn das Mikrofon funktioniert.',
  'meter-label': 'Eingangspegel',
  'effect-label': 'Hintergrund',
  'effect-none': 'Unverändert',
  'effect-blur': 'Weichgezeichnet',
  'effect-background': 'Bild',
  'speaker-test': 'Testton abspielen',
  'speaker-playing': 'Testton wird abgespielt …',
  'speaker-default': 'Dieser Browser gibt Ton über die Standardausgabe des Systems wieder.',
  'microphone-test': 'Mikrofon testen',
  'microphone-recording': 'Sagen Sie etwas … {s}',
  'microphone-playback': 'Wird wiedergegeben …',
  'microphone-test-failed': 'Dieser Browser konnte den Test nicht aufnehmen und wiedergeben.',
  'status-permission': 'Ihr Browser fragt nach dem Zugriff: Wählen Sie „Zulassen“.',
  'status-starting': 'Ihre Geräte werden geprüft …',
  'status-ready': 'Ihre Geräte sind bereit. Testen Sie den Ton, dann geht es weiter.',
  'status-camera-dark': 'Ihr Bild ist dunkel: Ist die Kamera abgedeckt?',
  'status-camera-frozen': 'Ihr Bild steht still: Wählen Sie eine andere Kamera.',
  'status-microphone-silent': 'Ihr Mikrofon sendet keinen Ton: Ist es im System stummgeschaltet?',
};

/** Every element's German texts, as registered. */
export const de = {
  'camera-preview': cameraPreview,
  'mic-meter': micMeter,
  'screen-preview': screenPreview,
  'device-select': deviceSelect,
  'media-recorder': mediaRecorder,
  'media-toggle': mediaToggle,
  'camera-controls': cameraControls,
  'device-check': deviceCheck,
};

registerShipped('de', de);
