import { createApp } from 'vue';
// Defines every element; Vue renders them as custom elements (see isCustomElement in vite.config.mjs).
import 'local-media-elements';
import App from './App.vue';

createApp(App).mount('#app');
