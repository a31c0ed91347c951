// French. Loaded by the elements when a `lang` first asks for it; importing this module registers it too: `import 'local-media-elements/locales/fr'`.
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
  'video-label': 'Aperçu de la caméra',
  requesting: 'En attente de la caméra…',
  live: 'La caméra est activée',
  stopped: 'La caméra est désactivée',
  ended: 'La caméra a été déconnectée.',
  denied: 'L’accès à la caméra est bloqué. Pour l’autoriser, utilisez l’icône de caméra dans la barre d’adresse ou les paramètres du site.',
  'denied-firefox': 'L’accès à la caméra est bloqué. Pour l’autoriser, cliquez sur l’icône de caméra barrée dans la barre d’adresse, puis autorisez la caméra.',
  'denied-safari': 'L’accès à la caméra est bloqué. Pour l’autoriser, ouvrez Safari › Réglages pour ce site web et choisissez Autoriser pour Caméra.',
  'denied-system': 'Les réglages de votre système interdisent la caméra à ce navigateur. Autorisez-la dans les réglages de confidentialité du système, puis rechargez la page.',
  'denied-system-macos': 'macOS interdit la caméra à ce navigateur. Autorisez-la dans Réglages Système › Confidentialité et sécurité › Caméra, puis rechargez la page.',
  'denied-system-windows': 'Windows interdit la caméra à ce navigateur. Autorisez-la dans Paramètres › Confidentialité et sécurité › Caméra, puis rechargez la page.',
  'denied-policy': 'Cette page ne peut pas utiliser la caméra là où elle est intégrée : le site qui l’intègre doit l’autoriser.',
  silent: 'Le micro semble coupé : aucun son n’arrive.',
  dark: 'L’image est noire : l’objectif est-il couvert ou le cache de la caméra fermé ?',
  frozen: 'La caméra n’envoie plus d’images : une autre application l’utilise-t-elle ?',
  'not-found': 'Aucune caméra détectée.',
  'in-use': 'La caméra est utilisée par une autre application.',
  overconstrained: 'Aucune caméra ne correspond aux réglages demandés.',
  insecure: 'La caméra ne fonctionne que sur une page sécurisée (https).',
  unsupported: 'Ce navigateur ne peut pas afficher la caméra.',
  unknown: 'Impossible de démarrer la caméra.',
  'photo-required': 'Prenez une photo.',
};

const micMeter: MicMeterStrings = {
  label: 'Niveau du micro',
  level: '{db} dB',
  speaking: 'voix détectée',
  clipping: 'saturation',
  'suspended-hint': 'Cliquez n’importe où pour voir votre niveau',
  off: 'désactivé',
  unavailable: 'micro indisponible',
  requesting: 'En attente du micro…',
  live: 'Le micro est activé',
  stopped: 'Le micro est désactivé',
  ended: 'Le micro a été déconnecté.',
  denied: 'L’accès au micro est bloqué. Pour l’autoriser, utilisez l’icône de micro dans la barre d’adresse ou les paramètres du site.',
  'denied-firefox': 'L’accès au micro est bloqué. Pour l’autoriser, cliquez sur l’icône de micro barrée dans la barre d’adresse, puis autorisez le micro.',
  'denied-safari': 'L’accès au micro est bloqué. Pour l’autoriser, ouvrez Safari › Réglages pour ce site web et choisissez Autoriser pour Micro.',
  'denied-system': 'Les réglages de votre système interdisent le micro à ce navigateur. Autorisez-le dans les réglages de confidentialité du système, puis rechargez la page.',
  'denied-system-macos': 'macOS interdit le micro à ce navigateur. Autorisez-le dans Réglages Système › Confidentialité et sécurité › Micro, puis rechargez la page.',
  'denied-system-windows': 'Windows interdit le micro à ce navigateur. Autorisez-le dans Paramètres › Confidentialité et sécurité › Microphone, puis rechargez la page.',
  'denied-policy': 'Cette page ne peut pas utiliser le micro là où elle est intégrée : le site qui l’intègre doit l’autoriser.',
  silent: 'Le micro semble coupé : aucun son n’arrive. Vérifiez son bouton de sourdine et le volume d’entrée du système.',
  'not-found': 'Aucun micro détecté.',
  'in-use': 'Le micro est utilisé par une autre application.',
  overconstrained: 'Aucun micro ne correspond aux réglages demandés.',
  insecure: 'Le micro ne fonctionne que sur une page sécurisée (https).',
  unsupported: 'Ce navigateur ne peut pas utiliser le micro.',
  unknown: 'Impossible de démarrer le micro.',
};

const screenPreview: ScreenPreviewStrings = {
  'video-label': 'Écran partagé',
  start: 'Partager l’écran',
  'start-again': 'Partager à nouveau',
  retry: 'Réessayer',
  requesting: 'Choisissez ce que vous voulez partager…',
  live: 'Votre écran est partagé',
  stopped: 'Le partage d’écran est terminé.',
  ended: 'Le partage d’écran est terminé.',
  denied: 'Le partage d’écran a été annulé ou bloqué.',
  'denied-system': 'Les réglages de votre système interdisent l’enregistrement de l’écran à ce navigateur. Autorisez-le dans les réglages de confidentialité du système, puis rechargez la page.',
  'denied-system-macos': 'macOS interdit l’enregistrement de l’écran à ce navigateur. Autorisez-le dans Réglages Système › Confidentialité et sécurité › Enregistrement de l’écran et de l’audio système, puis rechargez la page.',
  'denied-policy': 'Cette page ne peut pas partager l’écran là où elle est intégrée : le site qui l’intègre doit l’autoriser.',
  'not-found': 'Il n’y a rien à partager.',
  'in-use': 'Impossible de capturer l’écran.',
  overconstrained: 'Votre choix ne peut pas être partagé avec les réglages demandés.',
  insecure: 'Le partage d’écran ne fonctionne que sur une page sécurisée (https).',
  unsupported: 'Ce navigateur ne permet pas de partager l’écran.',
  unknown: 'Le partage d’écran n’a pas pu démarrer.',
};

const deviceSelect: DeviceSelectStrings = {
  videoinput: 'Caméra',
  'videoinput-numbered': 'Caméra {n}',
  'videoinput-none': 'Aucune caméra détectée',
  'videoinput-hint': 'Les noms s’affichent une fois l’accès à la caméra autorisé.',
  audioinput: 'Micro',
  'audioinput-numbered': 'Micro {n}',
  'audioinput-none': 'Aucun micro détecté',
  'audioinput-hint': 'Les noms s’affichent une fois l’accès au micro autorisé.',
  audiooutput: 'Haut-parleur',
  'audiooutput-numbered': 'Haut-parleur {n}',
  'audiooutput-none': 'Aucun haut-parleur détecté',
  'audiooutput-hint': 'Les noms s’affichent une fois l’accès aux haut-parleurs autorisé.',
};

const mediaRecorder: MediaRecorderStrings = {
  'controls-label': 'Enregistreur',
  record: 'Enregistrer',
  pause: 'Pause',
  resume: 'Reprendre',
  stop: 'Arrêter',
  'timer-label': 'Durée enregistrée',
  download: 'Télécharger',
  'file-name': 'enregistrement',
};

const mediaToggle: MediaToggleStrings = {
  label: 'Désactiver',
};

const cameraControls: CameraControlsStrings = {
  label: 'Réglages de la caméra',
  zoom: 'Zoom',
  pan: 'Panoramique',
  tilt: 'Inclinaison',
  torch: 'Lampe',
  focus: 'Distance de mise au point',
  'focus-auto': 'Mise au point automatique',
  exposure: 'Exposition',
  'exposure-auto': 'Exposition automatique',
  'white-balance': 'Balance des blancs',
  'white-balance-auto': 'Balance des blancs automatique',
};

const deviceCheck: DeviceCheckStrings = {
  'camera-off': 'Couper la caméra',
  'microphone-off': 'Couper le micro',
  'camera-is-off': 'Votre caméra est coupée',
  'camera-unavailable': 'Disponible une fois la caméra en marche.',
  'microphone-unavailable': 'Disponible une fois le micro en marche.',
  'meter-label': "Niveau d'entrée",
  'effect-label': 'Arrière-plan',
  'effect-none': 'Tel quel',
  'effect-blur': 'Flouté',
  'effect-background': 'Image',
  'speaker-test': 'Jouer un son de test',
  'speaker-playing': 'Son de test en cours…',
  'speaker-default': 'Ce navigateur joue le son sur la sortie par défaut du système.',
  'microphone-test': 'Tester le micro',
  'microphone-recording': 'Dites quelque chose… {s}',
  'microphone-playback': 'Lecture en cours…',
  'microphone-test-failed': "Ce navigateur n'a pas pu enregistrer et rejouer le test.",
  'status-permission': "Votre navigateur demande l'accès : choisissez Autoriser.",
  'status-starting': 'Vérification de vos appareils…',
  'status-ready': 'Vos appareils sont prêts. Testez le son, puis continuez.',
  'status-camera-dark': 'Votre image est sombre : la caméra est-elle couverte ?',
  'status-camera-frozen': 'Votre image est figée : choisissez une autre caméra.',
  'status-microphone-silent': "Votre micro n'envoie aucun son : est-il coupé dans le système ?",
};

/** Every element's French texts, as registered. */
export const fr = {
  'camera-preview': cameraPreview,
  'mic-meter': micMeter,
  'screen-preview': screenPreview,
  'device-select': deviceSelect,
  'media-recorder': mediaRecorder,
  'media-toggle': mediaToggle,
  'camera-controls': cameraControls,
  'device-check': deviceCheck,
};

registerShipped('fr', fr);
