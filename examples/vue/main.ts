import { createApp } from 'vue';
// Defines the elements the app uses, each on its own (the bundle keeps only those); Vue renders them as custom
// elements (see isCustomElement in vite.config.mjs).
import 'local-media-elements/camera-preview';
import 'local-media-elements/device-select';
import 'local-media-elements/mic-meter';
import App from './App.vue';

createApp(App).mount('#app');
