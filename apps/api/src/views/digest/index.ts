export { DigestModule } from './digest.module.js';
export { DigestService } from './digest.service.js';
export { NewsletterDelivery } from './newsletter-delivery.entity.js';
export { NewsletterService } from './newsletter.service.js';
