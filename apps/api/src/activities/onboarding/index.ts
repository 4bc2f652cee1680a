export { OnboardingModule } from './onboarding.module.js';
export { OnboardingService } from './onboarding.service.js';
export { OnboardingSetting } from './onboarding-setting.entity.js';
