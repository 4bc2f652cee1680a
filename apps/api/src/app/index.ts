export { createApp } from './create-app.js';
export { DEMO_SIGN_INS, seedDemoIfEmpty } from './seed/demo-seed.js';
export { DEMO_COURSES } from './seed/demo-content.js';
