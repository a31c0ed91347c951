// French. Importing this module registers it: `import 'local-media-elements/locales/fr'`.
import type { CameraPreviewStrings } from '../camera-preview/camera-preview.strings.js';
import { registerStrings } from '../core/localize.js';
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
  'not-found': 'Aucune caméra détectée.',
  'in-use': 'La caméra est utilisée par une autre application.',
  overconstrained: 'Aucune caméra ne correspond aux réglages demandés.',
  insecure: 'La caméra ne fonctionne que sur une page sécurisée (https).',
  unsupported: 'Ce navigateur ne peut pas afficher la caméra.',
  unknown: 'Impossible de démarrer la caméra.',
};

const micMeter: MicMeterStrings = {
  label: 'Niveau du micro',
  level: '{db} dB',
  speaking: 'voix détectée',
  clipping: 'saturation',
  off: 'désactivé',
  unavailable: 'micro indisponible',
  requesting: 'En attente du micro…',
  live: 'Le micro est activé',
  stopped: 'Le micro est désactivé',
  ended: 'Le micro a été déconnecté.',
  denied: 'L’accès au micro est bloqué. Pour l’autoriser, utilisez l’icône de micro dans la barre d’adresse ou les paramètres du site.',
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

const deviceCheck: DeviceCheckStrings = {
  'camera-off': 'Couper la caméra',
  'microphone-off': 'Couper le micro',
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
  'device-check': deviceCheck,
};

registerStrings('fr', fr);
